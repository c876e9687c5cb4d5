// Flipping repair decisions as undo commands: the decisions flip in the
// document and the articles they shaped take their new text, in one step.
#pragma once

#include "document/article.h"

#include <QList>
#include <QUndoCommand>

namespace galley {

class Document;

class FlipDecisionsCommand : public QUndoCommand {
public:
    // `changed` holds the articles as the flips leave them (articlesAfterFlips()).
    FlipDecisionsCommand(Document *document, QList<qsizetype> indices,
                         QList<std::pair<int, Article>> changed, const QString &text,
                         QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;

private:
    Document *m_document;
    QList<qsizetype> m_indices;
    QList<std::pair<int, Article>> m_before;
    QList<std::pair<int, Article>> m_after;
};

// Flips `indices` as one undo step named `text`. Returns false, with the
// reason in `error`, when the articles no longer hold the text to rebuild.
bool flipDecisions(Document *document, const QList<qsizetype> &indices, const QString &text,
                   QString *error = nullptr);
// The same for many decisions at once (every instance of a rule): those whose
// text was edited by hand are left out. Returns how many were flipped, and
// how many left out in `skipped`.
int flipDecisionsWherePossible(Document *document, const QList<qsizetype> &indices,
                               const QString &text, int *skipped = nullptr);

} // namespace galley
