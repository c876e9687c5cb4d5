#include "text/headlinematcher.h"

#include "text/blockclassifier.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <vector>

namespace galley::text {

namespace {

// Grams: character pairs in Chinese text (a name such as 密云区总工会 gives five
// of them, in a row), content words and pairs of them in Latin text.
struct Gram {
    quint64 hash = 0;
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

// Every character passes.
struct AnyCharacter {
    bool operator()(char32_t) const { return true; }
};

// Calls `onGram` for each gram of `text`, without allocating. Punctuation ends a
// run of tokens, and so does a space after Chinese text (a deck sets its
// clauses apart with spaces); pairs never span a run's end. A Chinese
// character `wanted` refuses can be in no gram sought, so pairs with it are
// not even formed: reading an article costs little more than passing over it.
template <typename GramFn, typename CharacterFilter = AnyCharacter>
void forEachGram(QStringView text, GramFn onGram, CharacterFilter wanted = {}) {
    // The token before, and the Latin word that carries meaning before.
    quint64 previousKey = 0;
    qsizetype previousBegin = 0;
    bool previousValid = false;
    bool previousWanted = false;
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
        if (unit >= 0x4E00 && unit <= 0x9FFF) {
            // The common case, kept short: one ideograph.
            const bool isWanted = wanted(unit);
            if (isWanted && previousValid && previousWanted)
                onGram(Gram{bigramHash(previousKey, unit), previousBegin, end});
            previousKey = unit;
            previousBegin = i;
            previousValid = previousWanted = previousCjk = true;
            previousWanted = isWanted;
            i = end;
            continue;
        }
        char32_t code = unit;
        if (chars[i].isHighSurrogate() && end < size && chars[end].isLowSurrogate())
            code = QChar::surrogateToUcs4(chars[i], chars[end++]);
        if (isCjkCode(code)) {
            const bool isWanted = wanted(code);
            if (isWanted && previousValid && previousWanted)
                onGram(Gram{bigramHash(previousKey, code), previousBegin, end});
            previousKey = code;
            previousBegin = i;
            previousValid = previousCjk = true;
            previousWanted = isWanted;
        } else if (chars[i].isLetterOrNumber()) {
            while (end < size && chars[end].isLetterOrNumber() && !isCjkCode(chars[end].unicode()))
                ++end;
            const WordStem stem(text.mid(i, end - i));
            const QStringView word = stem.view();
            const bool number = word.front().isDigit();
            const bool content = number ? word.size() >= 2 : word.size() >= 3 && !isStopWord(word);
            const quint64 key = quint64(qHash(word)) | (quint64(1) << 63);
            // The pair bridging from Chinese text first: grams come in text order.
            if (previousValid && previousWanted && previousCjk)
                onGram(Gram{bigramHash(previousKey, key), previousBegin, end});
            if (content) {
                onGram(Gram{unigramHash(key), i, end});
                if (contentValid)
                    onGram(Gram{bigramHash(contentKey, key), contentBegin, end});
                contentKey = key;
                contentBegin = i;
                contentValid = true;
            }
            previousKey = key;
            previousBegin = i;
            previousValid = previousWanted = true;
            previousCjk = false;
        } else {
            const QChar c = chars[i];
            const bool latinJoiner = (c.isSpace() || c == u'-' || c == u'\'' || c == u'’') &&
                                     previousValid && !previousCjk;
            if (!latinJoiner)
                previousValid = contentValid = false;
        }
        i = end;
    }
}

// The grams of a display line, each once.
QList<quint64> gramsOf(QStringView text) {
    QList<quint64> hashes;
    forEachGram(text, [&](const Gram &gram) { hashes.append(gram.hash); });
    std::sort(hashes.begin(), hashes.end());
    hashes.erase(std::unique(hashes.begin(), hashes.end()), hashes.end());
    return hashes;
}

// How often an article holds each gram of the display lines near it: an open
// addressing table, small enough to stay in cache while the article is read,
// emptied between articles by a new generation rather than by clearing.
class GramTable {
public:
    GramTable()
        : m_characters(characterSlots / 64, 0) {}

