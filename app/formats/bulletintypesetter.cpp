#include "formats/bulletintypesetter.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QTextLayout>

#include <memory>

namespace galley {

namespace {

constexpr qreal pointsPerMm = 72.0 / 25.4;
// The most justification may add between two characters, in ems.
constexpr qreal maxStretch = 0.08;

struct BlockStyle {
    QFont font;
    Qt::Alignment alignment = Qt::AlignLeft;
    qreal lineHeight = 1.5;      // the line advance, in ems of the block's font
    qreal spaceAfter = 0.0;      // in ems of the block's font
    qreal firstLineIndent = 0.0; // in points
};

struct Styles {
    BlockStyle kicker, headline, deck, byline, body;
    QFont header, folio;
    qreal bodyEm = 0.0;         // points
    bool gridMeasure = false;   // the measure is a whole number of body ems
    qreal articleSpacing = 0.0; // points above and below the rule between articles
};

QFont makeFont(const QStringList &families, qreal pointSize, QFont::Weight weight) {
    QFont font;
    font.setFamilies(families);
    font.setPointSizeF(pointSize);
    font.setWeight(weight);
    // No hinting: the layout is the same at any resolution, so print preview,
    // print and PDF break lines alike. No optional shaping: Latin ligatures
    // such as "fi" would be glyphs no character map reaches, which a reader
    // could not copy back.
    font.setHintingPreference(QFont::PreferNoHinting);
    font.setStyleStrategy(QFont::StyleStrategy(QFont::PreferOutline | QFont::PreferNoShaping));
    return font;
}

Styles makeStyles(text::Language language, ChineseScript script, qreal bodyPoints) {
    const QStringList serif = BulletinTypesetter::serifFamilies(language, script);
    const QStringList sans = BulletinTypesetter::sansFamilies(language, script);
    const bool chinese = language != text::Language::English;
    const TypeScale scale{bodyPoints};
    Styles styles;
    styles.bodyEm = bodyPoints;
    styles.gridMeasure = chinese;
    styles.articleSpacing = bodyPoints;

    // The kicker sits close over the headline it introduces.
    styles.kicker.font = makeFont(sans, scale.kicker(), QFont::Normal);
    styles.kicker.alignment = Qt::AlignHCenter;
    styles.kicker.lineHeight = 1.4;
    styles.kicker.spaceAfter = 0.15;

    styles.headline.font = makeFont(sans, scale.headline(), QFont::Bold);
    styles.headline.alignment = Qt::AlignHCenter;
    styles.headline.lineHeight = 1.35;
    styles.headline.spaceAfter = 0.3;

    styles.deck.font = makeFont(sans, scale.deck(), QFont::Normal);
    styles.deck.alignment = Qt::AlignHCenter;
    styles.deck.lineHeight = 1.5;
    styles.deck.spaceAfter = 0.4;

    styles.byline.font = makeFont(sans, scale.byline(), QFont::Normal);
    styles.byline.alignment = Qt::AlignLeft;
    styles.byline.lineHeight = 1.6;
    styles.byline.spaceAfter = 0.3;

    styles.body.font = makeFont(serif, bodyPoints, QFont::Normal);
    styles.body.alignment = Qt::AlignJustify;
    styles.body.lineHeight = chinese ? 1.75 : 1.45;
    // Chinese paragraphs open with two characters of indent; English ones with
    // the customary one and a half ems.
    styles.body.firstLineIndent = chinese ? 2.0 * bodyPoints : 1.5 * bodyPoints;

    styles.header = makeFont(sans, scale.header(), QFont::Normal);
    styles.folio = makeFont(sans, scale.folio(), QFont::Normal);
    return styles;
}

QString formatDate(const QDate &date, text::Language language) {
    if (!date.isValid())
        return {};
    if (language == text::Language::English)
        return QLocale(QLocale::English).toString(date, QStringLiteral("d MMMM yyyy"));
    return QLocale(QLocale::Chinese).toString(date, QStringLiteral("yyyy年M月d日"));
}

// The state of setting text down the columns of successive pages, in device pixels.
class PageFlow {
public:
    PageFlow(QPainter &painter, QPagedPaintDevice &device, const Styles &styles,
             const PdfOptions &options, const QString &headerTitle, const QString &headerDate,
             CharacterCounts &painted)
        : m_painter(painter)
        , m_device(device)
        , m_styles(styles)
        , m_options(options)
        , m_headerTitle(headerTitle)
        , m_headerDate(headerDate)
        , m_painted(painted)
        , m_px(device.logicalDpiY() / 72.0) {
        const QRectF page(0, 0, device.width(), device.height());
        qreal top = page.top();
        qreal bottom = page.bottom();
        if (options.runningHeader)
            top += QFontMetricsF(styles.header, &device).height() + styles.bodyEm * m_px;
        if (options.pageNumbers)
            bottom -= QFontMetricsF(styles.folio, &device).height() + styles.bodyEm * m_px;
        m_body = QRectF(page.left(), top, page.width(), std::max(bottom - top, page.height() / 4));
        m_columns = std::clamp(options.columns, 1, 2);
        m_gutter = 6.0 * pointsPerMm * m_px;
        m_columnWidth = (m_body.width() - m_gutter * (m_columns - 1)) / m_columns;
        // Chinese type sits on a grid of whole characters: a measure of whole
        // ems lets lines of ideographs fill it exactly, with no stretching.
        const qreal em = styles.bodyEm * m_px;
        if (styles.gridMeasure && m_columnWidth > 4 * em)
            m_textWidth = std::floor(m_columnWidth / em + 0.001) * em;
        else
            m_textWidth = m_columnWidth;
        m_y = m_body.top();
        decoratePage();
    }

