// Line features: what the repair rules know about each OCR line (its extent,
// display width, the characters at its ends, byline or list start) and the
// page's body column width(s), measured in one pass over the text.
#pragma once

#include "text/charclass.h"

#include <QStringView>

#include <deque>

namespace galley::text {

enum LineFlag : quint32 {
    BlankBefore = 1u << 0,    // a blank line (or the page start) precedes the line
    Indented = 1u << 1,       // it starts with two spaces, a tab or an ideographic space
    StartsByline = 1u << 2,   // 本报讯, 本报记者, 新华社…电, （记者 …）, By …
    StartsListItem = 1u << 3, // 一、 （一） 1. ① • …
    InnerSpace = 1u << 4,     // a space run between two of its characters
    InnerGap = 1u << 5,       // an inner run of two spaces or more, a tab or U+3000
    CjkLine = 1u << 6,        // written mostly in CJK characters
    EndsTerminal = 1u << 7,   // ends a sentence: 。！？… or . ! ?, maybe followed by ” ）
    EndsContinuing = 1u << 8, // ends in ，、；：, an opening bracket, a hyphen or a dash
    EndsLetterHyphen = 1u << 9, // ends in a letter or digit followed by a hyphen
    EndCjk = 1u << 10,          // the last strong character (skipping quotes, symbols) is CJK
    EndLatin = 1u << 11,        // ... is a Latin letter or a digit
    EndDirect = 1u << 12,       // the last character itself is that strong character
    StartCjk = 1u << 13,
    StartLatin = 1u << 14,
    StartDirect = 1u << 15,
    StartsOpenQuote = 1u << 16, // the first character is an opening quote
    EndsCloseQuote = 1u << 17,  // the last character is a closing quote
    StartsUpper = 1u << 18,     // the first character is an upper-case letter
    LatinBylineLine = 1u << 19, // a line of its own that starts with "By "
    AnyCjk = 1u << 20,          // holds at least one CJK character or full-width mark
    Wraps = 1u << 23,           // runs on into the next line: the column ended it, not the text
    StartsLower = 1u << 24,     // the first character is a lower-case letter
    InnerTerminal = 1u << 22,   // a sentence end on the line: 。！？ anywhere, or ". " (so
                                // on a line that does not end a sentence, one inside it)
    Display = 1u << 21,         // set by the display-line rules, not by the scan
};

struct LineFeatures {
    qint32 start = 0;     // offset of the first character that is not a space
    qint32 end = 0;       // offset after the last character that is not a space
    qint32 number = 0;    // source line number, from 0
    quint16 width = 0;    // display width, inner spaces included (CJK counts two)
    quint16 inkWidth = 0; // display width of the characters that are not spaces
    quint16 column = 0;   // the body column width near the line, same unit
    CharClass first = CharClass::Other;
    CharClass last = CharClass::Other;
    CharClass firstStrong = CharClass::Other; // see StartCjk / StartLatin
    CharClass lastStrong = CharClass::Other;  // see EndCjk / EndLatin
    quint8 firstWordWidth = 0; // display width of the first word (CJK: first character)
    quint8 displayReason = 0;  // set by the display-line rules
    quint32 flags = 0;

    bool has(LineFlag flag) const { return flags & flag; }
};

// How the page writes a space between CJK text and Latin letters or digits.
struct SpacingCounts {
    qint64 letterSpaced = 0;     // 使用 Python
    qint64 letterTight = 0;      // 使用Python
    qint64 digitSpaced = 0;      // 达到了 95%
    qint64 digitTight = 0;       // 2022年
    qint64 cjkLineSpaceRuns = 0; // space runs inside lines with CJK text: each may be judged
};

// The width a line is measured by against its column: without spaces in CJK
// text (OCR spaces there are artefacts), with them in Latin text.
inline int measureOf(const LineFeatures &line) {
    return line.has(CjkLine) ? line.inkWidth : line.width;
}

// A deque, so that the repair can let go of the lines it has passed while the
// blocks it builds take their place in memory.
using LineList = std::deque<LineFeatures>;

struct PageFeatures {
    LineList lines; // the lines that are not blank, in order
    SpacingCounts spacing;
    bool hasLetterHyphen = false; // some line ends in a letter or digit and a hyphen
    bool cjkPage = false;         // most lines are CJK lines
};

// Scans `text` (lines separated by '\n'). Offsets are qint32: texts longer than
// 2^31-1 characters are not supported.
PageFeatures analysePage(QStringView text);

// Sets LineFeatures::column of every line and PageFeatures::cjkPage (part of
// analysePage, apart for testing).
void estimateColumns(PageFeatures &page);

} // namespace galley::text
