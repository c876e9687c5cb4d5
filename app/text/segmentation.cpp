#include "text/segmentation.h"

#include "text/blockclassifier.h"
#include "text/headlinematcher.h"

#include <algorithm>

namespace galley::text {

namespace {

// The articles' text and the display lines between them, before matching.
class Layout {
public:
    explicit Layout(const SegmentationOptions &options)
        : m_options(options) {}

    void add(const ClassifiedBlock &unit) {
        switch (unit.kind) {
        case BlockKind::Display:
            addDisplay(unit);
            break;
        case BlockKind::Lead:
            addLead(unit);
            break;
        case BlockKind::Body:
            if (m_articles.isEmpty() || m_inRun)
                startArticle();
            addParagraph(unit.text, unit);
            break;
        case BlockKind::Aside:
            addAside(unit);
            break;
        }
    }

    // Display lines with no article at all still make one, so no text is lost.
    void finish() {
        if (m_articles.isEmpty() && !m_lines.isEmpty())
            startArticle();
    }

    QList<ArticleDraft> &articles() { return m_articles; }
    const QList<DisplayLine> &lines() const { return m_lines; }

private:
    ArticleDraft &current() { return m_articles.back(); }

    void addDisplay(const ClassifiedBlock &unit) {
        if (!m_inRun) {
            ++m_run;
            m_inRun = true;
        }
        DisplayLine line;
        line.text = unit.text;
        line.firstLine = unit.firstLine;
        line.lastLine = unit.lastLine;
        line.previousArticle = int(m_articles.size()) - 1;
        line.run = m_run;
        m_lines.append(line);
    }

    void addLead(const ClassifiedBlock &unit) {
        // A credit line and the dateline paragraph under it open one article.
        const bool sameArticle = !m_articles.isEmpty() && !m_inRun &&
                                 current().paragraphs.isEmpty() &&
                                 (current().byline.isEmpty() || unit.lead.byline.isEmpty());
        if (!sameArticle)
            startArticle();
        if (!m_options.takeBylines) {
            addParagraph(unit.text, unit);
            return;
        }
        if (!unit.lead.byline.isEmpty()) {
            QString &byline = current().byline;
            byline = byline.isEmpty() ? unit.lead.byline : byline + u' ' + unit.lead.byline;
        }
        const QString rest = textAfterLead(unit.text, unit.lead);
        if (!rest.isEmpty())
            addParagraph(rest, unit);
        else
            extend(unit);
    }

    // Captions and credits stay in the article they stand in, or the first one.
    void addAside(const ClassifiedBlock &unit) {
        if (m_articles.isEmpty())
            m_pendingAsides.append(unit);
        else
            addParagraph(unit.text, unit);
    }

    void addParagraph(const QString &text, const ClassifiedBlock &unit) {
        current().paragraphs.append(text);
        extend(unit);
    }

    void extend(const ClassifiedBlock &unit) {
        ArticleDraft &article = current();
        if (article.firstLine < 0 || unit.firstLine < article.firstLine)
            article.firstLine = unit.firstLine;
        article.lastLine = qMax(article.lastLine, unit.lastLine);
    }

    // An article with nothing but a byline yet is still open: no new one.
    void startArticle() {
        if (m_articles.isEmpty() || !current().paragraphs.isEmpty())
            m_articles.append(ArticleDraft{});
        const int index = int(m_articles.size()) - 1;
        for (auto line = m_lines.rbegin(); line != m_lines.rend() && line->nextArticle < 0; ++line)
            line->nextArticle = index;
        m_inRun = false;
        for (const ClassifiedBlock &aside : std::as_const(m_pendingAsides))
            addParagraph(aside.text, aside);
        m_pendingAsides.clear();
    }

    SegmentationOptions m_options;
    QList<ArticleDraft> m_articles;
    QList<DisplayLine> m_lines;
    QList<ClassifiedBlock> m_pendingAsides;
    int m_run = 0;
    bool m_inRun = false; // display lines stand after the current article's text
};

DisplayDraft draftOf(const DisplayLine &line, const DisplayMatch &match) {
    DisplayDraft draft;
    draft.text = line.text;
    draft.firstLine = line.firstLine;
    draft.lastLine = line.lastLine;
    draft.score = match.score;
    draft.evidence = match.evidence;
    draft.runnerUp = match.runnerUp;
    draft.runnerUpScore = match.runnerUpScore;
    return draft;
}

// Gives an article its headline and deck from the lines matched to it.
void applyDisplays(ArticleDraft &article, const QList<DisplayLine> &lines,
                   const QList<DisplayMatch> &matches) {
    if (lines.isEmpty())
        return;
    const int headline = chooseHeadline(lines);
    QStringList deck;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        DisplayDraft draft = draftOf(lines.at(i), matches.at(i));
        draft.headline = i == headline;
        if (draft.headline)
            article.headline = draft.text;
        else
            deck.append(draft.text);
        article.displays.append(draft);
        article.firstLine =
            article.firstLine < 0 ? draft.firstLine : qMin(article.firstLine, draft.firstLine);
        article.lastLine = qMax(article.lastLine, draft.lastLine);
    }
    article.deck = deck.join(u' ');
}

} // namespace

QList<ArticleDraft> segmentArticles(const RepairResult &repair,
                                    const SegmentationOptions &options) {
    Layout layout(options);
    classifyBlocks(repair.blocks, [&](const ClassifiedBlock &unit) { layout.add(unit); });
    layout.finish();

    QList<ArticleDraft> &articles = layout.articles();
    QList<QStringList> bodies;
    bodies.reserve(articles.size());
    for (const ArticleDraft &article : std::as_const(articles))
        bodies.append(article.paragraphs);
    const QList<DisplayLine> &lines = layout.lines();
    const QList<DisplayMatch> matches = HeadlineMatcher(bodies).match(lines);

    // Lines come in page order, so each article's lines stay in reading order.
    QList<QList<DisplayLine>> linesOf(articles.size());
    QList<QList<DisplayMatch>> matchesOf(articles.size());
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const int article = matches.at(i).article;
        if (article < 0)
            continue;
        linesOf[article].append(lines.at(i));
        matchesOf[article].append(matches.at(i));
    }
    for (qsizetype a = 0; a < articles.size(); ++a)
        applyDisplays(articles[a], linesOf.at(a), matchesOf.at(a));
    return articles;
}

} // namespace galley::text
