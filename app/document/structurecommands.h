// Undo commands for the structure of a page, the decisions segmentation made:
// split an article in two, merge an article with the next, move a headline or
// deck to another article, swap headline and deck. Each is one undo step that
// changes the model only through its primitive writes, so every view follows;
// the edits themselves are the pure functions of paragraphedits.h and
// displaymoves.h.
#pragma once

#include "document/article.h"
#include "document/paragraphedits.h"

#include <QUndoCommand>

namespace galley {

class ArticleModel;

// Article `row` cut at `at` (see canSplitArticle()); its second part becomes row + 1.
class SplitArticleCommand : public QUndoCommand {
public:
    SplitArticleCommand(ArticleModel *model, int row, BodyPosition at,
                        QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;

private:
    ArticleModel *m_model;
    int m_row;
    Article m_original;
    Article m_first;
    Article m_second;
};

// Article `row + 1` appended to article `row`; nothing of it is lost.
class MergeArticlesCommand : public QUndoCommand {
public:
    MergeArticlesCommand(ArticleModel *model, int row, QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;

private:
    ArticleModel *m_model;
    int m_row;
    Article m_first;
    Article m_second;
    Article m_merged;
};

// Field `from` (kicker, headline or deck) of article `row` moves into field `to` of
// article `targetRow`; what `to` held goes back into the emptied field.
class MoveDisplayLineCommand : public QUndoCommand {
public:
    MoveDisplayLineCommand(ArticleModel *model, int row, ArticleField from, int targetRow,
                           ArticleField to, QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;

private:
    ArticleModel *m_model;
    int m_row;
    int m_targetRow;
    Article m_oldSource;
    Article m_oldTarget;
    Article m_newSource;
    Article m_newTarget;
};

// The headline of article `row` becomes its deck and the deck its headline.
class SwapHeadlineDeckCommand : public QUndoCommand {
public:
    SwapHeadlineDeckCommand(ArticleModel *model, int row, QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;

private:
    ArticleModel *m_model;
    int m_row;
    Article m_old;
    Article m_new;
};

// The display-line explanations an edit carries along: the lines of `field`
// in `from` (at row `fromRow`) as they read in `field` of an article at
// `toRow`. The matcher only scored a line against its runner-up besides its
// own article, so a line moved elsewhere keeps no score.
QList<DisplayMatch> carriedMatches(const Article &from, int fromRow, ArticleField field, int toRow,
                                   ArticleField toField);

} // namespace galley
