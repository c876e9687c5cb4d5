#include "text/headlinematcher.h"

#include "text/blockclassifier.h"
#include "text/prefetch.h"

#include <QVarLengthArray>

#include <algorithm>
#include <array>
#include <cmath>
#include <deque>
#include <vector>

namespace galley::text {

namespace {

// Grams: character pairs in Chinese text (a name such as 密云区总工会 gives five
// of them, in a row), content words and pairs of them in Latin text.
// A gram is a token (its key: a Chinese character's code, a Latin word's
// hash) or a pair of them.
struct Gram {
    quint64 first = 0;
    quint64 second = 0; // a pair's second token
    bool pair = false;
    qsizetype begin = 0; // where it stands in the text it came from
    qsizetype end = 0;
};

bool isCjkCode(char32_t u) {
    return (u >= 0x3040 && u <= 0x30FF) || (u >= 0x3400 && u <= 0x4DBF) ||
           (u >= 0x4E00 && u <= 0x9FFF) || (u >= 0xAC00 && u <= 0xD7AF) ||
           (u >= 0xF900 && u <= 0xFAFF) || (u >= 0x20000 && u <= 0x3FFFF);
}

bool isStopWord(QStringView word) {
    static constexpr std::array<QStringView, 35> words{
        u"about", u"after", u"and",  u"are",   u"been", u"but",  u"for",  u"from",  u"had",
        u"has",   u"have",  u"her",  u"his",   u"into", u"its",  u"more", u"new",   u"not",
        u"over",  u"said",  u"says", u"she",   u"than", u"that", u"the",  u"their", u"they",
        u"this",  u"was",   u"were", u"which", u"who",  u"will", u"with", u"would"};
    Q_ASSERT(std::is_sorted(words.cbegin(), words.cend()));
    return std::binary_search(words.cbegin(), words.cend(), word);
}

// A word, lower case, in a buffer of its own: stemming without allocating.
class WordStem {
public:
    explicit WordStem(QStringView word) {
        for (const QChar c : word.left(capacity))
            m_chars[m_size++] = c.toLower().unicode();
        stem();
    }

    QStringView view() const { return QStringView(m_chars.data(), m_size); }

private:
    static constexpr qsizetype capacity = 48;

    bool endsWith(QStringView suffix) const { return view().endsWith(suffix); }

    bool endsWithDoubledConsonant() const {
        return m_size >= 2 && m_chars[m_size - 1] == m_chars[m_size - 2] &&
               !QStringView(u"aeiouls").contains(QChar(m_chars[m_size - 1]));
    }

    bool dropSuffix(QStringView suffix) {
        constexpr qsizetype keep = 3;
        if (m_size - suffix.size() < keep || !endsWith(suffix))
            return false;
        m_size -= suffix.size();
        if (endsWithDoubledConsonant())
            --m_size;
        return true;
    }

    // CLOSES, closing and closed in a headline and its body all become clos;
    // a light stemmer only has to make the same word meet itself.
    void stem() {
        if (endsWith(u"'s") || endsWith(u"’s"))
            m_size -= 2;
        if (m_size > 4 && endsWith(u"ies")) {
            m_size -= 2;
            m_chars[m_size - 1] = u'y';
        } else if (endsWith(u"sses") || endsWith(u"xes") || endsWith(u"ches") ||
                   endsWith(u"shes")) {
            m_size -= 2;
        } else if (m_size > 3 && endsWith(u"s") && !endsWith(u"ss") && !endsWith(u"us") &&
                   !endsWith(u"is")) {
            --m_size;
        } else if (!dropSuffix(u"ing")) {
            dropSuffix(u"ed");
        }
        if (m_size > 3 && endsWith(u"e"))
            --m_size;
    }

