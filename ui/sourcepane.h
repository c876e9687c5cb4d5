// The source pane: the original OCR lines of the selected article, numbered
// as in the file, with every repair decision drawn where it was made — joins,
// breaks, dropped and kept spaces, de-hyphenations — the uncertain ones
// highlighted. Clicking a mark (or Space on it) asks for it to be flipped.
#pragma once

#include <QList>
#include <QPlainTextEdit>
#include <QTextCharFormat>

namespace galley {

class Document;

class SourcePane : public QPlainTextEdit {
    Q_OBJECT

public:
    // Decisions less sure than this (percent) are drawn as uncertain.
    static constexpr int uncertainBelow = 90;

    explicit SourcePane(Document *document, QWidget *parent = nullptr);

    // Shows the source lines of the article at `row` (-1: none).
    void setCurrentRow(int row);
    // The file's line number of the first line shown, counted from 0; -1 if none.
    int firstLine() const { return m_firstLine; }
    // The offset in the original text of a position in the pane, or -1.
    qsizetype originalOffset(int position) const;
    // The pane position of an offset in the original text, or -1 if not shown.
    int panePosition(qsizetype originalOffset) const;
    // The original text the pane shows, as [start, end) offsets.
    std::pair<qsizetype, qsizetype> shownRange() const { return {m_shownStart, m_shownEnd}; }

    // Selects original offsets [start, end) without reporting it as the user's selection.
    void selectOriginal(qsizetype start, qsizetype end);
    // The decision drawn with a focus frame (the one F8 went to), or -1.
    void setCurrentDecision(qsizetype index);
    qsizetype currentDecision() const { return m_currentDecision; }
    // The decision at the text cursor: the one whose span holds it, else the
    // first one later on the same line; -1 if none.
    qsizetype decisionAtCursor() const;
    // The viewport rectangle of a decision's mark, empty if not shown.
    QRect markRect(qsizetype index) const;

    void setShowWhitespace(bool show);

Q_SIGNALS:
    // The user clicked a mark, or pressed Space on one.
    void decisionActivated(qsizetype index);
    // The user selected original text [start, end).
    void userSelectedOriginal(qsizetype start, qsizetype end);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool viewportEvent(QEvent *event) override;

private:
    friend class SourceLineNumbers;
    // The source lines of the article at `row`, clamped to the text; (-1, -1) if none.
    std::pair<int, int> sourceRange(int row) const;
    // Underlines the shown words OCR was unsure of.
    void markDoubtfulWords();
    // Whether original offset `offset` lies in a word OCR was unsure of.
    bool isDoubtful(qsizetype offset) const;
    int gutterWidth() const;
    void paintGutter(QPaintEvent *event);
    void paintMark(QPainter &painter, qsizetype index, const QRect &rect) const;
    QRect positionRect(qsizetype original) const;
    // Decisions in [first, last] of the document's list drawn in the visible area.
    std::pair<qsizetype, qsizetype> visibleDecisions() const;
    qsizetype decisionAtPoint(const QPoint &point) const;
    QString describe(qsizetype index) const;

    Document *m_document;
    QWidget *m_gutter;
    int m_row = -1;
    int m_firstLine = -1;
    int m_lastLine = -1;
    int m_lineCount = 0;
    qsizetype m_shownStart = 0;
    qsizetype m_shownEnd = 0;
    qsizetype m_currentDecision = -1;
    bool m_selecting = false;
};

// How a word OCR was unsure of is marked in the text: a red wavy underline,
// as the page view outlines it in red.
QTextCharFormat doubtfulWordFormat();

// What a decision does, in words: "join", "paragraph break", "drop space"…
QString decisionKindName(int kind);

} // namespace galley
