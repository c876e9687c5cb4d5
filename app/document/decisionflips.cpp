#include "document/decisionflips.h"

#include "document/paragraphedits.h"
#include "text/blockclassifier.h"
#include "text/byline.h"
#include "text/repair.h"

#include <QCoreApplication>
#include <QMap>
#include <QSet>

#include <algorithm>

namespace galley {

namespace {

using text::Block;
using text::Decision;

bool isBreak(const Decision &decision) {
    return decision.isBoundary() && Decision::isBreakKind(decision.effectiveKind());
}

// A stretch of text between two breaks that no flip touches, and the flips in it.
struct Region {
    qsizetype start = 0;
    qsizetype end = 0;     // one paragraph past the next break (see regionAround)
    qsizetype coreEnd = 0; // the next break: flips before it share the region
    QList<qsizetype> flips;
};

Region regionAround(const QList<Decision> &decisions, const QSet<qsizetype> &flipped,
                    qsizetype index, qsizetype textSize) {
    Region region{0, textSize, textSize, {}};
    // One paragraph before the previous break and one past the next: the
    // blocks around the changed ones tell whether display lines wrap into
    // each other.
    int breaksBefore = 0;
    for (qsizetype j = index - 1; j >= 0; --j) {
        const Decision &d = decisions.at(j);
        if (!flipped.contains(j) && isBreak(d) && ++breaksBefore == 2) {
            region.start = qsizetype(d.position) + d.length;
            break;
        }
    }
    int breaks = 0;
    for (qsizetype k = index + 1; k < decisions.size(); ++k) {
        const Decision &d = decisions.at(k);
        if (flipped.contains(k) || !isBreak(d))
            continue;
        if (++breaks == 1)
            region.coreEnd = d.position;
        if (breaks == 2) {
            region.end = d.position;
            break;
        }
    }
    return region;
}

QList<Region> regionsOf(const QList<Decision> &decisions, const QList<qsizetype> &indices,
                        qsizetype textSize) {
    const QSet<qsizetype> flipped(indices.begin(), indices.end());
    QList<qsizetype> sorted = indices;
    std::sort(sorted.begin(), sorted.end());
    QList<Region> regions;
    for (const qsizetype index : std::as_const(sorted)) {
        if (index < 0 || index >= decisions.size())
            continue;
        // Flips in one paragraph share its region.
        if (!regions.isEmpty() && decisions.at(index).position < regions.constLast().coreEnd) {
            regions.last().flips.append(index);
            continue;
        }
        regions.append(regionAround(decisions, flipped, index, textSize));
        regions.last().flips.append(index);
    }
    return regions;
}

enum class Place { Paragraph, Lead, Kicker, Headline, Deck, Byline };

struct Location {
    int row = -1;
    Place place = Place::Paragraph;
    int paragraph = -1;
};

// The articles near some source lines, found through their source ranges.
class ArticleIndex {
public:
    explicit ArticleIndex(const QList<Article> &articles) {
        for (int row = 0; row < articles.size(); ++row) {
            const LineRange &range = articles.at(row).source;
            if (range.isValid())
                m_ranges.append({range.first, range.last, row});
        }
        std::sort(m_ranges.begin(), m_ranges.end());
        for (qsizetype i = 0; i < m_ranges.size(); ++i)
            m_maxLast.append(qMax(i > 0 ? m_maxLast.at(i - 1) : -1, std::get<1>(m_ranges.at(i))));
    }

    QList<int> rowsNear(int firstLine, int lastLine) const {
        QList<int> rows;
        const auto end = std::upper_bound(m_ranges.begin(), m_ranges.end(),
                                          std::make_tuple(lastLine, INT_MAX, INT_MAX));
        // Walk back while a range could still reach the first line.
        for (qsizetype i = (end - m_ranges.begin()) - 1; i >= 0 && m_maxLast.at(i) >= firstLine;
             --i) {
            if (std::get<1>(m_ranges.at(i)) >= firstLine)
                rows.append(std::get<2>(m_ranges.at(i)));
        }
        std::sort(rows.begin(), rows.end());
        return rows;
    }

private:
    QList<std::tuple<int, int, int>> m_ranges; // first, last, row
    QList<int> m_maxLast;
};

class Rewriter {
public:
    Rewriter(const QList<Article> &articles, const ArticleIndex &index)
        : m_articles(articles)
        , m_index(index) {}

