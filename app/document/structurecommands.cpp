#include "document/structurecommands.h"

#include "document/articlemodel.h"
#include "document/displaymoves.h"

#include <QCoreApplication>

namespace galley {

namespace {

QList<DisplayMatch> matchesOutside(const Article &article, ArticleField field) {
    QList<DisplayMatch> kept;
    for (const DisplayMatch &match : article.displayMatches) {
        if (match.field != field)
            kept.append(match);
    }
    return kept;
}

// The kicker is no party to a swap of headline and deck.
ArticleField otherDisplayField(ArticleField field) {
    switch (field) {
    case ArticleField::Headline:
        return ArticleField::Deck;
    case ArticleField::Deck:
        return ArticleField::Headline;
    default:
        return field;
    }
}

QString moveText(ArticleField field) {
    switch (field) {
    case ArticleField::Kicker:
        return QCoreApplication::translate("Undo", "Move Kicker");
    case ArticleField::Headline:
        return QCoreApplication::translate("Undo", "Move Headline");
    default:
        return QCoreApplication::translate("Undo", "Move Deck");
    }
}

} // namespace

QList<DisplayMatch> carriedMatches(const Article &from, int fromRow, ArticleField field, int toRow,
                                   ArticleField toField) {
    QList<DisplayMatch> carried;
    for (DisplayMatch match : from.displayMatches) {
        if (match.field != field)
            continue;
        match.field = toField;
        if (toRow != fromRow) {
            // Only a move to the runner-up has a score: the two trade places.
            if (match.runnerUp == 0 || fromRow + match.runnerUp != toRow)
                continue;
            std::swap(match.score, match.runnerUpScore);
            match.runnerUp = fromRow - toRow;
            match.evidence.clear(); // found in the old article, not in this one
        }
        carried.append(match);
    }
    return carried;
}

SplitArticleCommand::SplitArticleCommand(ArticleModel *model, int row, BodyPosition at,
                                         QUndoCommand *parent)
    : QUndoCommand(QCoreApplication::translate("Undo", "Split Article"), parent)
    , m_model(model)
    , m_row(row)
    , m_original(model->article(row)) {
    std::tie(m_first, m_second) = splitArticle(m_original, at);
}

void SplitArticleCommand::undo() {
    m_model->takeArticleAt(m_row + 1);
    m_model->writeArticle(m_row, m_original);
}

void SplitArticleCommand::redo() {
    m_model->writeArticle(m_row, m_first);
    m_model->insertArticleAt(m_row + 1, m_second);
}

MergeArticlesCommand::MergeArticlesCommand(ArticleModel *model, int row, QUndoCommand *parent)
    : QUndoCommand(QCoreApplication::translate("Undo", "Merge Articles"), parent)
    , m_model(model)
    , m_row(row)
    , m_first(model->article(row))
    , m_second(model->article(row + 1))
    , m_merged(mergeArticles(m_first, m_second)) {
    // The second article's display lines explain the merged one only where
    // they stay display lines, not where they became paragraphs.
    for (const ArticleField field :
         {ArticleField::Kicker, ArticleField::Headline, ArticleField::Deck}) {
        if (!articleField(m_first, field).isEmpty() || articleField(m_second, field).isEmpty())
            continue;
        for (DisplayMatch match : carriedMatches(m_second, row + 1, field, row + 1, field)) {
            // Counted from row + 1 before, from row now; articles after it moved up too.
            if (match.runnerUp < 0)
                match.runnerUp = match.runnerUp == -1 ? 0 : match.runnerUp + 1;
            m_merged.displayMatches.append(match);
        }
    }
}

void MergeArticlesCommand::undo() {
    m_model->insertArticleAt(m_row + 1, m_second);
    m_model->writeArticle(m_row, m_first);
}

void MergeArticlesCommand::redo() {
    m_model->writeArticle(m_row, m_merged);
    m_model->takeArticleAt(m_row + 1);
}

MoveDisplayLineCommand::MoveDisplayLineCommand(ArticleModel *model, int row, ArticleField from,
                                               int targetRow, ArticleField to, QUndoCommand *parent)
    : QUndoCommand(moveText(from), parent)
    , m_model(model)
    , m_row(row)
    , m_targetRow(targetRow)
    , m_oldSource(model->article(row))
    , m_oldTarget(model->article(targetRow)) {
    std::tie(m_newSource, m_newTarget) = moveDisplayLine(m_oldSource, from, m_oldTarget, to);
    m_newSource.displayMatches =
        matchesOutside(m_oldSource, from) + carriedMatches(m_oldTarget, targetRow, to, row, from);
    m_newTarget.displayMatches =
        matchesOutside(m_oldTarget, to) + carriedMatches(m_oldSource, row, from, targetRow, to);
}

void MoveDisplayLineCommand::undo() {
    m_model->writeArticle(m_targetRow, m_oldTarget);
    m_model->writeArticle(m_row, m_oldSource);
}

void MoveDisplayLineCommand::redo() {
    m_model->writeArticle(m_row, m_newSource);
    m_model->writeArticle(m_targetRow, m_newTarget);
}

SwapHeadlineDeckCommand::SwapHeadlineDeckCommand(ArticleModel *model, int row, QUndoCommand *parent)
    : QUndoCommand(QCoreApplication::translate("Undo", "Swap Headline and Deck"), parent)
    , m_model(model)
    , m_row(row)
    , m_old(model->article(row))
    , m_new(swapHeadlineAndDeck(m_old)) {
    for (DisplayMatch &match : m_new.displayMatches)
        match.field = otherDisplayField(match.field);
}

void SwapHeadlineDeckCommand::undo() {
    m_model->writeArticle(m_row, m_old);
}

void SwapHeadlineDeckCommand::redo() {
    m_model->writeArticle(m_row, m_new);
}

} // namespace galley
