#include "document/bulletinbuilder.h"

#include "text/repair.h"
#include "text/segmentation.h"

namespace galley {

namespace {

DisplayMatch matchFromDraft(const text::DisplayDraft &display, int row) {
    DisplayMatch match;
    match.field = display.headline ? ArticleField::Headline : ArticleField::Deck;
    match.text = display.text;
    match.score = display.score;
    match.evidence = display.evidence;
    match.runnerUp = display.runnerUp >= 0 ? display.runnerUp - row : 0;
    match.runnerUpScore = display.runnerUpScore;
    match.source = {display.firstLine, display.lastLine};
    return match;
}

Article articleFromDraft(const text::ArticleDraft &draft, int row) {
    Article article;
    article.headline = draft.headline;
    article.deck = draft.deck;
    article.byline = draft.byline;
    article.paragraphs = draft.paragraphs;
    article.source = {draft.firstLine, draft.lastLine};
    for (const text::DisplayDraft &display : draft.displays)
        article.displayMatches.append(matchFromDraft(display, row));
    return article;
}

} // namespace

void buildArticles(Bulletin &bulletin, const BuildOptions &options) {
    text::RepairOptions repairOptions;
    repairOptions.language = options.language;
    repairOptions.enabled = options.repair;
    repairOptions.cjkLatinSpacing = options.cjkLatinSpacing;
    // A scan's line boxes show what the text can only guess at.
    const text::Geometry geometry = text::geometryFromOcr(bulletin.scan);
    if (!bulletin.scan.isEmpty())
        repairOptions.geometry = &geometry;
    const text::RepairResult repair = text::repairText(bulletin.originalText, repairOptions);

    bulletin.language = repair.language;
    bulletin.decisions = repair.decisions;
    bulletin.articles.clear();
    text::SegmentationOptions segmentationOptions;
    segmentationOptions.takeBylines = options.repair;
    const QList<text::ArticleDraft> drafts = text::segmentArticles(repair, segmentationOptions);
    bulletin.articles.reserve(drafts.size());
    for (qsizetype row = 0; row < drafts.size(); ++row)
        bulletin.articles.append(articleFromDraft(drafts.at(row), int(row)));
}

} // namespace galley