    bool apply(const QList<Block> &before, const QList<Block> &after, int firstLine, int lastLine) {
        m_regionLine = firstLine;
        qsizetype prefix = 0;
        while (prefix < before.size() && prefix < after.size() &&
               sameBlock(before.at(prefix), after.at(prefix)))
            ++prefix;
        qsizetype suffix = 0;
        while (
            suffix < before.size() - prefix && suffix < after.size() - prefix &&
            sameBlock(before.at(before.size() - 1 - suffix), after.at(after.size() - 1 - suffix)))
            ++suffix;
        const QList<Block> oldBlocks = before.mid(prefix, before.size() - prefix - suffix);
        const QList<Block> newBlocks = after.mid(prefix, after.size() - prefix - suffix);
        if (oldBlocks.isEmpty())
            return newBlocks.isEmpty();

        const QList<int> near = m_index.rowsNear(firstLine, lastLine);
        QList<Location> locations;
        for (const Block &block : oldBlocks) {
            const Location location = locate(block.text, near, locations);
            if (location.row < 0)
                return false;
            locations.append(location);
        }
        // Same count and roles: texts change in place. A line turning into a
        // display line or back moves between the body and headline or deck.
        bool sameRoles = oldBlocks.size() == newBlocks.size();
        for (qsizetype i = 0; sameRoles && i < oldBlocks.size(); ++i)
            sameRoles = oldBlocks.at(i).standalone == newBlocks.at(i).standalone;
        if (sameRoles) {
            for (qsizetype i = 0; i < oldBlocks.size(); ++i)
                replaceAt(locations.at(i), oldBlocks.at(i).text, newBlocks.at(i).text);
        } else {
            const qsizetype afterEnd = after.size() - suffix;
            restructure(locations, oldBlocks, newBlocks,
                        prefix > 0 ? &after.at(prefix - 1) : nullptr,
                        afterEnd < after.size() ? &after.at(afterEnd) : nullptr);
        }
        return true;
    }

    QList<std::pair<int, Article>> changed() const {
        QList<std::pair<int, Article>> result;
        for (auto it = m_working.cbegin(); it != m_working.cend(); ++it) {
            if (!(it.value() == m_articles.at(it.key())))
                result.append({it.key(), it.value()});
        }
        return result;
    }

private:
    static bool sameBlock(const Block &a, const Block &b) {
        return a.text == b.text && a.standalone == b.standalone;
    }

    const Article &article(int row) const {
        const auto it = m_working.constFind(row);
        return it != m_working.cend() ? it.value() : m_articles.at(row);
    }

    Article &edit(int row) {
        auto it = m_working.find(row);
        if (it == m_working.end())
            it = m_working.insert(row, m_articles.at(row));
        return it.value();
    }

    // Where `block` stands in article `row`: as a paragraph (whole, or after
    // the byline segmentation took off it), a display line or the byline.
    // Paragraphs already taken by an earlier block of the same run are skipped.
    Location locateIn(int row, const QString &block, const QList<Location> &taken) const {
        const Article &a = article(row);
        int from = 0;
        for (const Location &location : taken) {
            if (location.row == row && location.paragraph >= 0)
                from = qMax(from, location.paragraph + 1);
        }
        const std::optional<text::Lead> lead = text::findLead(block);
        const QString afterLead =
            lead && lead->length > 0 ? text::textAfterLead(block, *lead) : QString();
        for (int p = from; p < a.paragraphs.size(); ++p) {
            if (a.paragraphs.at(p) == block)
                return {row, Place::Paragraph, p};
            if (!afterLead.isEmpty() && a.paragraphs.at(p) == afterLead)
                return {row, Place::Lead, p};
        }
        if (!a.headline.isEmpty() && a.headline == block)
            return {row, Place::Headline, -1};
        if (!a.kicker.isEmpty() && a.kicker == block)
            return {row, Place::Kicker, -1};
        if (!a.deck.isEmpty() && a.deck.contains(block))
            return {row, Place::Deck, -1};
        if (lead && lead->wholeText && !lead->byline.isEmpty() && a.byline.contains(lead->byline))
            return {row, Place::Byline, -1};
        return {};
    }

    Location locate(const QString &block, const QList<int> &near,
                    const QList<Location> &taken) const {
        // The previous block's article first: a run of blocks stays together.
        if (!taken.isEmpty()) {
            for (const int row : {taken.constLast().row, taken.constLast().row + 1}) {
                if (row < m_articles.size()) {
                    if (const Location l = locateIn(row, block, taken); l.row >= 0)
                        return l;
                }
            }
        }
        for (const int row : near) {
            if (const Location l = locateIn(row, block, taken); l.row >= 0)
                return l;
        }
        // A display line may stand far from the article it was matched to.
        for (int row = 0; row < m_articles.size(); ++row) {
            const Article &a = article(row);
            if (a.headline == block || (!a.kicker.isEmpty() && a.kicker == block) ||
                (!a.deck.isEmpty() && a.deck.contains(block)))
                return locateIn(row, block, taken);
        }
        return {};
    }

