#include "document/bulletinbuilder.h"

#include "text/repair.h"
#include "text/segmentation.h"

namespace galley {

namespace {

// The drafts are not needed after: their strings move into the articles.
DisplayMatch matchFromDraft(text::DisplayDraft &display, int row) {
    DisplayMatch match;
    match.field = display.headline ? ArticleField::Headline : ArticleField::Deck;
    match.text = std::move(display.text);
    match.score = display.score;
    match.evidence = std::move(display.evidence);
    match.runnerUp = display.runnerUp >= 0 ? display.runnerUp - row : 0;
    match.runnerUpScore = display.runnerUpScore;
    match.source = {display.firstLine, display.lastLine};
    return match;
}

Article articleFromDraft(text::ArticleDraft &draft, int row) {
    Article article;
    article.headline = std::move(draft.headline);
    article.deck = std::move(draft.deck);
    article.byline = std::move(draft.byline);
    article.paragraphs = std::move(draft.paragraphs);
    article.source = {draft.firstLine, draft.lastLine};
    article.displayMatches.reserve(draft.displays.size());
    for (text::DisplayDraft &display : draft.displays)
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
    QList<text::ArticleDraft> drafts = text::segmentArticles(repair, segmentationOptions);
    bulletin.articles.reserve(drafts.size());
    for (qsizetype row = 0; row < drafts.size(); ++row)
        bulletin.articles.append(articleFromDraft(drafts[row], int(row)));
}

} // namespace galley
