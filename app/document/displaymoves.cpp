#include "document/displaymoves.h"

#include "text/headlinematcher.h"

#include <algorithm>

namespace galley {

QList<int> displayMoveTargets(const QList<Article> &articles, int row, const QString &display) {
    const int reach = text::HeadlineMatcher::reach;
    QList<std::pair<double, int>> near;
    for (int other = qMax(0, row - reach); other <= qMin(int(articles.size()) - 1, row + reach);
         ++other) {
        if (other != row)
            near.append({text::sharedTextScore(display, articles.at(other).paragraphs), other});
    }
    // The best score first; between equals, the nearer article.
    std::stable_sort(near.begin(), near.end(), [row](const auto &a, const auto &b) {
        if (a.first != b.first)
            return a.first > b.first;
        return std::abs(a.second - row) < std::abs(b.second - row);
    });
    QList<int> targets;
    targets.reserve(articles.size());
    // The runner-up segmentation recorded for this very line leads.
    int recorded = -1;
    for (const DisplayMatch &match : articles.at(row).displayMatches) {
        const int runnerUp = row + match.runnerUp;
        if (match.text == display && match.runnerUp != 0 && runnerUp >= 0 &&
            runnerUp < articles.size()) {
            recorded = runnerUp;
            targets.append(recorded);
            break;
        }
    }
    for (const auto &[score, other] : std::as_const(near)) {
        if (other != recorded)
            targets.append(other);
    }
    for (int other = 0; other < articles.size(); ++other) {
        if (other != row && other != recorded && std::abs(other - row) > reach)
            targets.append(other);
    }
    return targets;
}

std::pair<Article, Article> moveDisplayLine(const Article &source, ArticleField from,
                                            const Article &target, ArticleField to) {
    Article newSource = source;
    Article newTarget = target;
    const QString moved = articleField(source, from);
    const QString displaced = articleField(target, to);
    setArticleField(newTarget, to, moved);
    setArticleField(newSource, from, displaced);
    return {newSource, newTarget};
}

} // namespace galley