    std::array<char16_t, capacity> m_chars{};
    qsizetype m_size = 0;
};

quint64 mix(quint64 h) {
    // splitmix64's finaliser: spreads the bits of a combined key.
    h ^= h >> 30;
    h *= 0xbf58476d1ce4e5b9ULL;
    h ^= h >> 27;
    h *= 0x94d049bb133111ebULL;
    return h ^ (h >> 31);
}

constexpr quint64 golden = 0x9e3779b97f4a7c15ULL;

// Never 0, which marks an empty slot of a GramTable.
quint64 nonZero(quint64 h) {
    return h ? h : 1;
}

quint64 unigramHash(quint64 key) {
    return nonZero(mix(golden + key));
}

quint64 bigramHash(quint64 first, quint64 second) {
    return nonZero(mix(mix(2 * golden + first) * golden + second));
}

// What grams are known by in a line's sorted list: a hash of their tokens.
quint64 gramHash(const Gram &gram) {
    return gram.pair ? bigramHash(gram.first, gram.second) : unigramHash(gram.first);
}

constexpr quint64 cjkCodeLimit = quint64(1) << 21;

// What a GramTable knows a gram by: a pair of Chinese characters as the two
// codes side by side (exact, and far cheaper than a hash: an article is read
// pair by pair), anything else by its hash.
quint64 gramKey(const Gram &gram) {
    return gram.pair && gram.first < cjkCodeLimit && gram.second < cjkCodeLimit
               ? (gram.first << 21) | gram.second
               : gramHash(gram);
}

// Where a pair of tokens falls in a GramTable's pair filter: far cheaper than
// the pair's hash, which only the pairs that pass need.
quint32 pairSlot(quint64 previousKey, char32_t code) {
    return quint32(((previousKey << 21) ^ code) * golden >> 48);
}

// Punctuation that fills Chinese text (，。、“”《》：), none of it a letter, a
// digit or a space: settled without Qt's character tables.
bool isCommonPunctuation(char16_t u) {
    return (u >= 0x2010 && u <= 0x2027) || (u >= 0x3001 && u <= 0x3004) ||
           (u >= 0x3008 && u <= 0x3020) || (u >= 0xFF01 && u <= 0xFF0F) ||
           (u >= 0xFF1A && u <= 0xFF20);
}

bool isLetterOrNumber(QChar c) {
    return !isCommonPunctuation(c.unicode()) && c.isLetterOrNumber();
}

// A Latin word or a number as grams see it: the hash of its stem, and
// whether it carries meaning (no stop word, no single digit).
struct WordToken {
    quint64 key = 0;
    bool content = false;
};

quint64 wordKeyOf(QStringView stem) {
    return quint64(qHash(stem)) | (quint64(1) << 63);
}

// Digits (years, sums) are their own stem, so they skip the stemmer.
WordToken readWord(QStringView word) {
    constexpr qsizetype longestPlain = 48; // WordStem's capacity
    const bool digits =
        word.size() <= longestPlain && std::all_of(word.cbegin(), word.cend(), [](QChar c) {
            return c.unicode() >= u'0' && c.unicode() <= u'9';
        });
    if (digits)
        return {wordKeyOf(word), word.size() >= 2};
    const WordStem stem(word);
    const QStringView view = stem.view();
    const bool number = view.front().isDigit();
    return {wordKeyOf(view), number ? view.size() >= 2 : view.size() >= 3 && !isStopWord(view)};
}

bool isIdeograph(char16_t unit) {
    return unit >= 0x4E00 && unit <= 0x9FFF;
}

// Calls `onGram` for each gram of `text`, without allocating. Punctuation ends a
// run of tokens, and so does a space after Chinese text (a deck sets its
// clauses apart with spaces); pairs never span a run's end. A pair with a
// Chinese character that `wanted.pair()` refuses can be no gram sought, so it
// is not even hashed: reading an article costs little more than passing over it.
template <typename GramFn, typename GramFilter>
void forEachGram(QStringView text, GramFn onGram, GramFilter wanted) {
    // The token before, and the Latin word that carries meaning before.
    quint64 previousKey = 0;
    qsizetype previousBegin = 0;
    bool previousValid = false;
    bool previousCjk = false;
    quint64 contentKey = 0;
    qsizetype contentBegin = 0;
    bool contentValid = false;

    const QChar *chars = text.data();
    const qsizetype size = text.size();
    qsizetype i = 0;
    while (i < size) {
        const char16_t unit = chars[i].unicode();
        qsizetype end = i + 1;
        if (isIdeograph(unit)) {
            if (previousValid && wanted.pair(previousKey, unit))
                onGram(Gram{previousKey, unit, true, previousBegin, end});
            // The common case, kept short: a run of ideographs.
            char16_t last = unit;
            for (; end < size && isIdeograph(chars[end].unicode()); ++end) {
                const char16_t next = chars[end].unicode();
                if (wanted.pair(last, next))
                    onGram(Gram{last, next, true, end - 1, end + 1});
                last = next;
            }
            previousKey = last;
            previousBegin = end - 1;
            previousValid = previousCjk = true;
            i = end;
            continue;
        }
        char32_t code = unit;
        if (chars[i].isHighSurrogate() && end < size && chars[end].isLowSurrogate())
            code = QChar::surrogateToUcs4(chars[i], chars[end++]);
        if (isCjkCode(code)) {
            if (previousValid && wanted.pair(previousKey, code))
                onGram(Gram{previousKey, code, true, previousBegin, end});
            previousKey = code;
            previousBegin = i;
            previousValid = previousCjk = true;
        } else if (isLetterOrNumber(chars[i])) {
            while (end < size && chars[end].isLetterOrNumber() && !isCjkCode(chars[end].unicode()))
                ++end;
            const WordToken word = readWord(text.mid(i, end - i));
            const quint64 key = word.key;
            // The pair bridging from Chinese text first: grams come in text order.
            if (previousValid && previousCjk)
                onGram(Gram{previousKey, key, true, previousBegin, end});
            if (word.content) {
                onGram(Gram{key, 0, false, i, end});
                if (contentValid)
                    onGram(Gram{contentKey, key, true, contentBegin, end});
                contentKey = key;
                contentBegin = i;
                contentValid = true;
            }
            previousKey = key;
            previousBegin = i;
            previousValid = true;
            previousCjk = false;
        } else {
            // Tested in this order, the usual character (after Chinese text)
            // never reaches Qt's tables.
            const QChar c = chars[i];
            const bool latinJoiner = previousValid && !previousCjk &&
                                     (c.isSpace() || c == u'-' || c == u'\'' || c == u'’');
            if (!latinJoiner)
                previousValid = contentValid = false;
        }
        i = end;
    }
}

// A set of small numbers (65536 slots) as bits, emptied by clearing only the
// bits that were set.
class SlotBits {
public:
    static constexpr quint32 slotCount = 65536;

