// Keeps the page view in step with the text: it shows the scan of the open
// page and the boxes of the selected article's lines, highlights the lines of
// the text selected in the source pane (or in the article, which the source
// pane follows), and turns a click on a line of the page into a selection of
// its text. It also marks, in the article's body, the words OCR was unsure of.
#pragma once

#include "document/sourcemap.h"

#include <QObject>

namespace galley {

class ArticleForm;
class Document;
class PageView;
class ReviewController;
class SourcePane;

class PageController : public QObject {
    Q_OBJECT

public:
    PageController(Document *document, ArticleForm *form, SourcePane *source,
                   ReviewController *review, PageView *view, QObject *parent = nullptr);

    // The article at `row` became the current one (-1: none).
    void setCurrentRow(int row);
    // Selects the text of source line `line` and shows it in the article.
    bool selectLine(int line);

private:
    void showScan();
    // The source lines the current article's text came from.
    QList<int> articleLines();
    void highlightSourceSelection();
    // The words OCR was unsure of in the current article's body.
    QList<FieldRange> doubtfulWordsInBody();
    void markDoubtfulWordsInBody();

    Document *m_document;
    ArticleForm *m_form;
    SourcePane *m_source;
    ReviewController *m_review;
    PageView *m_view;
    int m_row = -1;
};

} // namespace galley
