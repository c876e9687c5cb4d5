// Moving a display line (kicker, headline or deck) to the article it really belongs
// to: which articles to offer first, and the edit itself.
#pragma once

#include "document/article.h"

#include <QList>

namespace galley {

// The articles a display line of article `row` may belong to instead, best
// first: the runner-up segmentation recorded for the line (if any), then the
// neighbours the headline matcher compares, ranked by the text they share
// with `display`, then every other article in page order. `row` itself is
// not offered.
QList<int> displayMoveTargets(const QList<Article> &articles, int row, const QString &display);

// The result of moving field `from` of article `source` into field `to` of
// article `target`; whatever `to` held goes back into the emptied field, so
// no text is lost.
std::pair<Article, Article> moveDisplayLine(const Article &source, ArticleField from,
                                            const Article &target, ArticleField to);

} // namespace galley