    SlotBits()
        : m_bits(slotCount / 64, 0) {}

    void add(quint32 slot) {
        quint64 &bits = m_bits[slot / 64];
        const quint64 bit = quint64(1) << (slot % 64);
        if (!(bits & bit)) {
            bits |= bit;
            m_set.push_back(slot);
        }
    }

    bool contains(quint32 slot) const { return (m_bits[slot / 64] >> (slot % 64)) & 1; }

    void clear() {
        for (const quint32 slot : m_set)
            m_bits[slot / 64] = 0;
        m_set.clear();
    }

private:
    std::vector<quint64> m_bits;
    std::vector<quint32> m_set;
};

// How often an article holds each gram of the display lines near it: an open
// addressing table, small enough to stay in cache while the article is read,
// emptied between articles by a new generation rather than by clearing.
class GramTable {
public:
    void reset(qsizetype grams) {
        m_pairs.clear();
        qsizetype capacity = 16;
        m_shift = 64 - 4;
        while (capacity < 2 * grams) {
            capacity *= 2;
            --m_shift;
        }
        if (capacity > qsizetype(m_entries.size())) {
            m_entries.assign(size_t(capacity), Entry{});
            m_generation = 0;
        }
        m_mask = capacity - 1;
        ++m_generation;
    }

    // The pairSlot() of a pair of tokens the grams' display lines hold. Pairs
    // share a slot by chance (one in a few hundred): a false pass only costs
    // a look-up.
    void addPair(quint32 slot) { m_pairs.add(slot); }

    // Where the gram is kept, to read its strength there after counting.
    qsizetype insert(quint64 key) {
        qsizetype slot = home(key);
        while (live(slot) && m_entries[size_t(slot)].key != key)
            slot = (slot + 1) & m_mask;
        m_entries[size_t(slot)] = {key, m_generation, 0};
        return slot;
    }

    // 0 when the article lacks the gram; else 1, plus 1 in the lede (which a
    // headline sums up), plus 2 three times or more (what the article is about).
    quint8 strength(quint64 key) const {
        const qsizetype slot = find(key);
        return slot < 0 ? 0 : strengthAt(slot);
    }

    quint8 strengthAt(qsizetype slot) const {
        const quint8 stats = m_entries[size_t(slot)].stats;
        const int count = stats & countMask;
        if (count == 0)
            return 0;
        constexpr int frequent = 3;
        return quint8(1 + ((stats & ledeBit) ? 1 : 0) + (count >= frequent ? 2 : 0));
    }

    void countText(const QStringList &paragraphs) {
        for (qsizetype p = 0; p < paragraphs.size(); ++p) {
            const QString &paragraph = paragraphs.at(p);
            const quint8 lede = p == 0 ? ledeBit : 0;
            forEachGram(
                paragraph, [&](const Gram &gram) { count(gramKey(gram), lede); }, Wanted{m_pairs});
        }
    }

private:
    static constexpr quint8 countMask = 0x7f;
    static constexpr quint8 ledeBit = 0x80;