    int pages() const { return m_page; }

    std::unique_ptr<QTextLayout> layOut(const QString &text, const BlockStyle &style) const {
        auto layout = std::make_unique<QTextLayout>(text, style.font, &m_device);
        QTextOption option(style.alignment);
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        layout->setTextOption(option);
        const qreal indent = style.firstLineIndent * m_px;
        layout->beginLayout();
        for (bool first = true;; first = false) {
            QTextLine line = layout->createLine();
            if (!line.isValid())
                break;
            const qreal width = m_textWidth - (first ? indent : 0.0);
            line.setLineWidth(width);
            line.setPosition(QPointF(first ? indent : 0.0, 0.0));
            if (style.alignment == Qt::AlignJustify)
                limitStretch(text, line, width, style);
        }
        layout->endLayout();
        return layout;
    }

    // Justification spreads a short line's slack between its characters; past
    // a tenth of an em, PDF readers take such a gap for a space and copy one
    // that is not in the text (poppler's threshold is 0.1 em). Such a line is
    // justified only as far as keeps each gap below that, and ends a little
    // short of the measure. Lines with spaces are left alone: Qt then
    // stretches the spaces only, which copy as the spaces they are.
    void limitStretch(const QString &text, QTextLine &line, qreal width,
                      const BlockStyle &style) const {
        const QStringView content =
            QStringView(text).sliced(line.textStart(), line.textLength()).trimmed();
        int points = 0;
        for (qsizetype i = 0; i + 1 < content.size(); ++i) {
            if (content.at(i).isSpace())
                return;
            // Qt stretches after letters, digits and ideographs, not after punctuation.
            if (content.at(i).isLetterOrNumber() || content.at(i).isHighSurrogate())
                ++points;
        }
        const qreal natural = line.naturalTextWidth();
        const qreal allowed = maxStretch * style.font.pointSizeF() * m_px * points;
        if (width - natural > allowed)
            line.setLineWidth(natural + allowed);
    }

    qreal advance(const QTextLine &line, const BlockStyle &style) const {
        return std::max(line.height(), style.font.pointSizeF() * style.lineHeight * m_px);
    }

    // The height of the first `lines` lines of a block and the space after it.
    qreal height(const QTextLayout &layout, const BlockStyle &style, int lines = -1) const {
        const int count = lines < 0 ? layout.lineCount() : std::min(lines, layout.lineCount());
        qreal total = 0.0;
        for (int i = 0; i < count; ++i)
            total += advance(layout.lineAt(i), style);
        if (count == layout.lineCount())
            total += style.spaceAfter * style.font.pointSizeF() * m_px;
        return total;
    }

    qreal articleBreakHeight() const {
        return m_columnEmpty ? 0.0 : 2.0 * m_styles.articleSpacing * m_px;
    }

    // Moves to the next column unless `height` fits below, or nothing is set in this one.
    void keep(qreal height) {
        if (!m_columnEmpty && m_y + height > m_body.bottom())
            nextColumn();
    }

