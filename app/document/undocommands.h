// The undo commands that change a page's articles. Each changes the data only
// through ArticleModel's primitive writes, so every view updates by itself.
#pragma once

#include "document/article.h"

#include <QUndoCommand>

namespace galley {

class ArticleModel;

// Ids that let consecutive edits of one field merge into one undo step.
enum UndoCommandId {
    SetArticleFieldId = 1,
};

class SetArticleFieldCommand : public QUndoCommand {
public:
    SetArticleFieldCommand(ArticleModel *model, int row, ArticleField field, QString value,
                           QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;
    int id() const override { return SetArticleFieldId; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    ArticleModel *m_model;
    int m_row;
    ArticleField m_field;
    QString m_oldValue;
    QString m_newValue;
};

class InsertArticleCommand : public QUndoCommand {
public:
    InsertArticleCommand(ArticleModel *model, int row, Article article,
                         QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;

private:
    ArticleModel *m_model;
    int m_row;
    Article m_article;
};

class RemoveArticleCommand : public QUndoCommand {
public:
    RemoveArticleCommand(ArticleModel *model, int row, QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;

private:
    ArticleModel *m_model;
    int m_row;
    Article m_article;
};

class MoveArticleCommand : public QUndoCommand {
public:
    MoveArticleCommand(ArticleModel *model, int from, int to, QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;

private:
    ArticleModel *m_model;
    int m_from;
    int m_to;
};

// Swaps one article for an edited copy: the structure edits inside an article
// (split or join paragraphs, swap headline and deck) are all of this kind.
class ReplaceArticleCommand : public QUndoCommand {
public:
    ReplaceArticleCommand(ArticleModel *model, int row, Article article, const QString &text,
                          QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;

private:
    ArticleModel *m_model;
    int m_row;
    Article m_oldArticle;
    Article m_newArticle;
};

} // namespace galley