    void reset(qsizetype grams) {
        for (const char32_t code : std::as_const(m_marked))
            m_characters[(code % characterSlots) / 64] = 0;
        m_marked.clear();
        qsizetype capacity = 16;
        while (capacity < 2 * grams)
            capacity *= 2;
        if (capacity > qsizetype(m_keys.size())) {
            m_keys.assign(size_t(capacity), 0);
            m_stats.assign(size_t(capacity), 0);
            m_generations.assign(size_t(capacity), 0);
            m_generation = 0;
        }
        m_mask = capacity - 1;
        ++m_generation;
    }

    // A Chinese character of the display lines the grams come from.
    void addCharacter(char32_t code) {
        const char32_t slot = code % characterSlots;
        quint64 &bits = m_characters[slot / 64];
        const quint64 bit = quint64(1) << (slot % 64);
        if (!(bits & bit)) {
            bits |= bit;
            m_marked.append(code);
        }
    }

    // Where the gram is kept, to read its strength there after counting.
    qsizetype insert(quint64 hash) {
        qsizetype slot = qsizetype(hash) & m_mask;
        while (live(slot) && m_keys[size_t(slot)] != hash)
            slot = (slot + 1) & m_mask;
        m_keys[size_t(slot)] = hash;
        m_stats[size_t(slot)] = 0;
        m_generations[size_t(slot)] = m_generation;
        return slot;
    }

    // 0 when the article lacks the gram; else 1, plus 1 in the lede (which a
    // headline sums up), plus 2 three times or more (what the article is about).
    quint8 strength(quint64 hash) const {
        const qsizetype slot = find(hash);
        return slot < 0 ? 0 : strengthAt(slot);
    }

    quint8 strengthAt(qsizetype slot) const {
        const quint8 stats = m_stats[size_t(slot)];
        const int count = stats & countMask;
        if (count == 0)
            return 0;
        constexpr int frequent = 3;
        return quint8(1 + ((stats & ledeBit) ? 1 : 0) + (count >= frequent ? 2 : 0));
    }

    void countText(const QStringList &paragraphs) {
        const auto wanted = [this](char32_t code) {
            const char32_t slot = code % characterSlots;
            return bool((m_characters[slot / 64] >> (slot % 64)) & 1);
        };
        for (qsizetype p = 0; p < paragraphs.size(); ++p) {
            const quint8 lede = p == 0 ? ledeBit : 0;
            forEachGram(
                paragraphs.at(p),
                [&](const Gram &gram) {
                    const qsizetype slot = find(gram.hash);
                    if (slot < 0)
                        return;
                    quint8 &stats = m_stats[size_t(slot)];
                    if ((stats & countMask) < countMask)
                        ++stats;
                    stats |= lede;
                },
                wanted);
        }
    }

private:
    // A character shares its slot with those 65536 away: rare, and a false
    // pass only costs a look-up.
    static constexpr char32_t characterSlots = 65536;
    static constexpr quint8 countMask = 0x7f;
    static constexpr quint8 ledeBit = 0x80;

    bool live(qsizetype slot) const { return m_generations[size_t(slot)] == m_generation; }

    qsizetype find(quint64 hash) const {
        qsizetype slot = qsizetype(hash) & m_mask;
        while (live(slot)) {
            if (m_keys[size_t(slot)] == hash)
                return slot;
            slot = (slot + 1) & m_mask;
        }
        return -1;
    }

