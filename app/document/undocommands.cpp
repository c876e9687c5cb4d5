#include "document/undocommands.h"

#include "document/articlemodel.h"

#include <QCoreApplication>

namespace galley {

namespace {

QString fieldEditText(ArticleField field) {
    switch (field) {
    case ArticleField::Kicker:
        return QCoreApplication::translate("Undo", "Edit Kicker");
    case ArticleField::Headline:
        return QCoreApplication::translate("Undo", "Edit Headline");
    case ArticleField::Deck:
        return QCoreApplication::translate("Undo", "Edit Deck");
    case ArticleField::Byline:
        return QCoreApplication::translate("Undo", "Edit Byline");
    case ArticleField::Body:
        return QCoreApplication::translate("Undo", "Edit Body");
    }
    return {};
}

} // namespace

SetArticleFieldCommand::SetArticleFieldCommand(ArticleModel *model, int row, ArticleField field,
                                               QString value, QUndoCommand *parent)
    : QUndoCommand(fieldEditText(field), parent)
    , m_model(model)
    , m_row(row)
    , m_field(field)
    , m_oldValue(articleField(model->article(row), field))
    , m_newValue(std::move(value)) {}

void SetArticleFieldCommand::undo() {
    m_model->writeField(m_row, m_field, m_oldValue);
}

void SetArticleFieldCommand::redo() {
    m_model->writeField(m_row, m_field, m_newValue);
}

bool SetArticleFieldCommand::mergeWith(const QUndoCommand *other) {
    const auto *next = static_cast<const SetArticleFieldCommand *>(other);
    if (next->m_model != m_model || next->m_row != m_row || next->m_field != m_field)
        return false;
    m_newValue = next->m_newValue;
    setObsolete(m_newValue == m_oldValue);
    return true;
}

InsertArticleCommand::InsertArticleCommand(ArticleModel *model, int row, Article article,
                                           QUndoCommand *parent)
    : QUndoCommand(QCoreApplication::translate("Undo", "Insert Article"), parent)
    , m_model(model)
    , m_row(row)
    , m_article(std::move(article)) {}

void InsertArticleCommand::undo() {
    m_model->takeArticleAt(m_row);
}

void InsertArticleCommand::redo() {
    m_model->insertArticleAt(m_row, m_article);
}

RemoveArticleCommand::RemoveArticleCommand(ArticleModel *model, int row, QUndoCommand *parent)
    : QUndoCommand(QCoreApplication::translate("Undo", "Delete Article"), parent)
    , m_model(model)
    , m_row(row)
    , m_article(model->article(row)) {}

void RemoveArticleCommand::undo() {
    m_model->insertArticleAt(m_row, m_article);
}

void RemoveArticleCommand::redo() {
    m_model->takeArticleAt(m_row);
}

MoveArticleCommand::MoveArticleCommand(ArticleModel *model, int from, int to, QUndoCommand *parent)
    : QUndoCommand(to < from ? QCoreApplication::translate("Undo", "Move Article Up")
                             : QCoreApplication::translate("Undo", "Move Article Down"),
                   parent)
    , m_model(model)
    , m_from(from)
    , m_to(to) {}

void MoveArticleCommand::undo() {
    m_model->moveArticleTo(m_to, m_from);
}

void MoveArticleCommand::redo() {
    m_model->moveArticleTo(m_from, m_to);
}

ReplaceArticleCommand::ReplaceArticleCommand(ArticleModel *model, int row, Article article,
                                             const QString &text, QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , m_model(model)
    , m_row(row)
    , m_oldArticle(model->article(row))
    , m_newArticle(std::move(article)) {}

void ReplaceArticleCommand::undo() {
    m_model->writeArticle(m_row, m_oldArticle);
}

void ReplaceArticleCommand::redo() {
    m_model->writeArticle(m_row, m_newArticle);
}

} // namespace galley
