// Reviewing the repair: walks the uncertain decisions (F8 / Shift+F8), flips
// the one the user points at (a click on its mark, Space, Ctrl+T) as an undo
// step, counts the decisions left to review, and keeps the selections of the
// body and the source pane on the same text.
#pragma once

#include "document/sourcemap.h"

#include <QObject>

class QAction;
class QMenu;
class QWidget;

namespace galley {

class ArticleForm;
class ArticleListView;
class DecisionRulesView;
class Document;
class DocumentStatusBar;
class SourcePane;

class ReviewController : public QObject {
    Q_OBJECT

public:
    ReviewController(Document *document, ArticleListView *list, ArticleForm *form,
                     SourcePane *source, DocumentStatusBar *status, QWidget *window);

    void addToMenu(QMenu *menu) const;
    QAction *nextAction() const { return m_next; }
    QAction *previousAction() const { return m_previous; }
    QAction *flipAction() const { return m_flip; }
    QAction *rulesAction() const;
    DecisionRulesView *rulesView() const { return m_rules; }

    // Uncertain decisions nobody has looked at yet.
    int decisionsToReview() const { return m_toReview; }
    static bool isUncertain(const Document &document, qsizetype index);

    // Shows decision `index`: its article, its mark, the text it shaped.
    bool goToDecision(qsizetype index);
    // Flips decision `index` as one undo step; false (and the user is told)
    // when the text it shaped was edited by hand.
    bool flip(qsizetype index);
    // The article a decision lies in, or -1.
    int rowOfDecision(qsizetype index) const;
    // Shows original text [start, end): its article, its lines in the source
    // pane, and the text made of them selected in the article's fields.
    bool showOriginal(qsizetype start, qsizetype end);
    // The article whose text was made of original text [start, end), or -1.
    int rowOfOriginal(qsizetype start, qsizetype end) const;
    // Where the current article's text came from; built on first use.
    const ArticleSourceMap &sourceMap();

public Q_SLOTS:
    bool goToNext();
    bool goToPrevious();
    bool flipCurrent();

private:
    qsizetype findUncertain(qsizetype from, int step) const;
    qsizetype decisionForFlip() const;
    void recount();
    void syncFromBody();
    void syncFromSource(qsizetype start, qsizetype end);

    Document *m_document;
    ArticleListView *m_list;
    ArticleForm *m_form;
    SourcePane *m_source;
    DocumentStatusBar *m_status;
    QWidget *m_window;
    DecisionRulesView *m_rules;
    QAction *m_next;
    QAction *m_previous;
    QAction *m_flip;
    int m_toReview = 0;
    ArticleSourceMap m_map;
    int m_mapRow = -1;
    bool m_mapValid = false;
    bool m_syncing = false;
};

} // namespace galley