    // A thin rule between two articles in the same column.
    void articleBreak() {
        if (m_columnEmpty)
            return;
        m_y += m_styles.articleSpacing * m_px;
        m_painter.save();
        m_painter.setPen(QPen(QColor(0x80, 0x80, 0x80), 0.5 * m_px));
        const qreal left = columnLeft();
        m_painter.drawLine(QPointF(left, m_y), QPointF(left + m_textWidth, m_y));
        m_painter.restore();
        m_y += m_styles.articleSpacing * m_px;
    }

    void place(const QTextLayout &layout, const BlockStyle &style) {
        const int count = layout.lineCount();
        for (int i = 0; i < count; ++i) {
            const QTextLine line = layout.lineAt(i);
            const qreal lineAdvance = advance(line, style);
            // A paragraph does not leave its first line alone at the foot of a column.
            const qreal needed =
                i == 0 && count > 1 ? lineAdvance + advance(layout.lineAt(1), style) : lineAdvance;
            if (!m_columnEmpty && m_y + needed > m_body.bottom())
                nextColumn();
            line.draw(&m_painter, QPointF(columnLeft(), m_y + (lineAdvance - line.height()) / 2));
            m_y += lineAdvance;
            m_columnEmpty = false;
        }
        m_y += style.spaceAfter * style.font.pointSizeF() * m_px;
        m_painted.add(layout.text());
    }

private:
    qreal columnLeft() const {
        return m_body.left() + m_column * (m_columnWidth + m_gutter) +
               (m_columnWidth - m_textWidth) / 2;
    }

    void nextColumn() {
        if (++m_column >= m_columns) {
            m_device.newPage();
            ++m_page;
            m_column = 0;
            decoratePage();
        }
        m_y = m_body.top();
        m_columnEmpty = true;
    }

    void decoratePage() {
        m_painter.save();
        m_painter.setPen(QColor(0x40, 0x40, 0x40));
        // The header spans the measure, so that it lines up with the text.
        const qreal inset = (m_columnWidth - m_textWidth) / 2;
        const qreal left = m_body.left() + inset;
        const qreal width = m_body.width() - 2 * inset;
        if (m_options.runningHeader) {
            m_painter.setFont(m_styles.header);
            const QFontMetricsF metrics(m_styles.header, &m_device);
            const QRectF band(left, 0, width, metrics.height());
            const qreal dateWidth =
                m_headerDate.isEmpty() ? 0.0
                                       : metrics.horizontalAdvance(m_headerDate) + metrics.height();
            const QString title =
                metrics.elidedText(m_headerTitle, Qt::ElideRight, width - dateWidth);
            m_painter.drawText(band, Qt::AlignLeft | Qt::AlignVCenter, title);
            m_painter.drawText(band, Qt::AlignRight | Qt::AlignVCenter, m_headerDate);
            m_painted.add(title);
            m_painted.add(m_headerDate);
            const qreal ruleY = band.bottom() + m_styles.bodyEm * m_px * 0.35;
            m_painter.setPen(QPen(QColor(0x80, 0x80, 0x80), 0.5 * m_px));
            m_painter.drawLine(QPointF(left, ruleY), QPointF(left + width, ruleY));
        }
        if (m_options.pageNumbers) {
            m_painter.setPen(QColor(0x40, 0x40, 0x40));
            m_painter.setFont(m_styles.folio);
            const qreal height = QFontMetricsF(m_styles.folio, &m_device).height();
            const QString folio = QString::number(m_page);
            m_painter.drawText(QRectF(left, m_device.height() - height, width, height),
                               Qt::AlignHCenter | Qt::AlignVCenter, folio);
            m_painted.add(folio);
        }
        m_painter.restore();
    }