    static QString paragraphText(const QString &block, const QString &byline) {
        const std::optional<text::Lead> lead = text::findLead(block);
        if (lead && lead->length > 0 && !byline.isEmpty() && byline.contains(lead->byline))
            return text::textAfterLead(block, *lead);
        return block;
    }

    // Takes `line` out of the deck; returns where it stood, for a line that
    // takes its place; -1 when the deck does not hold it.
    static qsizetype removeFromDeck(QString &deck, const QString &line) {
        const qsizetype at = deck.indexOf(line);
        if (at < 0)
            return -1;
        const QString before = deck.left(at).trimmed();
        deck = (before + u' ' + deck.mid(at + line.size())).simplified();
        return before.isEmpty() ? 0 : before.size() + 1;
    }

    // Puts `line` into the deck at `at` (from removeFromDeck(); -1 for the
    // front); returns where a following line goes. Separate display lines
    // stand apart by a space; a line that wraps on into the next joins it as
    // segmentation joined them, CJK without a space (`joinsBefore`: the text
    // before wraps into `line`; `joinsAfter`: `line` wraps into the text after).
    static qsizetype insertIntoDeck(QString &deck, qsizetype at, const QString &line,
                                    bool joinsBefore, bool joinsAfter) {
        auto seam = [](bool joins, const QString &left, const QString &right) {
            return joins && !left.endsWith(u'-') ? joinSeparator(left, right) : QStringLiteral(" ");
        };
        at = qBound<qsizetype>(0, at, deck.size());
        const QString before = deck.left(at).trimmed();
        const QString after = deck.mid(at).trimmed();
        QString joined = before;
        if (!joined.isEmpty())
            joined += seam(joinsBefore, before, line);
        joined += line;
        const qsizetype next = joined.size();
        if (!after.isEmpty())
            joined += seam(joinsAfter, line, after) + after;
        deck = joined;
        return next;
    }

    void replaceAt(const Location &location, const QString &oldText, const QString &newText) {
        Article &a = edit(location.row);
        switch (location.place) {
        case Place::Paragraph:
            a.paragraphs[location.paragraph] = newText;
            break;
        case Place::Lead: {
            const std::optional<text::Lead> oldLead = text::findLead(oldText);
            const std::optional<text::Lead> newLead = text::findLead(newText);
            if (newLead && newLead->length > 0) {
                if (oldLead && oldLead->byline != newLead->byline)
                    a.byline.replace(oldLead->byline, newLead->byline);
                a.paragraphs[location.paragraph] = text::textAfterLead(newText, *newLead);
            } else {
                a.paragraphs[location.paragraph] = newText;
            }
            break;
        }
        case Place::Kicker:
            a.kicker = newText;
            break;
        case Place::Headline:
            a.headline = newText;
            break;
        case Place::Deck:
            a.deck.replace(a.deck.indexOf(oldText), oldText.size(), newText);
            break;
        case Place::Byline: {
            const std::optional<text::Lead> oldLead = text::findLead(oldText);
            const std::optional<text::Lead> newLead = text::findLead(newText);
            a.byline.replace(oldLead->byline, newLead ? newLead->byline : newText.simplified());
            break;
        }
        }
    }

