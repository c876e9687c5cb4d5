// What flipping repair decisions does to a page's articles: the paragraphs
// around each flipped decision are rebuilt from the original text under the
// new decisions, and the articles holding them take the new text. The rest of
// the page, hand edits included, stays as it is.
#pragma once

#include "document/article.h"
#include "text/block.h"
#include "text/decision.h"

#include <QList>
#include <QString>

namespace galley {

struct FlipResult {
    bool ok = false;                        // some flips can be made
    QList<qsizetype> applied;               // the decisions to flip
    int skipped = 0;                        // flips left out (Partial mode)
    QList<std::pair<int, Article>> changed; // rows, and their articles after the flips
    QString error;                          // why a flip cannot be made
};

enum class FlipMode {
    AllOrNothing, // one flip that cannot be made stops them all
    Partial,      // flips that cannot be made are left out
};

// `decisions` are the page's decisions before the flips, `indices` those to
// flip, `lineStarts` where each line of `text` starts. A flip cannot be made
// when the text its decision shaped is no longer in the articles (it was
// edited by hand).
FlipResult articlesAfterFlips(const QList<Article> &articles, const QString &text,
                              const QList<text::Decision> &decisions,
                              const QList<qsizetype> &indices, const QList<qsizetype> &lineStarts,
                              FlipMode mode = FlipMode::AllOrNothing);

// The blocks of the stretch [start, end) of `text`, which must begin and end
// at block boundaries, under those of `decisions` that lie inside it.
QList<text::Block> blocksBetween(const QString &text, const QList<text::Decision> &decisions,
                                 qsizetype start, qsizetype end);

} // namespace galley
