// Undo commands of the editor that change several articles at once in one
// step, such as Replace All.
#pragma once

#include "document/article.h"

#include <QList>
#include <QUndoCommand>

namespace galley {

class ArticleModel;

// Replaces some articles by edited copies; undo puts the originals back.
class ReplaceArticlesCommand : public QUndoCommand {
public:
    ReplaceArticlesCommand(ArticleModel *model, QList<std::pair<int, Article>> replacements,
                           const QString &text, QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;

private:
    ArticleModel *m_model;
    QList<std::pair<int, Article>> m_old;
    QList<std::pair<int, Article>> m_new;
};

} // namespace galley
