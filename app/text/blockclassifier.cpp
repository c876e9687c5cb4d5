#include "text/blockclassifier.h"

#include "text/charclass.h"
#include "text/prefetch.h"

#include <QStringList>

#include <algorithm>
#include <array>
#include <optional>

namespace galley::text {

namespace {

enum class Ending {
    Open,     // no punctuation: how a headline ends
    Sentence, // 。 or a full stop: body text
    Clause,   // a comma, colon or semicolon: body text cut mid-sentence
    Exclaim,  // ？ ！ …: a headline may end so, a sentence more often
};

bool isClosingMark(QChar c) {
    return oneOf(c, u"”’\"'）)》」』】〕");
}

bool isOpeningMark(QChar c) {
    return oneOf(c, u"“‘\"'（(《「『【〔");
}

// U.S. and N.Y. end in a full stop without ending a sentence.
bool endsWithAbbreviation(QStringView text) {
    const qsizetype n = text.size();
    return n >= 3 && text.at(n - 2).isUpper() && text.at(n - 3) == u'.';
}

Ending endingOf(QStringView text) {
    while (!text.isEmpty() && (isClosingMark(text.back()) || text.back().isSpace()))
        text.chop(1);
    if (text.isEmpty())
        return Ending::Open;
    const QChar last = text.back();
    if (last == u'。' || last == u'．' || (last == u'.' && !endsWithAbbreviation(text)))
        return Ending::Sentence;
    if (oneOf(last, u"，、,；;：:"))
        return Ending::Clause;
    if (oneOf(last, u"？！?!…"))
        return Ending::Exclaim;
    return Ending::Open;
}

int lineCount(const Block &block) {
    return block.lastLine >= block.firstLine ? block.lastLine - block.firstLine + 1 : 1;
}

int widthOf(const Block &block) {
    if (block.maxLineWidth > 0)
        return block.maxLineWidth;
    return lineCount(block) == 1 ? displayWidth(block.text) : 0;
}

int endingScore(const Block &block) {
    switch (endingOf(block.text)) {
    case Ending::Open:
        return 1;
    case Ending::Exclaim:
        return -1;
    case Ending::Sentence:
    case Ending::Clause:
        return -3;
    }
    return 0;
}

int shapeScore(const Block &block) {
    const int lines = lineCount(block);
    constexpr int bodyLines = 4; // a deck wraps once or twice, a paragraph runs on
    int score = lines == 1 ? 1 : (lines >= bodyLines ? -3 : 0);
    const int width = widthOf(block);
    if (block.columnWidth > 0 && width > 0) {
        const double ratio = double(width) / block.columnWidth;
        if (ratio > 1.25 || ratio < 0.75)
            score += 1; // a headline spans columns, a kicker is narrower
        else if (lines >= 2 && ratio > 0.9 && ratio < 1.1)
            score -= 1; // lines filling the column are body text
    }
    constexpr int longestDisplay = 130; // 65 ideographs, 20 English words
    // Measured only where the length leaves it open: every paragraph passes here.
    const qsizetype length = block.text.size();
    if (length > longestDisplay ||
        (2 * length > longestDisplay && displayWidth(block.text) > longestDisplay))
        score -= 3;
    return score;
}

// Checked on every character of display lines: ideographs, the usual case,
// never reach Qt's tables.
bool isLatinLetter(QChar c) {
    const char16_t u = c.unicode();
    if (u < 0x80)
        return (u >= u'A' && u <= u'Z') || (u >= u'a' && u <= u'z');
    if (u >= 0x2E80)
        return false;
    return c.isLetter() && c.script() == QChar::Script_Latin;
}

bool isWide(char32_t u) {
    return (u >= 0x1100 && u <= 0x115F) || (u >= 0x2E80 && u <= 0x303E) ||
           (u >= 0x3041 && u <= 0x33FF) || (u >= 0x3400 && u <= 0x4DBF) ||
           (u >= 0x4E00 && u <= 0x9FFF) || (u >= 0xA000 && u <= 0xA4CF) ||
           (u >= 0xAC00 && u <= 0xD7A3) || (u >= 0xF900 && u <= 0xFAFF) ||
           (u >= 0xFE30 && u <= 0xFE4F) || (u >= 0xFF00 && u <= 0xFF60) ||
           (u >= 0xFFE0 && u <= 0xFFE6) || u >= 0x20000;
}

bool anyAsciiLetter(QStringView text) {
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) {
        const char16_t u = c.unicode();
        return (u >= u'A' && u <= u'Z') || (u >= u'a' && u <= u'z');
    });
}

