// The Article menu: the manual structure edits a copy editor makes, each one
// undo command with a shortcut — join and split paragraphs, split and merge
// articles, move and delete them, lift text into the kicker, headline or deck.
#pragma once

#include "document/article.h"

#include <QObject>

class QAction;
class QMenu;
class QWidget;

namespace galley {

class ArticleForm;
class ArticleListView;
class Document;

class StructureActions : public QObject {
    Q_OBJECT

public:
    StructureActions(Document *document, ArticleListView *list, ArticleForm *form, QWidget *window);

    void addToMenu(QMenu *menu) const;
    // The actions that make sense on an entry of the article list.
    QList<QAction *> listActions() const;

    QAction *joinParagraphAction() const { return m_joinParagraph; }
    QAction *splitParagraphAction() const { return m_splitParagraph; }
    QAction *splitArticleAction() const { return m_splitArticle; }
    QAction *mergeArticleAction() const { return m_mergeArticle; }
    QAction *moveUpAction() const { return m_moveUp; }
    QAction *moveDownAction() const { return m_moveDown; }
    QAction *deleteArticleAction() const { return m_deleteArticle; }
    QAction *makeKickerAction() const { return m_makeKicker; }
    QAction *makeHeadlineAction() const { return m_makeHeadline; }
    QAction *makeDeckAction() const { return m_makeDeck; }
    QAction *swapHeadlineDeckAction() const { return m_swapHeadlineDeck; }
    QAction *moveDisplayAction() const { return m_moveDisplay; }

public Q_SLOTS:
    void joinParagraph();
    void splitParagraph();
    void splitArticle();
    void mergeArticle();
    void moveUp();
    void moveDown();
    void deleteArticle();
    void makeKicker();
    void makeHeadline();
    void makeDeck();
    void swapHeadlineDeck();
    void moveDisplay();
    void updateActions();

public:
    // The edit Move Display Line makes once the dialog is answered.
    void moveDisplayLine(int row, ArticleField from, int targetRow, ArticleField to);

private:
    QAction *createAction(const QString &objectName, const QString &text,
                          const QKeySequence &shortcut, void (StructureActions::*slot)());
    int currentRow() const;
    void liftInto(ArticleField field, const QString &actionText);
    void selectBodyOffset(int row, qsizetype offset);

    Document *m_document;
    ArticleListView *m_list;
    ArticleForm *m_form;
    QWidget *m_window;
    QAction *m_joinParagraph;
    QAction *m_splitParagraph;
    QAction *m_splitArticle;
    QAction *m_mergeArticle;
    QAction *m_moveUp;
    QAction *m_moveDown;
    QAction *m_deleteArticle;
    QAction *m_makeKicker;
    QAction *m_makeHeadline;
    QAction *m_makeDeck;
    QAction *m_swapHeadlineDeck;
    QAction *m_moveDisplay;
};

} // namespace galley
