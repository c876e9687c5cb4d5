#include "text/segmentation.h"

namespace galley::text {

namespace {

bool startsWithByline(const QString &text) {
    return text.startsWith(u"本报讯") || text.startsWith(u"本报记者") || text.startsWith(u"By ");
}

void extend(ArticleDraft &draft, const Block &block) {
    if (draft.firstLine < 0)
        draft.firstLine = block.firstLine;
    draft.lastLine = block.lastLine;
}

} // namespace

QList<ArticleDraft> segmentArticles(const RepairResult &repair) {
    QList<ArticleDraft> articles;
    ArticleDraft current;
    for (const Block &block : repair.blocks) {
        if (startsWithByline(block.text) && !current.paragraphs.isEmpty()) {
            articles.append(current);
            current = {};
        }
        current.paragraphs.append(block.text);
        extend(current, block);
    }
    if (!current.paragraphs.isEmpty())
        articles.append(current);
    return articles;
}

} // namespace galley::text
