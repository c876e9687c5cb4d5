#include "sourcepane.h"

#include "document/document.h"
#include "text/repair.h"

#include <QHelpEvent>
#include <QPainter>
#include <QPainterPath>
#include <QScopedValueRollback>
#include <QTextBlock>
#include <QToolTip>

#include <algorithm>

namespace galley {

namespace {

using text::Decision;
using text::DecisionKind;

QColor kindColor(DecisionKind kind) {
    switch (kind) {
    case DecisionKind::Join:
    case DecisionKind::JoinWithSpace:
    case DecisionKind::Dehyphenate:
        return QColor(0x2e, 0x7d, 0x32);
    case DecisionKind::ParagraphBreak:
        return QColor(0x15, 0x65, 0xc0);
    case DecisionKind::BlockBreak:
        return QColor(0x6a, 0x1b, 0x9a);
    case DecisionKind::DropSpace:
        return QColor(0xc6, 0x28, 0x28);
    case DecisionKind::KeepSpace:
    case DecisionKind::InsertSpace:
        return QColor(0x00, 0x83, 0x8f);
    }
    return Qt::black;
}

const QColor flippedColor(0xef, 0x6c, 0x00);
const QColor uncertainBackground(0xff, 0xf1, 0x76);

} // namespace

QString decisionKindName(int kind) {
    switch (DecisionKind(kind)) {
    case DecisionKind::Join:
        return SourcePane::tr("join");
    case DecisionKind::JoinWithSpace:
        return SourcePane::tr("join with a space");
    case DecisionKind::Dehyphenate:
        return SourcePane::tr("remove the hyphen and join");
    case DecisionKind::ParagraphBreak:
        return SourcePane::tr("paragraph break");
    case DecisionKind::BlockBreak:
        return SourcePane::tr("display line break");
    case DecisionKind::DropSpace:
        return SourcePane::tr("drop the space");
    case DecisionKind::KeepSpace:
        return SourcePane::tr("keep the space");
    case DecisionKind::InsertSpace:
        return SourcePane::tr("insert a space");
    }
    return {};
}

class SourceLineNumbers : public QWidget {
public:
    explicit SourceLineNumbers(SourcePane *pane)
        : QWidget(pane)
        , m_pane(pane) {}

    QSize sizeHint() const override { return {m_pane->gutterWidth(), 0}; }

protected:
    void paintEvent(QPaintEvent *event) override { m_pane->paintGutter(event); }

private:
    SourcePane *m_pane;
};

SourcePane::SourcePane(Document *document, QWidget *parent)
    : QPlainTextEdit(parent)
    , m_document(document)
    , m_gutter(new SourceLineNumbers(this)) {
    setReadOnly(true);
    setTextInteractionFlags(Qt::TextSelectableByKeyboard | Qt::TextSelectableByMouse);
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setAccessibleName(tr("Source"));
    setMouseTracking(true);
    connect(document, &Document::bulletinReplaced, this, [this] {
        m_currentDecision = -1;
        setCurrentRow(-1);
    });
    connect(document, &Document::decisionsFlipped, viewport(), qOverload<>(&QWidget::update));
    connect(document, &Document::reviewedChanged, viewport(), qOverload<>(&QWidget::update));
    connect(this, &QPlainTextEdit::updateRequest, this, [this](const QRect &rect, int dy) {
        if (dy)
            m_gutter->scroll(0, dy);
        else
            m_gutter->update(0, rect.y(), m_gutter->width(), rect.height());
    });
    connect(document->model(), &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                // Typing changes the body, not the lines it came from.
                if (m_row >= topLeft.row() && m_row <= bottomRight.row() &&
                    sourceRange(m_row) != std::make_pair(m_firstLine, m_lastLine))
                    setCurrentRow(m_row);
            });
    connect(this, &QPlainTextEdit::selectionChanged, this, [this] {
        if (m_selecting)
            return;
        const QTextCursor cursor = textCursor();
        if (cursor.hasSelection())
            Q_EMIT userSelectedOriginal(originalOffset(cursor.selectionStart()),
                                        originalOffset(cursor.selectionEnd()));
    });
    setViewportMargins(gutterWidth(), 0, 0, 0);
}

std::pair<int, int> SourcePane::sourceRange(int row) const {
    const ArticleModel *model = m_document->model();
    const QList<qsizetype> &starts = m_document->lineStarts();
    if (row < 0 || row >= model->rowCount())
        return {-1, -1};
    const LineRange &range = model->article(row).source;
    if (!range.isValid() || range.first >= starts.size())
        return {-1, -1};
    return {range.first, qMin(range.last, int(starts.size()) - 1)};
}

