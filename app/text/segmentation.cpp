#include "text/segmentation.h"

#include "text/blockclassifier.h"
#include "text/headlinematcher.h"
#include "text/prefetch.h"

#include <algorithm>
#include <vector>

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
    QList<DisplayLine> &lines() { return m_lines; }

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

// The line's text and the match's evidence are moved, not copied: neither
// is needed after, and a copy would have to reach each string's counter,
// long out of the cache on a long page.
DisplayDraft draftOf(DisplayLine &line, DisplayMatch &match) {
    DisplayDraft draft;
    draft.text = std::move(line.text);
    draft.firstLine = line.firstLine;
    draft.lastLine = line.lastLine;
    draft.score = match.score;
    draft.evidence = std::move(match.evidence);
    draft.runnerUp = match.runnerUp;
    draft.runnerUpScore = match.runnerUpScore;
    return draft;
}

// The display lines of each article, in page order: those of article a are
// lines[order[start[a]]] to lines[order[start[a + 1] - 1]].
struct LinesByArticle {
    std::vector<qsizetype> order;
    std::vector<qsizetype> start;
};

LinesByArticle linesByArticle(const QList<DisplayMatch> &matches, qsizetype articles) {
    LinesByArticle result;
    result.start.assign(size_t(articles + 1), 0);
    for (const DisplayMatch &match : matches) {
        if (match.article >= 0)
            ++result.start[size_t(match.article + 1)];
    }
    for (qsizetype a = 0; a < articles; ++a)
        result.start[size_t(a + 1)] += result.start[size_t(a)];
    result.order.resize(size_t(result.start.back()));
    std::vector<qsizetype> next(result.start.cbegin(), result.start.cend() - 1);
    for (qsizetype i = 0; i < matches.size(); ++i) {
        const int article = matches.at(i).article;
        if (article >= 0)
            result.order[size_t(next[size_t(article)]++)] = i;
    }
    return result;
}

// Gives an article its headline and deck from the lines matched to it
// (`indices`, in page order), taking their text. `group` is room for
// chooseHeadline(), reused.
void applyDisplays(ArticleDraft &article, QList<DisplayLine> &lines, QList<DisplayMatch> &matches,
                   const qsizetype *indices, qsizetype count, QList<DisplayLine> &group) {
    if (count == 0)
        return;
    group.clear();
    for (qsizetype k = 0; k < count; ++k)
        group.append(std::move(lines[indices[k]]));
    const int headline = chooseHeadline(group);
    article.displays.reserve(count);
    QString deck;
    bool anyDeck = false;
    for (qsizetype k = 0; k < count; ++k) {
        DisplayDraft draft = draftOf(group[k], matches[indices[k]]);
        draft.headline = k == headline;
        if (draft.headline) {
            article.headline = draft.text;
        } else {
            // The deck's lines joined by spaces; one line is the deck itself.
            if (anyDeck)
                deck += u' ' + draft.text;
            else
                deck = draft.text;
            anyDeck = true;
        }
        article.firstLine =
            article.firstLine < 0 ? draft.firstLine : qMin(article.firstLine, draft.firstLine);
        article.lastLine = qMax(article.lastLine, draft.lastLine);
        article.displays.append(std::move(draft));
    }
    article.deck = deck;
}

// Asks for the text of the display lines about to be given to their
// articles: the lines were read long before, and each lives apart in memory.
void prefetchLines(const QList<DisplayLine> &lines, const LinesByArticle &byArticle, qsizetype from,
                   qsizetype to) {
    for (qsizetype k = from; k < to && k < qsizetype(byArticle.order.size()); ++k)
        prefetch(lines.at(byArticle.order[size_t(k)]).text.constData());
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
    QList<DisplayLine> &lines = layout.lines();
    QList<DisplayMatch> matches = HeadlineMatcher(bodies).match(lines);

    // Lines come in page order, so each article's lines stay in reading order.
    const LinesByArticle byArticle = linesByArticle(matches, articles.size());
    QList<DisplayLine> group;
    constexpr qsizetype ahead = 16;
    prefetchLines(lines, byArticle, 0, ahead);
    for (qsizetype a = 0; a < articles.size(); ++a) {
        const qsizetype first = byArticle.start[size_t(a)];
        const qsizetype end = byArticle.start[size_t(a + 1)];
        prefetchLines(lines, byArticle, first + ahead, end + ahead);
        applyDisplays(articles[a], lines, matches, byArticle.order.data() + first, end - first,
                      group);
    }
    return articles;
}

} // namespace galley::text
