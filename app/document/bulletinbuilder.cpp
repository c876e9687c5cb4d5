#include "document/bulletinbuilder.h"

#include "text/repair.h"
#include "text/segmentation.h"

namespace galley {

namespace {

Article articleFromDraft(const text::ArticleDraft &draft) {
    Article article;
    article.headline = draft.headline;
    article.deck = draft.deck;
    article.byline = draft.byline;
    article.paragraphs = draft.paragraphs;
    article.source = {draft.firstLine, draft.lastLine};
    return article;
}

} // namespace

void buildArticles(Bulletin &bulletin, const BuildOptions &options) {
    text::RepairOptions repairOptions;
    repairOptions.language = options.language;
    repairOptions.enabled = options.repair;
    const text::RepairResult repair = text::repairText(bulletin.originalText, repairOptions);

    bulletin.language = repair.language;
    bulletin.articles.clear();
    const QList<text::ArticleDraft> drafts = text::segmentArticles(repair);
    bulletin.articles.reserve(drafts.size());
    for (const text::ArticleDraft &draft : drafts)
        bulletin.articles.append(articleFromDraft(draft));
}

} // namespace galley