    std::vector<quint64> m_keys;
    std::vector<quint8> m_stats; // count (to 127) and the lede bit
    std::vector<quint32> m_generations;
    quint32 m_generation = 0;
    qsizetype m_mask = 0;
    std::vector<quint64> m_characters; // a bit per character slot
    QList<char32_t> m_marked;
};

// The longest stretch of `text` covered by overlapping grams in `shared`.
// Grams come in text order (a Latin word pair right after its second word),
// so stretches are merged as they come, without a list of them.
QString evidenceFor(QStringView text, const QList<quint64> &shared) {
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
    forEachGram(text, [&](const Gram &gram) {
        if (!std::binary_search(shared.cbegin(), shared.cend(), gram.hash))
            return;
        if (begin >= 0 && gram.begin < end) {
            begin = qMin(begin, gram.begin);
            end = qMax(end, gram.end);
            return;
        }
        close();
        begin = gram.begin;
        end = gram.end;
    });
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

// What scoring a run needs besides the run: kept from one run to the next.
struct Workspace {
    Scores similarity;
    Scores total;
    Scores best;
    std::vector<qsizetype> from;
    std::vector<int> ordered;
    std::vector<int> free;
    std::vector<double> telling;
    QList<quint64> shared;
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

// All the display lines' grams in one array: line i holds hashes
// [start[i], start[i + 1]); and their Chinese characters,
// [characterStart[i], characterStart[i + 1]).
struct PageGrams {
    std::vector<quint64> hashes;
    std::vector<qsizetype> start;
    std::vector<char32_t> characters;
    std::vector<qsizetype> characterStart;

    qsizetype count(qsizetype line) const { return start[size_t(line + 1)] - start[size_t(line)]; }
    quint64 hash(qsizetype line, qsizetype gram) const {
        return hashes[size_t(start[size_t(line)] + gram)];
    }
};

// Appends the Chinese characters of `text` to `characters` (a repeated one
// costs the bitmap nothing).
void appendCharacters(QStringView text, std::vector<char32_t> &characters) {
    for (qsizetype i = 0; i < text.size(); ++i) {
        char32_t code = text[i].unicode();
        if (text[i].isHighSurrogate() && i + 1 < text.size())
            code = QChar::surrogateToUcs4(text[i], text[i + 1]);
        if (isCjkCode(code))
            characters.push_back(code);
    }
}

PageGrams gramsOfLines(const QList<DisplayLine> &lines) {
    PageGrams grams;
    grams.start.reserve(size_t(lines.size() + 1));
    grams.start.push_back(0);
    grams.characterStart.push_back(0);
    for (const DisplayLine &line : lines) {
        appendCharacters(line.text, grams.characters);
        grams.characterStart.push_back(qsizetype(grams.characters.size()));
        const auto begin = qsizetype(grams.hashes.size());
        forEachGram(line.text, [&](const Gram &gram) { grams.hashes.push_back(gram.hash); });
        const auto first = grams.hashes.begin() + begin;
        std::sort(first, grams.hashes.end());
        grams.hashes.erase(std::unique(first, grams.hashes.end()), grams.hashes.end());
        grams.start.push_back(qsizetype(grams.hashes.size()));
    }
    return grams;
}

// Display lines standing together, the articles they are compared with, and
// where the strengths of their grams in those articles are kept.
struct Run {
    qsizetype first = 0; // index of its first line
    qsizetype count = 0;
    int low = 0; // candidates, inclusive
    int high = -1;
    int contextLow = 0; // articles that weigh the grams, inclusive
    int contextHigh = -1;
    qsizetype strengthStart = 0; // in the page's strength array

    int contextSize() const { return contextHigh - contextLow + 1; }
};

// How strongly each article near a run holds each gram of its lines:
// [run's gram][article - contextLow], runs one after another.
class Strengths {
public:
    Strengths(QList<Run> &runs, const PageGrams &grams) {
        qsizetype size = 0;
        for (Run &run : runs) {
            run.strengthStart = size;
            size += gramsIn(run, grams) * run.contextSize();
        }
        m_values.assign(size_t(size), 0);
    }

    static qsizetype gramsIn(const Run &run, const PageGrams &grams) {
        return grams.start[size_t(run.first + run.count)] - grams.start[size_t(run.first)];
    }

    quint8 &at(const Run &run, const PageGrams &grams, qsizetype line, qsizetype gram,
               int article) {
        const qsizetype index = grams.start[size_t(line)] + gram - grams.start[size_t(run.first)];
        return m_values[size_t(run.strengthStart + index * run.contextSize() +
                               (article - run.contextLow))];
    }

private:
    std::vector<quint8> m_values;
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

// Reads each article once, for all the runs whose context holds it; runs
// come in page order, so those form a window that slides down the page.
void measureStrengths(const QList<Run> &runs, const PageGrams &grams,
                      const QList<QStringList> &bodies, Strengths &strengths) {
    GramTable table;
    std::vector<qsizetype> tableSlots;
    qsizetype firstRun = 0;
    for (int article = 0; article < bodies.size(); ++article) {
        while (firstRun < runs.size() && runs.at(firstRun).contextHigh < article)
            ++firstRun;
        qsizetype endRun = firstRun;
        qsizetype gramCount = 0;
        for (; endRun < runs.size() && runs.at(endRun).contextLow <= article; ++endRun)
            gramCount += Strengths::gramsIn(runs.at(endRun), grams);
        if (endRun == firstRun)
            continue; // no display line near: the article need not be read
        table.reset(gramCount);
        tableSlots.clear();
        for (qsizetype r = firstRun; r < endRun; ++r) {
            const Run &run = runs.at(r);
            for (qsizetype line = run.first; line < run.first + run.count; ++line) {
                for (qsizetype c = grams.characterStart[size_t(line)];
                     c < grams.characterStart[size_t(line + 1)]; ++c)
                    table.addCharacter(grams.characters[size_t(c)]);
                for (qsizetype g = 0; g < grams.count(line); ++g)
                    tableSlots.push_back(table.insert(grams.hash(line, g)));
            }
        }
        table.countText(bodies.at(article));
        size_t next = 0; // the slots come back in the order they were taken
        for (qsizetype r = firstRun; r < endRun; ++r) {
            const Run &run = runs.at(r);
            for (qsizetype line = run.first; line < run.first + run.count; ++line) {
                for (qsizetype g = 0; g < grams.count(line); ++g)
                    strengths.at(run, grams, line, g, article) =
                        table.strengthAt(tableSlots[next++]);
            }
        }
    }
}

// log((n + 1) / (holders + 0.5)) for every count of holders a run can have.
class TellingTable {
public:
    explicit TellingTable(int contextSize) {
        for (int holders = 0; holders <= contextSize; ++holders)
            m_values.push_back(holders == 0 ? 0.0
                                            : std::log((contextSize + 1.0) / (holders + 0.5)));
    }
    double operator[](int holders) const { return m_values[size_t(holders)]; }

private:
    std::vector<double> m_values;
};

// Scores every line of a run against its candidates and assigns them.
void matchRun(const Run &run, const QList<DisplayLine> &lines, const PageGrams &grams,
              Strengths &strengths, Workspace &work, QList<DisplayMatch> &matches) {
    const int count = run.high - run.low + 1;
    const int contextSize = run.contextSize();
    const TellingTable tellingFor(contextSize);
    // holding() of each strength, 0 to 4.
    static constexpr std::array<double, 5> held{0.0, 0.5, 0.75, 0.75, 1.0};
    work.similarity.reset(run.count, count);
    work.total.reset(run.count, count);
    for (qsizetype i = 0; i < run.count; ++i) {
        const qsizetype line = run.first + i;
        const qsizetype gramCount = grams.count(line);
        // A gram every neighbour holds (工会, 职工) tells little; one that a
        // single article holds (昌平) tells much; one that none holds, nothing.
        double whole = 0;
        for (qsizetype g = 0; g < gramCount; ++g) {
            const quint8 *row = &strengths.at(run, grams, line, g, run.contextLow);
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
        for (qsizetype g = 0; g < grams.count(line); ++g) {
            if (strengths.at(run, grams, line, g, match.article) > 0)
                work.shared.append(grams.hash(line, g)); // ascending, as the line's grams are
        }
        match.evidence = evidenceFor(lines.at(line).text, work.shared);
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

QList<DisplayMatch> HeadlineMatcher::match(const QList<DisplayLine> &lines) const {
    QList<DisplayMatch> matches(lines.size());
    QList<Run> runs;
    for (qsizetype start = 0; start < lines.size();) {
        qsizetype end = start + 1;
        while (end < lines.size() && lines.at(end).run == lines.at(start).run)
            ++end;
        const Run run = runOf(lines, start, end - start, int(m_bodies.size()));
        if (run.high >= run.low) // runs without articles would stop the window
            runs.append(run);
        start = end;
    }
    const PageGrams grams = gramsOfLines(lines);
    Strengths strengths(runs, grams);
    measureStrengths(runs, grams, m_bodies, strengths);
    Workspace work;
    for (const Run &run : std::as_const(runs))
        matchRun(run, lines, grams, strengths, work, matches);
    return matches;
}

double sharedTextScore(QStringView display, const QStringList &body) {
    const QList<quint64> hashes = gramsOf(display);
    if (hashes.isEmpty())
        return 0.0;
    GramTable table;
    table.reset(hashes.size());
    std::vector<char32_t> characters;
    appendCharacters(display, characters);
    for (const char32_t code : characters)
        table.addCharacter(code);
    for (const quint64 hash : hashes)
        table.insert(hash);
    table.countText(body);
    const qsizetype found = std::count_if(hashes.cbegin(), hashes.cend(),
                                          [&](quint64 hash) { return table.strength(hash) > 0; });
    return double(found) / hashes.size();
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
    QList<Look> looks;
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