    void count(quint64 key, quint8 lede) {
        const qsizetype slot = find(key);
        if (slot < 0)
            return;
        quint8 &stats = m_entries[size_t(slot)].stats;
        if ((stats & countMask) < countMask)
            ++stats;
        stats |= lede;
    }

    // The grams forEachGram() need form for this table.
    struct Wanted {
        const SlotBits &pairs;
        bool pair(quint64 previousKey, char32_t code) const {
            return pairs.contains(pairSlot(previousKey, code));
        }
    };

    bool live(qsizetype slot) const { return m_entries[size_t(slot)].generation == m_generation; }

    // Keys of Chinese pairs are far from random: multiplying spreads them.
    qsizetype home(quint64 key) const { return qsizetype((key * golden) >> m_shift); }

    qsizetype find(quint64 key) const {
        qsizetype slot = home(key);
        while (live(slot)) {
            if (m_entries[size_t(slot)].key == key)
                return slot;
            slot = (slot + 1) & m_mask;
        }
        return -1;
    }

    // A gram, live in the current generation only; one probe reads it whole.
    struct Entry {
        quint64 key = 0;
        quint32 generation = 0;
        quint8 stats = 0; // count (to 127) and the lede bit
    };
    std::vector<Entry> m_entries;
    quint32 m_generation = 0;
    qsizetype m_mask = 0;
    int m_shift = 64;
    SlotBits m_pairs;
};

// A gram of a display line where it stands in the line, in text order.
struct GramPlace {
    quint64 hash = 0;
    qsizetype begin = 0;
    qsizetype end = 0;
};

// The longest stretch of `text` covered by overlapping grams (`places`, the
// line's grams in text order) that are in `shared`. A Latin word pair comes
// right after its second word, so stretches are merged as they come,
// without a list of them.
QString evidenceFor(QStringView text, const GramPlace *places, qsizetype count,
                    const std::vector<quint64> &shared) {
    QStringView best;
    int bestWidth = 0;
    qsizetype begin = -1;
    qsizetype end = -1;
    const auto close = [&] {
        const QStringView stretch = text.mid(begin, end - begin);
        const int width = begin < 0 ? 0 : displayWidth(stretch);
        if (width > bestWidth) {
            best = stretch;
            bestWidth = width;
        }
    };
    for (const GramPlace *gram = places; gram != places + count; ++gram) {
        if (!std::binary_search(shared.cbegin(), shared.cend(), gram->hash))
            continue;
        if (begin >= 0 && gram->begin < end) {
            begin = qMin(begin, gram->begin);
            end = qMax(end, gram->end);
            continue;
        }
        close();
        begin = gram->begin;
        end = gram->end;
    }
    close();
    return best.trimmed().toString();
}

// Position only breaks ties: the article right after a line is the usual
// owner of a headline, the one right before comes next, and those further off
// must share clearly more to win.
double positionPrior(const DisplayLine &line, int article) {
    if (article == line.nextArticle)
        return 0.03;
    if (article == line.previousArticle)
        return 0.02;
    return -0.05;
}

// A score table of lines by candidates, reused from run to run.
class Scores {
public:
    void reset(qsizetype lines, qsizetype candidates) {
        m_values.assign(size_t(lines * candidates), 0.0);
        m_candidates = candidates;
    }

