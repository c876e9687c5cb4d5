#include "text/linefeatures.h"

#include <QChar>

#include <algorithm>
#include <array>

namespace galley::text {

namespace {

constexpr quint8 classMask = 0x1F;

// One code point of the text, decoded from the UTF-16 units at `i`.
struct Unit {
    CharInfo info;
    int size = 1; // UTF-16 units: 2 for a surrogate pair
};

Unit unitAt(const char16_t *s, qsizetype i, qsizetype n, const quint8 *table) {
    const char16_t u = s[i];
    if (QChar::isHighSurrogate(u) && i + 1 < n && QChar::isLowSurrogate(s[i + 1]))
        return {classifyCodePoint(QChar::surrogateToUcs4(u, s[i + 1])), 2};
    return {CharInfo(table[u]), 1};
}

// The class of the character that ends at `end` (exclusive).
CharClass classBefore(const char16_t *s, qsizetype begin, qsizetype end) {
    if (end - 2 >= begin && QChar::isLowSurrogate(s[end - 1]) && QChar::isHighSurrogate(s[end - 2]))
        return classifyCodePoint(QChar::surrogateToUcs4(s[end - 2], s[end - 1])).charClass();
    return charClass(s[end - 1]);
}

bool isStrongCjk(CharClass c) {
    return isCjkClass(c);
}

// Which script the line's first or last strong character belongs to; quotes,
// brackets and symbols are looked past, as the reader's eye does.
void markEndScripts(LineFeatures &line, const char16_t *s) {
    constexpr int lookAround = 8;
    for (qsizetype i = line.end, steps = 0; i > line.start && steps < lookAround; ++steps) {
        const CharClass c = classBefore(s, line.start, i);
        const bool direct = i == line.end;
        i -= QChar::isLowSurrogate(s[i - 1]) && i - 2 >= line.start ? 2 : 1;
        if (isStrongCjk(c) || isAlnumClass(c)) {
            line.flags |= isAlnumClass(c) ? EndLatin : EndCjk;
            line.lastStrong = c;
            if (direct)
                line.flags |= EndDirect;
            break;
        }
    }
    const quint8 *table = charInfoTable();
    for (qsizetype i = line.start, steps = 0; i < line.end && steps < lookAround; ++steps) {
        const Unit unit = unitAt(s, i, line.end, table);
        const CharClass c = unit.info.charClass();
        if (isStrongCjk(c) || isAlnumClass(c)) {
            line.flags |= isAlnumClass(c) ? StartLatin : StartCjk;
            line.firstStrong = c;
            if (i == line.start)
                line.flags |= StartDirect;
            break;
        }
        i += unit.size;
    }
}

// A sentence end, possibly followed by closing quotes or brackets (and the
// stray spaces OCR puts before them): 。 · 。” · 。 ” · ." · ?)
bool endsSentence(const char16_t *s, const LineFeatures &line) {
    constexpr int maxClosers = 4;
    for (qsizetype i = line.end, steps = 0; i > line.start && steps <= maxClosers; ++steps) {
        const CharClass c = classBefore(s, line.start, i);
        i -= QChar::isLowSurrogate(s[i - 1]) && i - 2 >= line.start ? 2 : 1;
        if (isTerminalClass(c))
            return true;
        if (!isCloserClass(c) && c != CharClass::Space)
            return false;
    }
    return false;
}

bool startsWithAny(QStringView line, std::initializer_list<QStringView> prefixes) {
    return std::any_of(prefixes.begin(), prefixes.end(),
                       [line](QStringView prefix) { return line.startsWith(prefix); });
}

// 本报讯 · 本报记者 · 本报北京1月5日电 · 新华社北京1月5日电 · （记者 …）, in
// simplified and traditional characters.
bool startsCjkByline(QStringView line) {
    // Every line is asked: the first character rules out nearly all of them.
    switch (line.front().unicode()) {
    case u'本':
    case u'（':
    case u'(':
    case u'新':
    case u'中':
    case u'人':
    case u'央':
        break;
    default:
        return false;
    }
    if (startsWithAny(line, {u"本报讯", u"本报记者", u"本报通讯员", u"（记者", u"(记者",
                             u"（通讯员", u"(通讯员", u"（本报记者", u"本報訊", u"本報記者",
                             u"本報通訊員", u"（記者", u"(記者", u"（通訊員", u"(通訊員"}))
        return true;
    constexpr qsizetype dispatchSpan = 18;
    if (startsWithAny(line, {u"本报", u"本報", u"新华社", u"新華社", u"中新社", u"中新网",
                             u"中新網", u"人民网", u"人民網", u"央视网", u"中央社"}))
        return line.left(dispatchSpan).contains(u'电') || line.left(dispatchSpan).contains(u'電');
    return false;
}

// "By Jane Smith" as a line of its own.
bool isLatinBylineLine(QStringView line) {
    constexpr qsizetype maxBylineLength = 60;
    if (line.size() > maxBylineLength || line.size() < 5)
        return false;
    if (!(line.startsWith(u"By ") || line.startsWith(u"BY ")))
        return false;
    return line.at(3).isUpper();
}

bool isCjkNumeral(QChar c) {
    switch (c.unicode()) {
    case u'一':
    case u'二':
    case u'三':
    case u'四':
    case u'五':
    case u'六':
    case u'七':
    case u'八':
    case u'九':
    case u'十':
    case u'百':
    case u'零':
    case u'〇':
        return true;
    default:
        return false;
    }
}

bool isBullet(char16_t u) {
    switch (u) {
    case u'•':
    case u'●':
    case u'■':
    case u'◆':
    case u'▲':
    case u'►':
    case u'▪':
        return true;
    default:
        return false;
    }
}

qsizetype countWhile(QStringView line, qsizetype from, bool (*predicate)(QChar)) {
    qsizetype i = from;
    while (i < line.size() && predicate(line.at(i)))
        ++i;
    return i - from;
}

bool isAsciiDigit(QChar c) {
    return c.unicode() >= u'0' && c.unicode() <= u'9';
}

bool isNumberingChar(QChar c) {
    return isCjkNumeral(c) || isAsciiDigit(c) || (c.unicode() >= u'a' && c.unicode() <= u'z');
}

// 一、 · （一） · (1) · 1. · 1、 · ① · • …
bool startsListItem(QStringView line) {
    if (line.isEmpty())
        return false;
    const QChar first = line.front();
    const char16_t u = first.unicode();
    if (u >= 0x2460 && u <= 0x249B) // ① … ⒛
        return true;
    if (isBullet(u))
        return true;
    if (line.size() >= 2 && (u == u'-' || u == u'*' || u == u'·') && line.at(1) == u' ')
        return true;
    if (first == u'（' || first == u'(') {
        const qsizetype digits = countWhile(line, 1, isNumberingChar);
        const QChar close = first == u'（' ? QChar(u'）') : QChar(u')');
        return digits > 0 && digits <= 3 && line.size() > digits + 1 &&
               line.at(digits + 1) == close;
    }
    if (isCjkNumeral(first)) {
        const qsizetype digits = countWhile(line, 0, isCjkNumeral);
        return digits <= 3 && line.size() > digits && line.at(digits) == u'、';
    }
    if (isAsciiDigit(first)) {
        const qsizetype digits = countWhile(line, 0, isAsciiDigit);
        if (digits > 2 || line.size() <= digits + 1)
            return false;
        const QChar mark = line.at(digits);
        if (mark == u'、' || mark == u'．')
            return true;
        return mark == u'.' && !isAsciiDigit(line.at(digits + 1));
    }
    return false;
}

quint8 firstWordWidth(const char16_t *s, const LineFeatures &line, const quint8 *table) {
    qsizetype width = 0;
    for (qsizetype i = line.start; i < line.end; ++i) {
        const CharInfo info(table[s[i]]);
        const CharClass c = info.charClass();
        if (c == CharClass::Space)
            break;
        width += info.isWide() ? 2 : 1;
        if (isCjkClass(c) || width >= 255)
            break;
    }
    return quint8(std::min<qsizetype>(width, 255));
}

quint16 clampWidth(qsizetype width) {
    return quint16(std::min<qsizetype>(width, 0xFFFF));
}

void countSpacing(SpacingCounts &counts, CharClass before, CharClass after, bool spaced) {
    CharClass other;
    if (before == CharClass::Ideograph)
        other = after;
    else if (after == CharClass::Ideograph)
        other = before;
    else
        return;
    if (other == CharClass::LatinLetter)
        ++(spaced ? counts.letterSpaced : counts.letterTight);
    else if (other == CharClass::Digit)
        ++(spaced ? counts.digitSpaced : counts.digitTight);
}

// Scans the characters of one line that is not blank, from its first
// character that is not a space; returns the offset of its '\n' (or n).
// The loop runs once per character of the page: one table load decides
// nearly everything.
qsizetype scanLine(const char16_t *s, qsizetype i, qsizetype n, LineFeatures &line,
                   SpacingCounts &spacing) {
    const quint8 *table = charInfoTable();
    std::array<qsizetype, 32> classCounts{};
    qsizetype ink = 0, ambiguous = 0, inner = 0, latinStops = 0, spaceRuns = 0;
    qsizetype pendingCells = 0, pendingCount = 0;
    bool pendingWide = false;
    CharClass previous = CharClass::Space;
    qsizetype lastEnd = i;
    for (; i < n; ++i) {
        const char16_t u = s[i];
        quint8 bits = table[u];
        if (bits & CharInfo::SpaceOrBreakBit) {
            if (u == u'\n')
                break;
            const bool wide = (bits & CharInfo::WideBit) || u == u'\t';
            pendingCells += wide ? 2 : 1;
            pendingWide = pendingWide || wide;
            ++pendingCount;
            continue;
        }
        if ((u & 0xFC00) == 0xD800 && i + 1 < n && QChar::isLowSurrogate(s[i + 1])) {
            bits = quint8(classifyCodePoint(QChar::surrogateToUcs4(u, s[i + 1])).charClass()) |
                   CharInfo::WideBit;
            ++i;
        }
        const CharClass c = CharInfo(bits).charClass();
        if (pendingCount > 0) {
            ++spaceRuns;
            // A Latin full stop ends a sentence when a space follows it: 4.5 and U.S. do not.
            latinStops += previous == CharClass::LatinTerminal;
            line.flags |= InnerSpace;
            if (pendingCount >= 2 || pendingWide)
                line.flags |= InnerGap;
            inner += pendingCells;
            if (pendingCount == 1) // a wider gap separates table columns, not words
                countSpacing(spacing, previous, c, true);
            pendingCells = pendingCount = 0;
            pendingWide = false;
        } else if ((previous == CharClass::Ideograph) != (c == CharClass::Ideograph)) {
            countSpacing(spacing, previous, c, false);
        }
        ink += (bits & CharInfo::WideBit) ? 2 : 1;
        ambiguous += (bits & CharInfo::AmbiguousBit) != 0;
        ++classCounts[size_t(c)];
        previous = c;
        lastEnd = i + 1;
    }
    auto count = [&classCounts](CharClass c) { return classCounts[size_t(c)]; };
    const qsizetype ideographs = count(CharClass::Ideograph);
    const qsizetype letters = count(CharClass::LatinLetter);
    const qsizetype cjkMarks = ideographs + count(CharClass::FullTerminal) +
                               count(CharClass::FullPause) + count(CharClass::FullOpen) +
                               count(CharClass::FullClose) + count(CharClass::FullOther);
    // 。！？ anywhere: at the very end only on lines that end a sentence.
    const qsizetype terminals = count(CharClass::FullTerminal) + latinStops;
    line.end = qint32(lastEnd);
    if (cjkMarks > 0) {
        line.flags |= AnyCjk;
        spacing.cjkLineSpaceRuns += spaceRuns;
    }
    if (terminals > 0)
        line.flags |= InnerTerminal;
    const bool cjk = ideographs > 0 && ideographs * 4 >= letters;
    if (cjk) {
        line.flags |= CjkLine;
        ink += ambiguous; // quotes and ellipses fill a full cell in CJK text
    }
    line.inkWidth = clampWidth(ink);
    line.width = clampWidth(ink + inner);
    return i;
}

void markEnds(const char16_t *s, LineFeatures &line) {
    const quint8 *table = charInfoTable();
    const QStringView view(s + line.start, line.end - line.start);
    line.first = unitAt(s, line.start, line.end, table).info.charClass();
    line.last = classBefore(s, line.start, line.end);
    if (endsSentence(s, line))
        line.flags |= EndsTerminal;
    else if (isContinuingClass(line.last))
        line.flags |= EndsContinuing;
    if (line.last == CharClass::Hyphen && line.end - line.start >= 2 &&
        isAlnumClass(classBefore(s, line.start, line.end - 1)))
        line.flags |= EndsLetterHyphen;
    if (line.first == CharClass::QuoteOpen || view.front() == u'「' || view.front() == u'『')
        line.flags |= StartsOpenQuote;
    if (line.last == CharClass::QuoteClose || view.back() == u'」' || view.back() == u'』')
        line.flags |= EndsCloseQuote;
    if (line.first == CharClass::LatinLetter && view.front().isUpper())
        line.flags |= StartsUpper;
    else if (line.first == CharClass::LatinLetter && view.front().isLower())
        line.flags |= StartsLower;
    markEndScripts(line, s);
    if (line.has(CjkLine) ? startsCjkByline(view) : isLatinBylineLine(view))
        line.flags |= StartsByline;
    if (!line.has(CjkLine) && line.has(StartsByline))
        line.flags |= LatinBylineLine;
    if (startsListItem(view))
        line.flags |= StartsListItem;
    line.firstWordWidth = firstWordWidth(s, line, table);
}

} // namespace

PageFeatures analysePage(QStringView text) {
    PageFeatures page;
    const char16_t *s = text.utf16();
    const qsizetype n = text.size();
    const quint8 *table = charInfoTable();

    bool blank = true; // the page start counts as a blank line
    qint32 number = 0;
    for (qsizetype pos = 0; pos <= n; ++number) {
        qsizetype i = pos;
        qsizetype leadCells = 0;
        while (i < n && s[i] != u'\n' && (table[s[i]] & classMask) == quint8(CharClass::Space)) {
            leadCells += s[i] == u'\t' || s[i] == u'\u3000' ? 2 : 1;
            ++i;
        }
        if (i >= n || s[i] == u'\n') {
            blank = true;
            pos = i + 1;
            continue;
        }
        LineFeatures line;
        line.start = qint32(i);
        line.number = number;
        if (blank)
            line.flags |= BlankBefore;
        if (leadCells >= 2)
            line.flags |= Indented;
        blank = false;
        pos = scanLine(s, i, n, line, page.spacing) + 1;
        markEnds(s, line);
        page.hasLetterHyphen = page.hasLetterHyphen || line.has(EndsLetterHyphen);
        page.lines.push_back(line);
    }
    estimateColumns(page);
    return page;
}

} // namespace galley::text
