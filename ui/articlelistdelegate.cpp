#include "articlelistdelegate.h"

#include "document/articlemodel.h"

#include <QApplication>
#include <QPainter>

namespace galley {

namespace {

constexpr int margin = 4;
constexpr int lineCount = 3;

QFont headlineFont(const QFont &base) {
    QFont font = base;
    font.setBold(true);
    return font;
}

QFont secondaryFont(const QFont &base) {
    QFont font = base;
    font.setPointSizeF(base.pointSizeF() * 0.9);
    return font;
}

void drawLine(QPainter *painter, const QRect &rect, const QFont &font, const QColor &color,
              const QString &text) {
    painter->setFont(font);
    painter->setPen(color);
    // A row never shows more than a line's worth: eliding a whole paragraph
    // would lay all of it out on every repaint.
    constexpr qsizetype mostShown = 160;
    const QString elided =
        QFontMetrics(font).elidedText(text.left(mostShown), Qt::ElideRight, rect.width());
    painter->drawText(rect, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine, elided);
}

} // namespace

void ArticleListDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                const QModelIndex &index) const {
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const bool selected = option.state & QStyle::State_Selected;
    const QPalette::ColorGroup group =
        option.state & QStyle::State_Active ? QPalette::Active : QPalette::Inactive;
    const QColor text =
        option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    QColor muted = text;
    muted.setAlphaF(0.65f);

    const QFont bold = headlineFont(option.font);
    const QFont small = secondaryFont(option.font);
    const int lineHeight = QFontMetrics(bold).height();
    QRect line = option.rect.adjusted(margin, margin, -margin, 0);
    line.setHeight(lineHeight);

    painter->save();
    const QString headline = index.data(ArticleModel::HeadlineRole).toString();
    if (headline.isEmpty()) {
        QFont italic = option.font;
        italic.setItalic(true);
        drawLine(painter, line, italic, muted, tr("(no headline)"));
    } else {
        drawLine(painter, line, bold, text, headline);
    }
    line.translate(0, lineHeight);
    // Rows are all one height (a long page lays out fast), so the kicker,
    // which few articles have, shares the deck's line rather than adding one:
    // muted and first, as it stands above the headline in print.
    const QString kicker = index.data(ArticleModel::KickerRole).toString();
    const QString deck = index.data(ArticleModel::DeckRole).toString();
    QRect deckLine = line;
    if (!kicker.isEmpty()) {
        QRect kickerLine = line;
        if (!deck.isEmpty()) {
            // At most half the line, so the deck always shows.
            const QFontMetrics metrics(small);
            const int gap = 2 * metrics.horizontalAdvance(u' ');
            const int natural = metrics.horizontalAdvance(kicker.left(160)) + 1;
            kickerLine.setWidth(qMin(natural, line.width() / 2 - gap));
            deckLine.setLeft(kickerLine.right() + 1 + gap);
        }
        drawLine(painter, kickerLine, small, muted, kicker);
    }
    if (!deck.isEmpty())
        drawLine(painter, deckLine, small, text, deck);
    line.translate(0, lineHeight);
    drawLine(painter, line, small, muted, index.data(ArticleModel::FirstBodyLineRole).toString());
    painter->restore();
}

QSize ArticleListDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const {
    const int lineHeight = QFontMetrics(headlineFont(option.font)).height();
    return {200, lineCount * lineHeight + 2 * margin};
}

} // namespace galley