    double &at(qsizetype line, qsizetype candidate) {
        return m_values[size_t(line * m_candidates + candidate)];
    }
    double at(qsizetype line, qsizetype candidate) const {
        return m_values[size_t(line * m_candidates + candidate)];
    }
    qsizetype lines() const { return qsizetype(m_values.size()) / m_candidates; }
    qsizetype candidates() const { return m_candidates; }

private:
    std::vector<double> m_values;
    qsizetype m_candidates = 1;
};

// log((n + 1) / (holders + 0.5)) for every count of holders a run can have,
// for each size n of context met so far: most runs share one or two sizes.
class TellingTable {
public:
    const double *forContext(int contextSize) {
        if (contextSize >= qsizetype(m_values.size()))
            m_values.resize(size_t(contextSize + 1));
        std::vector<double> &values = m_values[size_t(contextSize)];
        if (values.empty()) {
            for (int holders = 0; holders <= contextSize; ++holders)
                values.push_back(holders == 0 ? 0.0
                                              : std::log((contextSize + 1.0) / (holders + 0.5)));
        }
        return values.data();
    }

private:
    std::vector<std::vector<double>> m_values;
};

// What scoring a run needs besides the run: kept from one run to the next.
struct Workspace {
    Scores similarity;
    Scores total;
    Scores best;
    std::vector<qsizetype> from;
    std::vector<int> ordered;
    std::vector<int> free;
    TellingTable telling;
    std::vector<quint64> shared;
};

// The best assignment that keeps the lines of a run in article order.
void orderedAssignment(Workspace &work) {
    const Scores &total = work.total;
    const qsizetype lines = total.lines();
    const qsizetype candidates = total.candidates();
    work.best.reset(lines, candidates);
    work.from.assign(size_t(lines * candidates), 0);
    for (qsizetype k = 0; k < candidates; ++k)
        work.best.at(0, k) = total.at(0, k);
    for (qsizetype i = 1; i < lines; ++i) {
        qsizetype argmax = 0;
        for (qsizetype k = 0; k < candidates; ++k) {
            if (work.best.at(i - 1, k) > work.best.at(i - 1, argmax))
                argmax = k;
            work.best.at(i, k) = work.best.at(i - 1, argmax) + total.at(i, k);
            work.from[size_t(i * candidates + k)] = argmax;
        }
    }
    work.ordered.assign(size_t(lines), 0);
    qsizetype k = 0;
    for (qsizetype c = 1; c < candidates; ++c) {
        if (work.best.at(lines - 1, c) > work.best.at(lines - 1, k))
            k = c;
    }
    for (qsizetype i = lines - 1; i >= 0; --i) {
        work.ordered[size_t(i)] = int(k);
        k = work.from[size_t(i * candidates + k)];
    }
}

void freeAssignment(Workspace &work) {
    const Scores &total = work.total;
    work.free.assign(size_t(total.lines()), 0);
    for (qsizetype i = 0; i < total.lines(); ++i) {
        for (qsizetype c = 1; c < total.candidates(); ++c) {
            if (total.at(i, c) > total.at(i, work.free[size_t(i)]))
                work.free[size_t(i)] = int(c);
        }
    }
}

double sumOf(const Scores &total, const std::vector<int> &choice) {
    double sum = 0;
    for (qsizetype i = 0; i < total.lines(); ++i)
        sum += total.at(i, choice[size_t(i)]);
    return sum;
}

// A filter for forEachGram() that passes every gram and notes, in `pairs`,
// the pairSlot() of each pair of tokens it was asked about.
struct PairRecorder {
    std::vector<quint32> &pairs;
    bool pair(quint64 previousKey, char32_t code) const {
        pairs.push_back(pairSlot(previousKey, code));
        return true;
    }
};

// A gram of a display line: its hash orders the line's grams, its key finds
// it in a GramTable.
struct GramId {
    quint64 hash = 0;
    quint64 key = 0;

    bool operator<(const GramId &other) const { return hash < other.hash; }
    bool operator==(const GramId &other) const { return hash == other.hash; }
};

// The grams of `text`, sorted by hash, each once, appended to `grams`; the
// pairSlot() of their pairs of tokens, to `pairs`; and where each stands, in
// text order, to `places`.
void appendGrams(QStringView text, std::vector<GramId> &grams, std::vector<quint32> &pairs,
                 std::vector<GramPlace> &places) {
    const auto begin = qsizetype(grams.size());
    forEachGram(
        text,
        [&](const Gram &gram) {
            const quint64 hash = gramHash(gram);
            grams.push_back({hash, gramKey(gram)});
            places.push_back({hash, gram.begin, gram.end});
        },
        PairRecorder{pairs});
    const auto first = grams.begin() + begin;
    std::sort(first, grams.end());
    grams.erase(std::unique(first, grams.end()), grams.end());
}

// Display lines standing together, and the articles they are compared with.
struct Run {
    qsizetype first = 0; // index of its first line
    qsizetype count = 0;
    int low = 0; // candidates, inclusive
    int high = -1;
    int contextLow = 0; // articles that weigh the grams, inclusive
    int contextHigh = -1;