// Caption credits and page furniture: they stand apart like headlines but
// describe a picture or the page, not an article.
bool isAside(QStringView text) {
    static constexpr std::array<QStringView, 16> openings{
        u"图为",   u"图：", u"图:",  u"▲",    u"△",    u"责任编辑", u"责编",   u"本版编辑",
        u"编辑：", u"美编", u"校对", u"版式", u"组版", u"Photo:",   u"PHOTO:", u"Photograph by"};
    static constexpr std::array<QStringView, 9> endings{
        u"摄", u"摄）", u"摄)", u"摄影", u"摄影）", u"摄影)", u"供图", u"供图）", u"供图)"};
    if (text.isEmpty())
        return false;
    // Every display line comes here: its first and last characters rule out
    // most openings and endings without comparing them.
    const auto startsWith = [&](QStringView opening) { return text.startsWith(opening); };
    const auto endsWith = [&](QStringView ending) { return text.endsWith(ending); };
    return (oneOf(text.front(), u"图▲△责本编美校版组P") &&
            std::any_of(openings.cbegin(), openings.cend(), startsWith)) ||
           (oneOf(text.back(), u"摄影图）)") &&
            std::any_of(endings.cbegin(), endings.cend(), endsWith)) ||
           (anyAsciiLetter(text) && (text.startsWith(u"Caption:") || text.contains(u"(AP Photo") ||
                                     text.contains(u"Getty Images")));
}

// A line a headline cannot end with: the words that need the next line.
bool endsMidPhrase(QStringView text) {
    text = text.trimmed();
    if (text.isEmpty())
        return false;
    const QChar last = text.back();
    if (isOpeningMark(last) || last == u'-' || oneOf(last, u"的和与及、"))
        return true;
    static const QStringList joiners{
        QStringLiteral("a"),      QStringLiteral("an"),    QStringLiteral("the"),
        QStringLiteral("of"),     QStringLiteral("to"),    QStringLiteral("for"),
        QStringLiteral("and"),    QStringLiteral("or"),    QStringLiteral("but"),
        QStringLiteral("in"),     QStringLiteral("on"),    QStringLiteral("at"),
        QStringLiteral("by"),     QStringLiteral("with"),  QStringLiteral("from"),
        QStringLiteral("as"),     QStringLiteral("after"), QStringLiteral("before"),
        QStringLiteral("over"),   QStringLiteral("into"),  QStringLiteral("amid"),
        QStringLiteral("against")};
    const qsizetype space = text.lastIndexOf(u' ');
    const QStringView lastWord = space < 0 ? text : text.mid(space + 1);
    return joiners.contains(lastWord.toString(), Qt::CaseInsensitive);
}

bool startsMidPhrase(QStringView text) {
    text = text.trimmed();
    if (text.isEmpty())
        return false;
    const QChar first = text.front();
    return (isClosingMark(first) && !isOpeningMark(first)) || oneOf(first, u"、，。：；的") ||
           (isLatinLetter(first) && first.isLower());
}

enum class LetterCase { None, Capitals, Mixed };

LetterCase letterCase(QStringView text) {
    bool anyLatin = false;
    for (const QChar c : text) {
        if (!isLatinLetter(c))
            continue;
        anyLatin = true;
        if (c.isLower())
            return LetterCase::Mixed;
    }
    return anyLatin ? LetterCase::Capitals : LetterCase::None;
}

QString joinDisplayLines(const QString &first, const QString &second) {
    if (first.isEmpty() || second.isEmpty())
        return first + second;
    const bool latinSeam = !isWide(first.back().unicode()) && !isWide(second.front().unicode()) &&
                           first.back() != u'-';
    return latinSeam ? first + u' ' + second : first + second;
}

// A line without end punctuation right above a paragraph that opens with a
// byline is that article's headline, whether or not the repair set it apart.
int aboveBylineScore(const Block &block, const Block *next, bool nextIsLead) {
    const bool adjacent = next && !block.blankAfter && next->firstLine == block.lastLine + 1;
    return adjacent && nextIsLead && lineCount(block) == 1 && endingOf(block.text) == Ending::Open
               ? 2
               : 0;
}

// Asks for both ends of `text`, which classification reads, to be brought
// into the cache: on a long page, memory cannot keep up with the reading.
void prefetchEnds(QStringView text) {
    if (text.isEmpty())
        return;
    prefetch(text.data());
    prefetch(text.data() + text.size() - 1);
}

