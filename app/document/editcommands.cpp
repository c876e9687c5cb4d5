#include "document/editcommands.h"

#include "document/articlemodel.h"

namespace galley {

ReplaceArticlesCommand::ReplaceArticlesCommand(ArticleModel *model,
                                               QList<std::pair<int, Article>> replacements,
                                               const QString &text, QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , m_model(model)
    , m_new(std::move(replacements)) {
    m_old.reserve(m_new.size());
    for (const auto &[row, article] : std::as_const(m_new))
        m_old.append({row, model->article(row)});
}

void ReplaceArticlesCommand::undo() {
    for (const auto &[row, article] : std::as_const(m_old))
        m_model->writeArticle(row, article);
}

void ReplaceArticlesCommand::redo() {
    for (const auto &[row, article] : std::as_const(m_new))
        m_model->writeArticle(row, article);
}

} // namespace galley
