#include "pagecontroller.h"

#include "articleform.h"
#include "bodyeditor.h"
#include "document/document.h"
#include "pageview.h"
#include "reviewcontroller.h"
#include "sourcepane.h"

#include <algorithm>

namespace galley {

PageController::PageController(Document *document, ArticleForm *form, SourcePane *source,
                               ReviewController *review, PageView *view, QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_form(form)
    , m_source(source)
    , m_review(review)
    , m_view(view) {
    connect(document, &Document::bulletinReplaced, this, &PageController::showScan);
    connect(document, &Document::decisionsFlipped, this, &PageController::markDoubtfulWordsInBody);
    // The source pane follows every selection made in the article, so its
    // selection is the one to show on the page.
    connect(source, &QPlainTextEdit::selectionChanged, this,
            &PageController::highlightSourceSelection);
    connect(view, &PageView::lineClicked, this, &PageController::selectLine);
    // A display line moved in or out, or a split or merge, replaces whole
    // articles (no roles named) and changes the lines they are made of;
    // typing changes none.
    connect(document->model(), &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &, const QModelIndex &, const QList<int> &roles) {
                if (!roles.isEmpty())
                    return;
                m_view->setArticleLines(articleLines());
                markDoubtfulWordsInBody();
            });
    showScan();
}

void PageController::showScan() {
    m_row = -1;
    m_view->setPages(m_document->scan());
}

void PageController::setCurrentRow(int row) {
    m_row = row;
    m_view->setArticleLines(articleLines());
    m_view->highlightLines(-1, -1);
    markDoubtfulWordsInBody();
}

QList<int> PageController::articleLines() {
    const ArticleModel *model = m_document->model();
    if (!m_view->hasScan() || m_row < 0 || m_row >= model->rowCount())
        return {};
    return articleSourceLines(model->articles(), m_row, m_review->sourceMap(),
                              m_document->lineStarts());
}

void PageController::highlightSourceSelection() {
    if (!m_view->hasScan())
        return;
    const QTextCursor cursor = m_source->textCursor();
    if (!cursor.hasSelection()) {
        m_view->highlightLines(-1, -1);
        return;
    }
    const qsizetype start = m_source->originalOffset(cursor.selectionStart());
    const qsizetype end = m_source->originalOffset(cursor.selectionEnd());
    if (start < 0 || end <= start)
        return;
    // A selection that ends at the start of a line does not reach into it.
    m_view->highlightLines(m_document->lineAt(start), m_document->lineAt(end - 1));
}

bool PageController::selectLine(int line) {
    const QList<qsizetype> &starts = m_document->lineStarts();
    if (line < 0 || line >= starts.size())
        return false;
    const qsizetype start = starts.at(line);
    const qsizetype end =
        line + 1 < starts.size() ? starts.at(line + 1) - 1 : m_document->originalText().size();
    return m_review->showOriginal(start, end);
}

QList<FieldRange> PageController::doubtfulWordsInBody() {
    QList<FieldRange> words;
    const auto &spans = m_document->doubtfulSpans();
    const ArticleModel *model = m_document->model();
    if (spans.isEmpty() || m_row < 0 || m_row >= model->rowCount())
        return words;
    const LineRange &range = model->article(m_row).source;
    const QList<qsizetype> &starts = m_document->lineStarts();
    if (!range.isValid() || range.first >= starts.size())
        return words;
    const auto first = std::lower_bound(spans.begin(), spans.end(),
                                        std::make_pair(starts.at(range.first), qsizetype(0)));
    for (auto span = first; span != spans.end() && m_document->lineAt(span->first) <= range.last;
         ++span) {
        const auto field = m_review->sourceMap().fromOriginal(span->first, span->second);
        if (field && field->field == ArticleField::Body)
            words.append(*field);
    }
    return words;
}

void PageController::markDoubtfulWordsInBody() {
    BodyEditor *body = m_form->bodyEditor();
    // The editor may hold an empty paragraph the model does not.
    const int end = body->document()->characterCount() - 1;
    QList<QTextEdit::ExtraSelection> marks;
    for (const FieldRange &word : doubtfulWordsInBody()) {
        QTextEdit::ExtraSelection mark;
        mark.cursor = QTextCursor(body->document());
        mark.cursor.setPosition(qMin(int(word.start), end));
        mark.cursor.setPosition(qMin(int(word.end), end), QTextCursor::KeepAnchor);
        mark.format = doubtfulWordFormat();
        marks.append(mark);
    }
    body->setExtraSelections(marks);
}

} // namespace galley