void SourcePane::setCurrentRow(int row) {
    m_row = row;
    const auto [first, last] = sourceRange(row);
    m_firstLine = first;
    m_lastLine = last;
    const QScopedValueRollback<bool> selecting(m_selecting, true);
    if (first < 0) {
        m_lineCount = 0;
        m_shownStart = m_shownEnd = 0;
        setPlainText({});
        setViewportMargins(gutterWidth(), 0, 0, 0);
        return;
    }
    const QString &text = m_document->originalText();
    const QList<qsizetype> &starts = m_document->lineStarts();
    m_shownStart = starts.at(first);
    m_shownEnd = last + 1 < starts.size() ? starts.at(last + 1) - 1 : text.size();
    m_lineCount = last - first + 1;
    setPlainText(text.mid(m_shownStart, m_shownEnd - m_shownStart));
    setViewportMargins(gutterWidth(), 0, 0, 0);
    markDoubtfulWords();
}

void SourcePane::markDoubtfulWords() {
    QList<QTextEdit::ExtraSelection> marks;
    const auto &spans = m_document->doubtfulSpans();
    auto span =
        std::lower_bound(spans.begin(), spans.end(), std::make_pair(m_shownStart, qsizetype(0)));
    for (; span != spans.end() && span->second <= m_shownEnd; ++span) {
        QTextEdit::ExtraSelection mark;
        mark.cursor = QTextCursor(document());
        mark.cursor.setPosition(panePosition(span->first));
        mark.cursor.setPosition(panePosition(span->second), QTextCursor::KeepAnchor);
        mark.format = doubtfulWordFormat();
        marks.append(mark);
    }
    setExtraSelections(marks);
}

bool SourcePane::isDoubtful(qsizetype offset) const {
    const auto &spans = m_document->doubtfulSpans();
    auto after = std::upper_bound(spans.begin(), spans.end(), std::make_pair(offset, qsizetype(-1)),
                                  [](const auto &a, const auto &b) { return a.first < b.first; });
    // The last span to start at or before `offset` is the only one that can hold it.
    if (after == spans.begin())
        return false;
    --after;
    return offset >= after->first && offset < after->second;
}

QTextCharFormat doubtfulWordFormat() {
    QTextCharFormat format;
    format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
    format.setUnderlineColor(QColor(0xd9, 0x30, 0x25));
    return format;
}

qsizetype SourcePane::originalOffset(int position) const {
    if (m_lineCount == 0)
        return -1;
    return m_shownStart + position;
}

int SourcePane::panePosition(qsizetype originalOffset) const {
    if (m_lineCount == 0 || originalOffset < m_shownStart || originalOffset > m_shownEnd)
        return -1;
    return int(originalOffset - m_shownStart);
}

void SourcePane::selectOriginal(qsizetype start, qsizetype end) {
    const int from = panePosition(start);
    const int to = panePosition(end);
    if (from < 0 || to < 0)
        return;
    const QScopedValueRollback<bool> selecting(m_selecting, true);
    QTextCursor cursor(document());
    cursor.setPosition(from);
    cursor.setPosition(to, QTextCursor::KeepAnchor);
    setTextCursor(cursor);
    ensureCursorVisible();
}

void SourcePane::setCurrentDecision(qsizetype index) {
    m_currentDecision = index;
    viewport()->update();
}

qsizetype SourcePane::decisionAtCursor() const {
    const QList<Decision> &decisions = m_document->decisions();
    const qsizetype offset = originalOffset(textCursor().position());
    if (offset < 0)
        return -1;
    const qsizetype at = text::decisionAt(decisions, offset);
    if (at >= 0)
        return at;
    // At the end of a line, or before a space: the next decision on the line.
    const qsizetype lineEnd = m_document->originalText().indexOf(u'\n', offset);
    const auto next =
        std::lower_bound(decisions.begin(), decisions.end(), offset,
                         [](const Decision &d, qsizetype p) { return qsizetype(d.position) < p; });
    if (next != decisions.end() && (lineEnd < 0 || next->position <= lineEnd) &&
        next->position <= m_shownEnd)
        return next - decisions.begin();
    return -1;
}

void SourcePane::setShowWhitespace(bool show) {
    QTextOption option = document()->defaultTextOption();
    QTextOption::Flags flags = option.flags();
    flags.setFlag(QTextOption::ShowTabsAndSpaces, show);
    flags.setFlag(QTextOption::ShowLineAndParagraphSeparators, show);
    option.setFlags(flags);
    document()->setDefaultTextOption(option);
}

int SourcePane::gutterWidth() const {
    const int lastNumber = qMax(0, m_firstLine) + qMax(1, m_lineCount);
    const int digits = int(QString::number(lastNumber).size());
    return 8 + fontMetrics().horizontalAdvance(u'9') * digits;
}