    int contextSize() const { return contextHigh - contextLow + 1; }
};

Run runOf(const QList<DisplayLine> &lines, qsizetype first, qsizetype count, int articles) {
    Run run;
    run.first = first;
    run.count = count;
    const DisplayLine &line = lines.at(first);
    const int anchorLow = line.previousArticle >= 0 ? line.previousArticle : line.nextArticle;
    const int anchorHigh = line.nextArticle >= 0 ? line.nextArticle : line.previousArticle;
    if (anchorLow < 0 || articles == 0)
        return run; // no article to give the lines to: empty ranges
    const int last = articles - 1;
    run.low = qMax(0, anchorLow - HeadlineMatcher::reach + 1);
    run.high = qMin(last, anchorHigh + HeadlineMatcher::reach - 1);
    run.contextLow = qMax(0, anchorLow - HeadlineMatcher::context + 1);
    run.contextHigh = qMin(last, anchorHigh + HeadlineMatcher::context - 1);
    return run;
}

// The runs of display lines that have articles to go to, in page order. Both
// ends of their contexts only grow down the page.
QList<Run> runsOf(const QList<DisplayLine> &lines, int articles) {
    QList<Run> runs;
    for (qsizetype start = 0; start < lines.size();) {
        qsizetype end = start + 1;
        while (end < lines.size() && lines.at(end).run == lines.at(start).run)
            ++end;
        const Run run = runOf(lines, start, end - start, articles);
        if (run.high >= run.low) // runs without articles would stop the window
            runs.append(run);
        start = end;
    }
    return runs;
}

// A run's grams, line by line, and how strongly each article near it holds
// them: kept only while the run is near the article being read, so the
// memory it takes is reused down the page.
class RunGrams {
public:
    void load(const Run &run, const QList<DisplayLine> &lines) {
        m_run = run;
        m_ids.clear();
        m_pairs.clear();
        m_places.clear();
        m_start.assign(1, 0);
        m_placeStart.assign(1, 0);
        for (qsizetype line = run.first; line < run.first + run.count; ++line) {
            constexpr qsizetype ahead = 4;
            if (line + ahead < lines.size())
                prefetchText(lines.at(line + ahead).text);
            appendGrams(lines.at(line).text, m_ids, m_pairs, m_places);
            m_start.push_back(qsizetype(m_ids.size()));
            m_placeStart.push_back(qsizetype(m_places.size()));
        }
        m_strengths.assign(m_ids.size() * size_t(run.contextSize()), 0);
    }

    const Run &run() const { return m_run; }
    qsizetype gramCount() const { return qsizetype(m_ids.size()); }
    const std::vector<GramId> &ids() const { return m_ids; }
    const std::vector<quint32> &pairs() const { return m_pairs; }

    // Line `i` of the run.
    qsizetype count(qsizetype i) const { return m_start[size_t(i + 1)] - m_start[size_t(i)]; }
    quint64 hash(qsizetype i, qsizetype gram) const {
        return m_ids[size_t(m_start[size_t(i)] + gram)].hash;
    }
    const GramPlace *places(qsizetype i) const { return m_places.data() + m_placeStart[size_t(i)]; }
    qsizetype placeCount(qsizetype i) const {
        return m_placeStart[size_t(i + 1)] - m_placeStart[size_t(i)];
    }

    // The strengths of a gram of line `i` in the articles of the context, in order.
    const quint8 *strengths(qsizetype i, qsizetype gram) const {
        return &m_strengths[size_t((m_start[size_t(i)] + gram) * m_run.contextSize())];
    }
    quint8 strength(qsizetype i, qsizetype gram, int article) const {
        return strengths(i, gram)[article - m_run.contextLow];
    }
    // The strength of the run's `gram`-th gram, all lines counted, in `article`.
    void setStrength(qsizetype gram, int article, quint8 strength) {
        Q_ASSERT(article >= m_run.contextLow && article <= m_run.contextHigh);
        m_strengths[size_t(gram * m_run.contextSize() + (article - m_run.contextLow))] = strength;
    }

private:
    Run m_run;
    std::vector<GramId> m_ids; // line i's, sorted: [m_start[i], m_start[i + 1])
    std::vector<qsizetype> m_start;
    std::vector<quint32> m_pairs;
    std::vector<GramPlace> m_places; // line i's, in text order
    std::vector<qsizetype> m_placeStart;
    std::vector<quint8> m_strengths; // [gram][article - contextLow]
};

// The runs near the article being read: they enter as the article of their
// context's start comes, and leave, matched, after the one at its end.
class RunWindow {
public:
    void enter(const Run &run, const QList<DisplayLine> &lines) {
        if (m_spare.empty()) {
            m_runs.emplace_back();
        } else {
            m_runs.push_back(std::move(m_spare.back()));
            m_spare.pop_back();
        }
        m_runs.back().load(run, lines);
    }

