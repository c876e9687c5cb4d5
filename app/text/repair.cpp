#include "text/repair.h"

#include "text/blockbuilder.h"
#include "text/geometryrepair.h"
#include "text/hyphenation.h"
#include "text/linebreaks.h"
#include "text/linefeatures.h"

#include <algorithm>
#include <limits>

namespace galley::text {

namespace {

bool fitsOffsets(const QString &text) {
    return text.size() < std::numeric_limits<qint32>::max();
}

// One decision per line boundary, plus one per space run on lines with CJK
// text: reserving that much spares the list its growth copies.
qsizetype expectedDecisions(const PageFeatures &page) {
    return qsizetype(page.lines.size()) + qsizetype(page.spacing.cjkLineSpaceRuns);
}

// Decides line by line and builds the blocks as it goes; the features of the
// lines passed are let go, so that the blocks take their place in memory.
void decideAndBuild(QStringView text, PageFeatures &page, const RepairOptions &options,
                    RepairResult &result) {
    LineList &lines = page.lines;
    if (lines.empty())
        return;
    const bool chinese = result.language == Language::Chinese;
    const SpacingPolicy spacing = resolveSpacing(options.cjkLatinSpacing, page.spacing, chinese);
    const HyphenResolver hyphens(text, page);
    const BoundaryContext context{text, page, spacing, hyphens, chinese};
    SpacingDecider spaces(text, spacing, chinese);
    BlockBuilder builder(text, lines.front());

    QList<Decision> &decisions = result.decisions;
    decisions.reserve(expectedDecisions(page));
    const size_t count = lines.size();
    size_t released = 0;
    for (size_t line = 0; line < count; ++line) {
        const size_t i = line - released; // its index in what is left of `lines`
        const LineFeatures *previous = i > 0 ? &lines[i - 1] : nullptr;
        const LineFeatures *next = i + 1 < lines.size() ? &lines[i + 1] : nullptr;
        const qsizetype first = decisions.size();
        spaces.decide(lines[i], previous, next, decisions);
        for (qsizetype k = first; k < decisions.size(); ++k)
            builder.add(decisions[k], nullptr);
        if (next) {
            decisions.append(decideBoundary(context, i));
            if (options.geometry)
                applyGeometry(decisions.back(), text, *options.geometry, lines[i].number,
                              next->number);
            builder.add(decisions.back(), next);
        }
        // The next line looks back at this one, not further.
        for (; released < line; ++released)
            lines.pop_front();
    }
    result.blocks = builder.finish();
}

} // namespace

RepairResult repairText(const QString &text, const RepairOptions &options) {
    RepairResult result;
    result.language = resolveLanguage(options.language, text);
    if (!fitsOffsets(text))
        return result;
    PageFeatures page = analysePage(text);
    if (!options.enabled) {
        result.blocks = lineBlocks(text, page);
        return result;
    }
    markDisplayLines(page);
    decideAndBuild(text, page, options, result);
    return result;
}

QList<Block> buildBlocks(const QString &text, const QList<Decision> &decisions) {
    if (!fitsOffsets(text))
        return {};
    return applyDecisions(text, analysePage(text), decisions);
}

qsizetype decisionAt(const QList<Decision> &decisions, qsizetype position) {
    const auto after =
        std::upper_bound(decisions.begin(), decisions.end(), position,
                         [](qsizetype p, const Decision &d) { return p < qsizetype(d.position); });
    if (after == decisions.begin())
        return -1;
    const auto candidate = after - 1;
    const qsizetype end = candidate->position + qsizetype(candidate->length);
    if (position < end || (candidate->length == 0 && position == candidate->position))
        return candidate - decisions.begin();
    return -1;
}

} // namespace galley::text