void SourcePane::resizeEvent(QResizeEvent *event) {
    QPlainTextEdit::resizeEvent(event);
    const QRect contents = contentsRect();
    m_gutter->setGeometry(contents.left(), contents.top(), gutterWidth(), contents.height());
}

void SourcePane::paintGutter(QPaintEvent *event) {
    QPainter painter(m_gutter);
    painter.fillRect(event->rect(), palette().color(QPalette::AlternateBase));
    painter.setPen(palette().color(QPalette::PlaceholderText));
    painter.setFont(font());
    QTextBlock block = firstVisibleBlock();
    int top = qRound(blockBoundingGeometry(block).translated(contentOffset()).top());
    while (block.isValid() && top <= event->rect().bottom()) {
        const int height = qRound(blockBoundingRect(block).height());
        if (block.isVisible() && top + height >= event->rect().top()) {
            // Numbered from 1 as editors and `grep -n` count lines.
            const QString number = QString::number(m_firstLine + block.blockNumber() + 1);
            painter.drawText(0, top, m_gutter->width() - 4, fontMetrics().height(), Qt::AlignRight,
                             number);
        }
        top += height;
        block = block.next();
    }
}

QRect SourcePane::positionRect(qsizetype original) const {
    const int position = panePosition(original);
    if (position < 0)
        return {};
    QTextCursor cursor(document());
    cursor.setPosition(qMin(position, document()->characterCount() - 1));
    return cursorRect(cursor);
}

QRect SourcePane::markRect(qsizetype index) const {
    const QList<Decision> &decisions = m_document->decisions();
    if (index < 0 || index >= decisions.size() || m_lineCount == 0)
        return {};
    const Decision &d = decisions.at(index);
    if (d.position < m_shownStart || qsizetype(d.position) >= m_shownEnd + (d.isBoundary() ? 0 : 1))
        return {};
    const QRect at = positionRect(d.position);
    const int width = qMax(8, fontMetrics().horizontalAdvance(u'M') * 2 / 3);
    if (d.isBoundary())
        return QRect(at.left() + 1, at.top(), width, at.height());
    const QRect end = positionRect(qsizetype(d.position) + d.length);
    if (d.length == 0 || end.top() != at.top())
        return QRect(at.left() - width / 2, at.top(), width, at.height());
    return QRect(at.left(), at.top(), qMax(end.left() - at.left(), 6), at.height());
}

std::pair<qsizetype, qsizetype> SourcePane::visibleDecisions() const {
    const QList<Decision> &decisions = m_document->decisions();
    if (m_lineCount == 0 || decisions.isEmpty())
        return {0, -1};
    const QTextBlock firstBlock = firstVisibleBlock();
    const QTextCursor bottom = cursorForPosition(QPoint(viewport()->width(), viewport()->height()));
    const qsizetype from = originalOffset(firstBlock.position());
    const qsizetype to = originalOffset(bottom.block().position() + bottom.block().length());
    auto byPosition = [](const Decision &d, qsizetype p) { return qsizetype(d.position) < p; };
    const auto first = std::lower_bound(decisions.begin(), decisions.end(), from, byPosition);
    const auto last =
        std::lower_bound(first, decisions.end(), qMin(to, m_shownEnd) + 1, byPosition);
    return {first - decisions.begin(), (last - decisions.begin()) - 1};
}