    bool isEmpty() const { return m_runs.empty(); }
    RunGrams &front() { return m_runs.front(); }
    std::deque<RunGrams> &runs() { return m_runs; }

    void leave() {
        m_spare.push_back(std::move(m_runs.front()));
        m_runs.pop_front();
    }

private:
    std::deque<RunGrams> m_runs;
    std::vector<RunGrams> m_spare; // their memory is reused
};

// Reads `body`, article `article`, once for all the runs near it.
void measureStrengths(int article, const QStringList &body, std::deque<RunGrams> &runs,
                      GramTable &table, std::vector<qsizetype> &tableSlots) {
    qsizetype gramCount = 0;
    for (const RunGrams &grams : runs)
        gramCount += grams.gramCount();
    table.reset(gramCount);
    tableSlots.clear();
    for (const RunGrams &grams : runs) {
        for (const quint32 pair : grams.pairs())
            table.addPair(pair);
        for (const GramId &id : grams.ids())
            tableSlots.push_back(table.insert(id.key));
    }
    table.countText(body);
    size_t next = 0; // the slots come back in the order they were taken
    for (RunGrams &grams : runs) {
        for (qsizetype g = 0; g < grams.gramCount(); ++g)
            grams.setStrength(g, article, table.strengthAt(tableSlots[next++]));
    }
}

// Scores every line of a run against its candidates and assigns them.
void matchRun(const RunGrams &grams, const QList<DisplayLine> &lines, Workspace &work,
              QList<DisplayMatch> &matches) {
    const Run &run = grams.run();
    const int count = run.high - run.low + 1;
    const int contextSize = run.contextSize();
    const double *tellingFor = work.telling.forContext(contextSize);
    // holding() of each strength, 0 to 4.
    static constexpr std::array<double, 5> held{0.0, 0.5, 0.75, 0.75, 1.0};
    work.similarity.reset(run.count, count);
    work.total.reset(run.count, count);
    for (qsizetype i = 0; i < run.count; ++i) {
        const qsizetype line = run.first + i;
        const qsizetype gramCount = grams.count(i);
        // A gram every neighbour holds (工会, 职工) tells little; one that a
        // single article holds (昌平) tells much; one that none holds, nothing.
        double whole = 0;
        for (qsizetype g = 0; g < gramCount; ++g) {
            const quint8 *row = grams.strengths(i, g);
            int holders = 0;
            for (int a = 0; a < contextSize; ++a)
                holders += row[a] > 0 ? 1 : 0;
            const double telling = tellingFor[holders];
            whole += telling;
            for (int c = 0; c < count; ++c)
                work.similarity.at(i, c) += telling * held[row[run.low - run.contextLow + c]];
        }
        for (int c = 0; c < count; ++c) {
            double &similarity = work.similarity.at(i, c);
            similarity = whole > 0 ? similarity / whole : 0.0;
            work.total.at(i, c) = similarity + positionPrior(lines.at(line), run.low + c);
        }
    }

    orderedAssignment(work);
    freeAssignment(work);
    constexpr double clearlyOtherwise = 0.15;
    const std::vector<int> &choice =
        sumOf(work.total, work.free) > sumOf(work.total, work.ordered) + clearlyOtherwise
            ? work.free
            : work.ordered;

    for (qsizetype i = 0; i < run.count; ++i) {
        const qsizetype line = run.first + i;
        DisplayMatch &match = matches[line];
        const int c = choice[size_t(i)];
        match.article = run.low + c;
        match.score = work.similarity.at(i, c);
        work.shared.clear();
        for (qsizetype g = 0; g < grams.count(i); ++g) {
            if (grams.strength(i, g, match.article) > 0)
                work.shared.push_back(grams.hash(i, g)); // ascending, as the line's grams are
        }
        match.evidence =
            evidenceFor(lines.at(line).text, grams.places(i), grams.placeCount(i), work.shared);
        int runnerUp = -1;
        for (int other = 0; other < count; ++other) {
            if (other != c &&
                (runnerUp < 0 || work.total.at(i, other) > work.total.at(i, runnerUp)))
                runnerUp = other;
        }
        if (runnerUp >= 0) {
            match.runnerUp = run.low + runnerUp;
            match.runnerUpScore = work.similarity.at(i, runnerUp);
        }
    }
}

bool hasCjk(QStringView text) {
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) { return isCjkCode(c.unicode()); });
}

