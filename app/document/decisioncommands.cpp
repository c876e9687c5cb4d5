#include "document/decisioncommands.h"

#include "document/decisionflips.h"
#include "document/document.h"

namespace galley {

FlipDecisionsCommand::FlipDecisionsCommand(Document *document, QList<qsizetype> indices,
                                           QList<std::pair<int, Article>> changed,
                                           const QString &text, QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , m_document(document)
    , m_indices(std::move(indices))
    , m_after(std::move(changed)) {
    const ArticleModel *model = document->model();
    m_before.reserve(m_after.size());
    for (const auto &[row, article] : std::as_const(m_after))
        m_before.append({row, model->article(row)});
}

void FlipDecisionsCommand::redo() {
    // Flipping is its own inverse: redo and undo flip the same decisions.
    m_document->flipDecisions(m_indices);
    for (const auto &[row, article] : std::as_const(m_after))
        m_document->model()->writeArticle(row, article);
}

void FlipDecisionsCommand::undo() {
    m_document->flipDecisions(m_indices);
    for (const auto &[row, article] : std::as_const(m_before))
        m_document->model()->writeArticle(row, article);
}

bool flipDecisions(Document *document, const QList<qsizetype> &indices, const QString &text,
                   QString *error) {
    if (indices.isEmpty())
        return false;
    const FlipResult result =
        articlesAfterFlips(document->model()->articles(), document->originalText(),
                           document->decisions(), indices, document->lineStarts());
    if (!result.ok) {
        if (error)
            *error = result.error;
        return false;
    }
    document->undoStack()->push(new FlipDecisionsCommand(document, indices, result.changed, text));
    return true;
}

int flipDecisionsWherePossible(Document *document, const QList<qsizetype> &indices,
                               const QString &text, int *skipped) {
    const FlipResult result = articlesAfterFlips(
        document->model()->articles(), document->originalText(), document->decisions(), indices,
        document->lineStarts(), FlipMode::Partial);
    if (skipped)
        *skipped = result.skipped;
    if (!result.ok)
        return 0;
    document->undoStack()->push(
        new FlipDecisionsCommand(document, result.applied, result.changed, text));
    return int(result.applied.size());
}

} // namespace galley
