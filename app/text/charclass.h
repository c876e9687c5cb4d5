// Character classes the repair rules reason about, and the display width of a
// character (a CJK character fills two cells, a Latin one cell), by table lookup.
#pragma once

#include <QChar>
#include <QtGlobal>

#include <string_view>

namespace galley::text {

enum class CharClass : quint8 {
    Other,         // symbols and everything not listed below
    Space,         // ' ', tab, no-break space, ideographic space U+3000
    Ideograph,     // Han, kana, hangul: CJK letters
    FullTerminal,  // 。！？．: a full-width sentence end
    FullPause,     // ，、；：
    FullOpen,      // （「『《〈【〔［｛
    FullClose,     // ）」』》〉】〕］｝
    FullOther,     // other full-width symbols: ～ ％ ＋ …
    QuoteOpen,     // “ ‘ (full-width in CJK text, narrow in Latin text)
    QuoteClose,    // ” ’
    Ellipsis,      // …
    Dash,          // — – ―
    LatinLetter,   // Latin, Greek, Cyrillic letters (full-width ones too)
    Digit,         // 0-9 and full-width digits
    Hyphen,        // - ‐ ‑ and the soft hyphen
    LatinTerminal, // . ! ?
    LatinPause,    // , ; :
    LatinOpen,     // ( [ {
    LatinClose,    // ) ] }
    LatinQuote,    // " '
};

// One table entry: the class in the low five bits, then whether the
// character is wide (two cells) or ambiguous (two cells in CJK text only),
// then whether it is a space or a line break.
class CharInfo {
public:
    static constexpr quint8 WideBit = 0x20;
    static constexpr quint8 AmbiguousBit = 0x40;
    static constexpr quint8 SpaceOrBreakBit = 0x80; // a space or '\n': one test in hot loops

    constexpr CharInfo() = default;
    constexpr explicit CharInfo(quint8 bits)
        : m_bits(bits) {}

    constexpr CharClass charClass() const { return CharClass(m_bits & 0x1F); }
    constexpr bool isWide() const { return m_bits & WideBit; }
    constexpr bool isAmbiguous() const { return m_bits & AmbiguousBit; }

private:
    quint8 m_bits = 0;
};

// The whole table, one byte per UTF-16 code unit, for loops over long texts.
const quint8 *charInfoTable();

// The info of a UTF-16 code unit. A high surrogate reports Other; use
// classifyCodePoint() for the whole pair.
CharInfo charInfo(char16_t unit);
CharInfo classifyCodePoint(char32_t codePoint);

inline CharClass charClass(char16_t unit) {
    return charInfo(unit).charClass();
}

// Classes that read as CJK text when they meet a line break or a space.
constexpr bool isCjkClass(CharClass c) {
    return c == CharClass::Ideograph || c == CharClass::FullTerminal || c == CharClass::FullPause ||
           c == CharClass::FullOpen || c == CharClass::FullClose || c == CharClass::FullOther;
}

// Full-width punctuation that is never Latin, whatever its neighbours.
constexpr bool isFullPunct(CharClass c) {
    return c == CharClass::FullTerminal || c == CharClass::FullPause || c == CharClass::FullOpen ||
           c == CharClass::FullClose || c == CharClass::FullOther;
}

// Punctuation whose width and spacing follow its neighbours: curly quotes,
// ellipsis, dashes, ASCII brackets.
constexpr bool isAmbiguousPunct(CharClass c) {
    return c == CharClass::QuoteOpen || c == CharClass::QuoteClose || c == CharClass::Ellipsis ||
           c == CharClass::Dash || c == CharClass::LatinOpen || c == CharClass::LatinClose;
}

constexpr bool isAlnumClass(CharClass c) {
    return c == CharClass::LatinLetter || c == CharClass::Digit;
}

constexpr bool isTerminalClass(CharClass c) {
    return c == CharClass::FullTerminal || c == CharClass::LatinTerminal ||
           c == CharClass::Ellipsis;
}

// What may follow a sentence end and still close it: quotes and brackets.
constexpr bool isCloserClass(CharClass c) {
    return c == CharClass::QuoteClose || c == CharClass::FullClose || c == CharClass::LatinClose ||
           c == CharClass::LatinQuote;
}

// A line ending in one of these runs on: its sentence is not over.
constexpr bool isContinuingClass(CharClass c) {
    return c == CharClass::FullPause || c == CharClass::LatinPause || c == CharClass::FullOpen ||
           c == CharClass::QuoteOpen || c == CharClass::LatinOpen || c == CharClass::Hyphen ||
           c == CharClass::Dash;
}

// Whether `c` is one of `set`: for the handful of marks checked on every
// block, without a table.
inline bool oneOf(QChar c, std::u16string_view set) {
    return set.find(c.unicode()) != std::u16string_view::npos;
}

} // namespace galley::text