// `lead` is the block's own lead, found once by the caller, and taken.
ClassifiedBlock classify(const Block &block, int index, std::optional<Lead> &&lead,
                         const Block *next, bool nextIsLead) {
    ClassifiedBlock unit{BlockKind::Body, block.text,     index, index,
                         block.firstLine, block.lastLine, 0,     {}};
    if (lead) {
        unit.kind = BlockKind::Lead;
        unit.lead = std::move(*lead);
        return unit;
    }
    unit.displayScore = displayScore(block) + aboveBylineScore(block, next, nextIsLead);
    if (unit.displayScore >= displayThreshold)
        unit.kind = isAside(block.text) ? BlockKind::Aside : BlockKind::Display;
    return unit;
}

} // namespace

int displayWidth(QStringView text) {
    int width = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        char32_t u = text.at(i).unicode();
        // Latin text and the common ideographs settled first: every block
        // of a page may be measured.
        if (u < 0x1100 || (u >= 0x4E00 && u <= 0x9FFF)) {
            width += u < 0x1100 ? 1 : 2;
            continue;
        }
        if (text.at(i).isHighSurrogate() && i + 1 < text.size() &&
            text.at(i + 1).isLowSurrogate()) {
            u = QChar::surrogateToUcs4(text.at(i), text.at(i + 1));
            ++i;
        }
        width += isWide(u) ? 2 : 1;
    }
    return width;
}

int displayScore(const Block &block) {
    int score = block.standalone ? 3 : 0;
    score += endingScore(block);
    score += shapeScore(block);
    if (block.blankBefore && block.blankAfter)
        score += 1;
    return score;
}

bool continuesDisplayLine(const Block &previous, const Block &next) {
    if (previous.blankAfter || next.blankBefore || next.firstLine > previous.lastLine + 1)
        return false;
    if (endsMidPhrase(previous.text) || startsMidPhrase(next.text))
        return true;
    const LetterCase previousCase = letterCase(previous.text);
    if (previousCase != letterCase(next.text))
        return false; // a headline in capitals over a deck in small letters
    if (previousCase == LetterCase::Capitals)
        return true; // decks are set in small letters: capitals under capitals are one headline
    // A wrapped line fills the width the next one is set in; a headline over
    // a deck is seldom as wide as the deck's lines.
    const int previousWidth = widthOf(previous);
    const int nextWidth = widthOf(next);
    return previousWidth > 0 && nextWidth > 0 && nextWidth <= previousWidth * 1.05 &&
           previousWidth <= nextWidth * 1.25;
}

void classifyBlocks(const QList<Block> &blocks,
                    const std::function<void(const ClassifiedBlock &)> &onUnit) {
    // A display line is held back until the next block says whether it goes on.
    std::optional<ClassifiedBlock> pending;
    std::optional<Lead> lead = blocks.isEmpty() ? std::nullopt : findLead(blocks.front().text);
    for (int i = 0; i < blocks.size(); ++i) {
        constexpr int ahead = 4;
        if (i + ahead < blocks.size())
            prefetchEnds(blocks.at(i + ahead).text);
        const Block *next = i + 1 < blocks.size() ? &blocks.at(i + 1) : nullptr;
        std::optional<Lead> nextLead = next ? findLead(next->text) : std::nullopt;
        ClassifiedBlock unit =
            classify(blocks.at(i), i, std::move(lead), next, nextLead.has_value());
        lead = std::move(nextLead);
        if (pending && unit.kind == BlockKind::Display &&
            continuesDisplayLine(blocks.at(i - 1), blocks.at(i))) {
            pending->text = joinDisplayLines(pending->text, unit.text);
            pending->lastBlock = i;
            pending->lastLine = unit.lastLine;
            pending->displayScore = qMin(pending->displayScore, unit.displayScore);
            continue;
        }
        if (pending)
            onUnit(*pending);
        pending.reset();
        if (unit.kind == BlockKind::Display)
            pending = std::move(unit);
        else
            onUnit(unit);
    }
    if (pending)
        onUnit(*pending);
}

QList<ClassifiedBlock> classifyBlocks(const QList<Block> &blocks) {
    QList<ClassifiedBlock> units;
    classifyBlocks(blocks, [&](const ClassifiedBlock &unit) { units.append(unit); });
    return units;
}

} // namespace galley::text
