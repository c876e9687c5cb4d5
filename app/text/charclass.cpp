#include "text/charclass.h"

#include <QChar>

#include <array>

namespace galley::text {

namespace {

using Table = std::array<quint8, 0x10000>;

constexpr quint8 entry(CharClass c, bool wide = false, bool ambiguous = false) {
    return quint8(c) | (wide ? CharInfo::WideBit : 0) | (ambiguous ? CharInfo::AmbiguousBit : 0);
}

void fillRange(Table &table, char16_t first, char16_t last, quint8 value) {
    for (char32_t u = first; u <= last; ++u)
        table[u] = value;
}

void fillChars(Table &table, std::u16string_view chars, quint8 value) {
    for (const char16_t u : chars)
        table[u] = value;
}

// Letters and digits outside the CJK blocks, from Qt's Unicode tables.
void fillGeneric(Table &table) {
    for (char32_t u = 0x80; u < 0x10000; ++u) {
        const QChar c(char16_t(u), 0);
        if (c.isSurrogate())
            continue;
        if (c.isLetter())
            table[u] = entry(CharClass::LatinLetter);
        else if (c.isDigit())
            table[u] = entry(CharClass::Digit);
        else if (c.isSpace() && u != u'\n')
            table[u] = entry(CharClass::Space);
    }
}

void fillAscii(Table &table) {
    fillRange(table, u'a', u'z', entry(CharClass::LatinLetter));
    fillRange(table, u'A', u'Z', entry(CharClass::LatinLetter));
    fillRange(table, u'0', u'9', entry(CharClass::Digit));
    fillChars(table, u" \t\r\f\v", entry(CharClass::Space));
    fillChars(table, u".!?", entry(CharClass::LatinTerminal));
    fillChars(table, u",;:", entry(CharClass::LatinPause));
    fillChars(table, u"([{", entry(CharClass::LatinOpen));
    fillChars(table, u")]}", entry(CharClass::LatinClose));
    fillChars(table, u"\"'", entry(CharClass::LatinQuote));
    table[u'-'] = entry(CharClass::Hyphen);
}

void fillCjk(Table &table) {
    const quint8 ideograph = entry(CharClass::Ideograph, true);
    fillRange(table, 0x1100, 0x115F, ideograph); // hangul jamo
    fillRange(table, 0x2E80, 0x2FDF, ideograph); // radicals
    fillRange(table, 0x3005, 0x3007, ideograph); // 々〆〇
    fillRange(table, 0x3021, 0x3029, ideograph); // Hangzhou numerals
    fillRange(table, 0x3040, 0x30FF, ideograph); // kana
    fillRange(table, 0x3100, 0x312F, ideograph); // bopomofo
    fillRange(table, 0x3131, 0x318F, ideograph); // hangul compatibility jamo
    fillRange(table, 0x31A0, 0x31FF, ideograph);
    fillRange(table, 0x3400, 0x4DBF, ideograph);
    fillRange(table, 0x4E00, 0x9FFF, ideograph);
    fillRange(table, 0xA000, 0xA4CF, ideograph); // Yi
    fillRange(table, 0xAC00, 0xD7AF, ideograph); // hangul syllables
    fillRange(table, 0xF900, 0xFAFF, ideograph);

    const quint8 other = entry(CharClass::FullOther, true);
    fillRange(table, 0x3001, 0x303F, other);
    fillRange(table, 0xFE10, 0xFE19, other);
    fillRange(table, 0xFE30, 0xFE4F, other);
    fillRange(table, 0xFF01, 0xFF60, other);
    fillRange(table, 0xFFE0, 0xFFE6, other);
    fillRange(table, 0x3005, 0x3007, ideograph);
    fillRange(table, 0x3021, 0x3029, ideograph);
    table[0x3000] = entry(CharClass::Space, true);
    table[0x30FB] = other; // katakana middle dot

    fillChars(table, u"。！？．｡", entry(CharClass::FullTerminal, true));
    fillChars(table, u"，、；：､", entry(CharClass::FullPause, true));
    fillChars(table, u"（「『《〈【〔［｛〖〘〚｟｢〝", entry(CharClass::FullOpen, true));
    fillChars(table, u"）」』》〉】〕］｝〗〙〛｠｣〞〟", entry(CharClass::FullClose, true));
    fillRange(table, 0xFF10, 0xFF19, entry(CharClass::Digit, true));
    fillRange(table, 0xFF21, 0xFF3A, entry(CharClass::LatinLetter, true));
    fillRange(table, 0xFF41, 0xFF5A, entry(CharClass::LatinLetter, true));
}

void fillAmbiguous(Table &table) {
    fillChars(table, u"“‘„", entry(CharClass::QuoteOpen, false, true));
    fillChars(table, u"”’", entry(CharClass::QuoteClose, false, true));
    table[0x2026] = entry(CharClass::Ellipsis, false, true);
    fillChars(table, u"—―", entry(CharClass::Dash, false, true));
    table[0x2013] = entry(CharClass::Dash);
    fillChars(table, u"‐‑\u00AD", entry(CharClass::Hyphen));
    fillChars(table, u"·‧", entry(CharClass::Other, false, true));
}

Table buildTable() {
    Table table{};
    fillGeneric(table);
    fillAscii(table);
    fillCjk(table);
    fillAmbiguous(table);
    for (quint8 &value : table)
        if ((value & 0x1F) == quint8(CharClass::Space))
            value |= CharInfo::SpaceOrBreakBit;
    table[u'\n'] |= CharInfo::SpaceOrBreakBit;
    return table;
}

const Table &table() {
    static const Table instance = buildTable();
    return instance;
}

} // namespace

const quint8 *charInfoTable() {
    return table().data();
}

CharInfo charInfo(char16_t unit) {
    return CharInfo(table()[unit]);
}

CharInfo classifyCodePoint(char32_t codePoint) {
    if (codePoint < 0x10000)
        return charInfo(char16_t(codePoint));
    // Supplementary ideographs (extensions B and later) are the only wide
    // letters outside the basic plane that OCR of a newspaper produces.
    if (codePoint >= 0x20000 && codePoint <= 0x3FFFF)
        return CharInfo(entry(CharClass::Ideograph, true));
    return CharInfo(entry(CharClass::Other));
}

} // namespace galley::text