    QPainter &m_painter;
    QPagedPaintDevice &m_device;
    const Styles &m_styles;
    const PdfOptions &m_options;
    QString m_headerTitle;
    QString m_headerDate;
    CharacterCounts &m_painted;
    qreal m_px; // device pixels per point
    QRectF m_body;
    int m_columns = 1;
    qreal m_gutter = 0.0;
    qreal m_columnWidth = 0.0;
    qreal m_textWidth = 0.0; // the measure: the column width, or whole ems of it
    int m_column = 0;
    int m_page = 1;
    qreal m_y = 0.0;
    bool m_columnEmpty = true;
};

qsizetype displayLength(const Article &article) {
    return article.kicker.size() + article.headline.size() + article.deck.size() +
           article.byline.size();
}

qsizetype articleLength(const Article &article) {
    qsizetype length = displayLength(article);
    for (const QString &paragraph : article.paragraphs)
        length += paragraph.size();
    return length;
}

} // namespace

BulletinTypesetter::BulletinTypesetter(const Bulletin &bulletin, const PdfOptions &options)
    : m_bulletin(bulletin)
    , m_options(options) {
    m_language = bulletinLanguage(bulletin);
    m_script = resolveChineseScript(options.script, bulletin);
}

QPageLayout BulletinTypesetter::pageLayout() const {
    return QPageLayout(QPageSize(m_options.pageSize), QPageLayout::Portrait, m_options.marginsMm,
                       QPageLayout::Millimeter);
}

QStringList BulletinTypesetter::serifFamilies(text::Language language, ChineseScript script) {
    const Typefaces faces = typefacesFor(script);
    // Chinese text keeps the CJK face first: its Latin letters and digits are
    // drawn to match its ideographs, and its quotes and ellipses sit as
    // Chinese typesetting wants them.
    if (language == text::Language::English)
        return {faces.serifLatin, faces.serifCjk};
    return {faces.serifCjk, faces.serifLatin};
}

QStringList BulletinTypesetter::sansFamilies(text::Language language, ChineseScript script) {
    const Typefaces faces = typefacesFor(script);
    if (language == text::Language::English)
        return {faces.sansLatin, faces.sansCjk};
    return {faces.sansCjk, faces.sansLatin};
}

QList<QFont> BulletinTypesetter::fonts() const {
    const Styles styles = makeStyles(m_language, m_script, m_options.bodyPointSize);
    return {styles.kicker.font, styles.headline.font, styles.deck.font, styles.byline.font,
            styles.body.font,   styles.header,        styles.folio};
}

QString BulletinTypesetter::title() const {
    return documentTitle(m_bulletin, m_options);
}

QString BulletinTypesetter::author() const {
    return documentAuthor(m_bulletin, m_options);
}

bool BulletinTypesetter::paint(QPainter &painter, QPagedPaintDevice &device,
                               const Progress &progress) {
    m_painted = CharacterCounts();
    m_pageCount = 0;
    const Styles styles = makeStyles(m_language, m_script, m_options.bodyPointSize);
    PageFlow flow(painter, device, styles, m_options, m_options.runningHeader ? title() : QString(),
                  m_options.runningHeader ? formatDate(m_options.date, m_language) : QString(),
                  m_painted);

    qsizetype total = 0;
    for (const Article &article : m_bulletin.articles)
        total += articleLength(article);
    qsizetype done = 0;
    auto report = [&](qsizetype characters) {
        done += characters;
        return !progress || progress(done, total);
    };

    for (const Article &article : m_bulletin.articles) {
        // The kicker, headline, deck and byline stay with the first lines of the body.
        std::vector<std::pair<std::unique_ptr<QTextLayout>, const BlockStyle *>> opening;
        const std::pair<const QString *, const BlockStyle *> heads[] = {
            {&article.kicker, &styles.kicker},
            {&article.headline, &styles.headline},
            {&article.deck, &styles.deck},
            {&article.byline, &styles.byline}};
        qreal keepHeight = 0.0;
        for (const auto &[text, style] : heads) {
            if (text->isEmpty())
                continue;
            opening.emplace_back(flow.layOut(*text, *style), style);
            keepHeight += flow.height(*opening.back().first, *style);
        }
        std::unique_ptr<QTextLayout> firstParagraph;
        if (!article.paragraphs.isEmpty()) {
            firstParagraph = flow.layOut(article.paragraphs.constFirst(), styles.body);
            keepHeight += flow.height(*firstParagraph, styles.body, 2);
        }
        flow.keep(flow.articleBreakHeight() + keepHeight);
        flow.articleBreak();
        for (const auto &[layout, style] : opening)
            flow.place(*layout, *style);
        if (!report(displayLength(article)))
            return false;

        for (qsizetype i = 0; i < article.paragraphs.size(); ++i) {
            std::unique_ptr<QTextLayout> layout =
                i == 0 ? std::move(firstParagraph)
                       : flow.layOut(article.paragraphs.at(i), styles.body);
            flow.place(*layout, styles.body);
            if (!report(article.paragraphs.at(i).size()))
                return false;
        }
    }
    m_pageCount = flow.pages();
    return true;
}

} // namespace galley