// 走访一线医务人员 慰问值守干部职工: clauses set apart by spaces, a deck's style.
bool readsAsDeck(QStringView text) {
    text = text.trimmed();
    for (qsizetype i = 1; i + 1 < text.size(); ++i) {
        if ((text.at(i) == u' ' || text.at(i) == u'\u3000') &&
            isCjkCode(text.at(i - 1).unicode()) && isCjkCode(text.at(i + 1).unicode()))
            return true;
    }
    return false;
}

bool inCapitals(QStringView text) {
    bool anyLetter = false;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        const bool latin = u < 0x80      ? (u >= u'A' && u <= u'Z') || (u >= u'a' && u <= u'z')
                           : u >= 0x2E80 ? false
                                         : c.isLetter() && c.script() == QChar::Script_Latin;
        if (latin) {
            anyLetter = true;
            if (c.isLower())
                return false;
        }
    }
    return anyLetter;
}

} // namespace

HeadlineMatcher::HeadlineMatcher(const QList<QStringList> &articleBodies)
    : m_bodies(articleBodies) {}

// Reads the articles in page order, each once for all the runs near it, and
// matches a run as soon as the last article near it has been read: what a run
// needs is made when it comes near and dropped when it is matched.
QList<DisplayMatch> HeadlineMatcher::match(const QList<DisplayLine> &lines) const {
    QList<DisplayMatch> matches(lines.size());
    const QList<Run> runs = runsOf(lines, int(m_bodies.size()));
    RunWindow window;
    GramTable table;
    std::vector<qsizetype> tableSlots;
    Workspace work;
    qsizetype next = 0;
    for (int article = 0; article < m_bodies.size(); ++article) {
        for (; next < runs.size() && runs.at(next).contextLow <= article; ++next)
            window.enter(runs.at(next), lines);
        if (window.isEmpty())
            continue; // no display line near: the article need not be read
        measureStrengths(article, m_bodies.at(article), window.runs(), table, tableSlots);
        while (!window.isEmpty() && window.front().run().contextHigh <= article) {
            matchRun(window.front(), lines, work, matches);
            window.leave();
        }
    }
    return matches;
}

double sharedTextScore(QStringView display, const QStringList &body) {
    std::vector<GramId> grams;
    std::vector<quint32> pairs;
    std::vector<GramPlace> places;
    appendGrams(display, grams, pairs, places);
    if (grams.empty())
        return 0.0;
    GramTable table;
    table.reset(qsizetype(grams.size()));
    for (const quint32 pair : pairs)
        table.addPair(pair);
    for (const GramId &gram : grams)
        table.insert(gram.key);
    table.countText(body);
    const qsizetype found = std::count_if(grams.cbegin(), grams.cend(), [&](const GramId &gram) {
        return table.strength(gram.key) > 0;
    });
    return double(found) / double(grams.size());
}

int chooseHeadline(const QList<DisplayLine> &lines) {
    if (lines.size() <= 1)
        return 0;
    struct Look {
        bool deck = false;     // clauses set apart by spaces
        bool capitals = false; // Latin letters, all capitals
        bool smallLetters = false;
        int width = 0;
    };
    QVarLengthArray<Look, 8> looks;
    for (const DisplayLine &line : lines) {
        const bool capitals = inCapitals(line.text);
        looks.append({readsAsDeck(line.text), capitals, !capitals && !hasCjk(line.text),
                      displayWidth(line.text)});
    }
    const bool anyInSmallLetters = std::any_of(looks.cbegin(), looks.cend(),
                                               [](const Look &look) { return look.smallLetters; });
    const auto headlineScore = [&](qsizetype i) {
        const DisplayLine &line = lines.at(i);
        double score = i == 0 ? 2.0 : 0.0; // the main title is read first
        // Typography outweighs order: a deck's clauses stand apart, and a
        // headline in capitals stands over lines in small letters.
        if (looks.at(i).deck)
            score -= 2.5;
        if (looks.at(i).capitals && anyInSmallLetters)
            score += 2.5;
        // A kicker: a short line right above a longer one in the same run.
        if (i + 1 < lines.size() && lines.at(i + 1).run == line.run &&
            lines.at(i + 1).firstLine == line.lastLine + 1 && !looks.at(i + 1).deck &&
            looks.at(i).width * 2 < looks.at(i + 1).width)
            score -= 3.0;
        return score;
    };
    qsizetype best = 0;
    double bestScore = headlineScore(0);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const double score = headlineScore(i);
        if (score > bestScore) {
            best = i;
            bestScore = score;
        }
    }
    return int(best);
}

} // namespace galley::text