void SourcePane::paintMark(QPainter &painter, qsizetype index, const QRect &rect) const {
    const Decision &d = m_document->decisions().at(index);
    const DecisionKind kind = d.effectiveKind();
    const QColor color = d.flipped ? flippedColor : kindColor(kind);
    if (d.confidence < uncertainBelow && !m_document->isReviewed(index)) {
        painter.setPen(Qt::NoPen);
        painter.setBrush(uncertainBackground);
        painter.drawRoundedRect(rect.adjusted(-1, 0, 1, 0), 3, 3);
    }
    painter.setPen(QPen(color, 1.5));
    painter.setBrush(Qt::NoBrush);
    const QRectF r = rect;
    const qreal baseline = r.bottom() - r.height() * 0.25;
    switch (kind) {
    case DecisionKind::Join:
    case DecisionKind::JoinWithSpace:
    case DecisionKind::Dehyphenate: {
        // A tie under the line's end, like a proofreader's "close up".
        QPainterPath tie;
        tie.moveTo(r.left(), baseline - r.height() * 0.15);
        tie.quadTo(r.center().x(), baseline + r.height() * 0.2, r.right(),
                   baseline - r.height() * 0.15);
        painter.drawPath(tie);
        if (kind == DecisionKind::JoinWithSpace)
            painter.drawPoint(QPointF(r.center().x(), baseline - r.height() * 0.3));
        if (kind == DecisionKind::Dehyphenate) {
            const qreal w = r.width() * 0.6;
            painter.drawLine(QPointF(r.left() - w, r.center().y() + 2),
                             QPointF(r.left(), r.center().y() - 2));
        }
        break;
    }
    case DecisionKind::ParagraphBreak:
    case DecisionKind::BlockBreak: {
        QFont small = font();
        small.setPointSizeF(font().pointSizeF() * 0.8);
        small.setBold(kind == DecisionKind::BlockBreak);
        painter.setFont(small);
        painter.drawText(r, Qt::AlignCenter,
                         kind == DecisionKind::ParagraphBreak ? QStringLiteral("¶")
                                                              : QStringLiteral("§"));
        break;
    }
    case DecisionKind::DropSpace: {
        QColor fill = color;
        fill.setAlpha(40);
        painter.fillRect(r.adjusted(0, r.height() * 0.2, 0, -r.height() * 0.2), fill);
        painter.drawLine(QPointF(r.left(), r.center().y()), QPointF(r.right(), r.center().y()));
        break;
    }
    case DecisionKind::KeepSpace: {
        // A proofreader's space sign: a bracket open at the top.
        QPainterPath bracket;
        bracket.moveTo(r.left() + 0.5, baseline - 1);
        bracket.lineTo(r.left() + 0.5, baseline + 2);
        bracket.lineTo(r.right() - 0.5, baseline + 2);
        bracket.lineTo(r.right() - 0.5, baseline - 1);
        painter.drawPath(bracket);
        break;
    }
    case DecisionKind::InsertSpace: {
        QPainterPath caret;
        caret.moveTo(r.left(), baseline + 3);
        caret.lineTo(r.center().x(), baseline - 2);
        caret.lineTo(r.right(), baseline + 3);
        painter.drawPath(caret);
        break;
    }
    }
    if (index == m_currentDecision) {
        painter.setPen(QPen(palette().color(QPalette::Highlight), 1, Qt::SolidLine));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(rect.adjusted(-2, -1, 2, 0));
    }
}

void SourcePane::paintEvent(QPaintEvent *event) {
    QPlainTextEdit::paintEvent(event);
    const auto [first, last] = visibleDecisions();
    if (first > last)
        return;
    QPainter painter(viewport());
    painter.setRenderHint(QPainter::Antialiasing);
    for (qsizetype index = first; index <= last; ++index) {
        const QRect rect = markRect(index);
        if (!rect.isEmpty() && rect.intersects(event->rect()))
            paintMark(painter, index, rect);
    }
}

qsizetype SourcePane::decisionAtPoint(const QPoint &point) const {
    const auto [first, last] = visibleDecisions();
    for (qsizetype index = first; index <= last; ++index) {
        if (markRect(index).adjusted(-2, 0, 2, 0).contains(point))
            return index;
    }
    return -1;
}

void SourcePane::mousePressEvent(QMouseEvent *event) {
    if (event->button() == Qt::LeftButton) {
        const qsizetype index = decisionAtPoint(event->position().toPoint());
        if (index >= 0) {
            Q_EMIT decisionActivated(index);
            event->accept();
            return;
        }
    }
    QPlainTextEdit::mousePressEvent(event);
}

void SourcePane::keyPressEvent(QKeyEvent *event) {
    if (event->key() == Qt::Key_Space && event->modifiers() == Qt::NoModifier) {
        const qsizetype index = decisionAtCursor();
        if (index >= 0) {
            Q_EMIT decisionActivated(index);
            event->accept();
            return;
        }
    }
    QPlainTextEdit::keyPressEvent(event);
}

QString SourcePane::describe(qsizetype index) const {
    const Decision &d = m_document->decisions().at(index);
    QString text =
        tr("<b>%1</b> — %2<br>rule <tt>%3</tt>, %4% sure")
            .arg(decisionKindName(int(d.effectiveKind())),
                 text::ruleDescription(d.rule).toHtmlEscaped(), QString(text::ruleId(d.rule)))
            .arg(d.confidence);
    if (d.flipped)
        text += tr("<br>Flipped by hand; the rule proposed: %1").arg(decisionKindName(int(d.kind)));
    text += tr("<br>Click or press Space to make it: %1")
                .arg(decisionKindName(int(d.flipped ? d.kind : d.alternative)));
    return text;
}

bool SourcePane::viewportEvent(QEvent *event) {
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const qsizetype index = decisionAtPoint(help->pos());
        if (index >= 0)
            QToolTip::showText(help->globalPos(), describe(index), viewport(), markRect(index));
        else if (isDoubtful(originalOffset(cursorForPosition(help->pos()).position())))
            QToolTip::showText(help->globalPos(), tr("OCR was unsure of this word"), viewport());
        else
            QToolTip::hideText();
        return true;
    }
    return QPlainTextEdit::viewportEvent(event);
}

} // namespace galley