    // The number of blocks or their roles changed (a join became a break,
    // a display line a paragraph): the old blocks leave their places, the new
    // ones go where the first paragraph among them stood, display lines into
    // the headline and deck.
    void restructure(const QList<Location> &locations, const QList<Block> &oldBlocks,
                     const QList<Block> &newBlocks, const Block *preceding,
                     const Block *following) {
        int row = locations.constFirst().row;
        int insertAt = 0;
        bool allDisplay = true;
        for (const Location &location : locations)
            allDisplay =
                allDisplay && (location.place == Place::Kicker ||
                               location.place == Place::Headline || location.place == Place::Deck);
        for (const Location &location : locations) {
            if (location.paragraph >= 0) {
                row = location.row;
                insertAt = location.paragraph;
                break;
            }
        }
        // Display lines joined into one stay a display line.
        const bool inheritDisplay = allDisplay && newBlocks.size() < oldBlocks.size();
        qsizetype deckAt = -1;
        // Remove from the last place first so paragraph indices stay valid.
        for (qsizetype i = locations.size() - 1; i >= 0; --i) {
            const Location &location = locations.at(i);
            Article &a = edit(location.row);
            switch (location.place) {
            case Place::Paragraph:
            case Place::Lead:
                a.paragraphs.removeAt(location.paragraph);
                break;
            case Place::Kicker:
                a.kicker.clear();
                break;
            case Place::Headline:
                a.headline.clear();
                break;
            case Place::Deck:
                if (const qsizetype at = removeFromDeck(a.deck, oldBlocks.at(i).text);
                    location.row == row && at >= 0)
                    deckAt = at;
                break;
            case Place::Byline:
                break;
            }
        }
        Article &target = edit(row);
        bool leading = insertAt == 0;
        bool joinsPrevious = preceding && !newBlocks.isEmpty() &&
                             text::continuesDisplayLine(*preceding, newBlocks.constFirst());
        QMap<int, int> elsewhere; // where the next paragraph goes in another article
        for (qsizetype i = 0; i < newBlocks.size(); ++i) {
            const Block &block = newBlocks.at(i);
            const bool display = block.standalone || inheritDisplay;
            // A block from another article's lines (a break put back where a
            // join had run two articles together) goes back to that article.
            if (const int owner = ownerOf(block, row); owner != row) {
                Article &other = edit(owner);
                if (display && other.headline.isEmpty()) {
                    other.headline = block.text;
                } else if (display) {
                    insertIntoDeck(other.deck, 0, block.text, false, false);
                } else {
                    auto at = elsewhere.find(owner);
                    if (at == elsewhere.end())
                        at =
                            elsewhere.insert(owner, owner > row ? 0 : int(other.paragraphs.size()));
                    other.paragraphs.insert(at.value()++, paragraphText(block.text, other.byline));
                }
                continue;
            }
            if (leading && display && target.headline.isEmpty()) {
                target.headline = block.text;
                continue;
            }
            if (leading && display) {
                const Block *next = i + 1 < newBlocks.size() ? &newBlocks.at(i + 1) : following;
                const bool wraps = next && text::continuesDisplayLine(block, *next);
                deckAt = insertIntoDeck(target.deck, deckAt, block.text, joinsPrevious, wraps);
                joinsPrevious = wraps;
                continue;
            }
            leading = false;
            target.paragraphs.insert(insertAt++, paragraphText(block.text, target.byline));
        }
    }

    // The article whose source lines hold `block`: `row` when it does.
    int ownerOf(const Block &block, int row) const {
        const int line = m_regionLine + block.firstLine;
        const QList<int> rows = m_index.rowsNear(line, line);
        return rows.isEmpty() || rows.contains(row) ? row : rows.constFirst();
    }

    const QList<Article> &m_articles;
    const ArticleIndex &m_index;
    int m_regionLine = 0;
    QMap<int, Article> m_working;
};

} // namespace

QList<Block> blocksBetween(const QString &text, const QList<Decision> &decisions, qsizetype start,
                           qsizetype end) {
    const auto first = std::lower_bound(
        decisions.begin(), decisions.end(), start,
        [](const Decision &d, qsizetype position) { return qsizetype(d.position) < position; });
    QList<Decision> inside;
    for (auto it = first; it != decisions.end() && it->position < end; ++it) {
        if (qsizetype(it->position) + it->length > end)
            continue;
        Decision shifted = *it;
        shifted.position = qint32(it->position - start);
        inside.append(shifted);
    }
    return text::buildBlocks(text.mid(start, end - start), inside);
}

FlipResult articlesAfterFlips(const QList<Article> &articles, const QString &text,
                              const QList<Decision> &decisions, const QList<qsizetype> &indices,
                              const QList<qsizetype> &lineStarts, FlipMode mode) {
    FlipResult result;
    auto lineAt = [&lineStarts](qsizetype position) {
        const auto after = std::upper_bound(lineStarts.begin(), lineStarts.end(), position);
        return int(after - lineStarts.begin()) - 1;
    };
    const ArticleIndex index(articles);
    Rewriter rewriter(articles, index);
    // Region by region, each seeing the flips made before it: regions may
    // overlap by the paragraph each looks past its end.
    QList<Decision> current = decisions;
    for (const Region &region : regionsOf(decisions, indices, text.size())) {
        const QList<Block> before = blocksBetween(text, current, region.start, region.end);
        // Flipped in place (a copy of the list per region would cost its size each time).
        for (const qsizetype flip : region.flips)
            text::flipDecision(current, flip);
        const QList<Block> after = blocksBetween(text, current, region.start, region.end);
        if (rewriter.apply(before, after, lineAt(region.start), lineAt(region.end))) {
            result.applied += region.flips;
            continue;
        }
        for (const qsizetype flip : region.flips)
            text::flipDecision(current, flip);
        result.error = QCoreApplication::translate(
                           "DecisionFlips", "The text this decision shaped was edited by hand "
                                            "(around line %1); flipping it would overwrite that "
                                            "edit.")
                           .arg(lineAt(decisions.at(region.flips.constFirst()).position) + 1);
        result.skipped += region.flips.size();
        if (mode == FlipMode::AllOrNothing)
            return result;
    }
    result.ok = !result.applied.isEmpty();
    result.changed = rewriter.changed();
    return result;
}

} // namespace galley
