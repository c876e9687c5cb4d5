// A block of repaired text: a paragraph or a display line (headline, deck),
// with the OCR source lines it was built from and what its lines looked like.
#pragma once

#include <QString>

namespace galley::text {

struct Block {
    QString text;      // repaired text, no line breaks inside
    int firstLine = 0; // source line numbers, counted from 0
    int lastLine = 0;  // inclusive

    // What segmentation needs to tell a display line from body text.
    bool blankBefore = false; // a blank source line (or the page start) precedes it
    bool blankAfter = false;  // a blank source line (or the page end) follows it
    bool standalone = false;  // the repair set it apart as a display line (block break)
    int maxLineWidth = 0;     // display width of its widest source line (CJK counts 2)
    int columnWidth = 0;      // the page's body column width near it; 0 when unknown

    // Where the block lies in the original text: from its first line's first
    // character that is not a space to its last line's last one (exclusive).
    qsizetype sourceStart = 0;
    qsizetype sourceEnd = 0;

    friend bool operator==(const Block &, const Block &) = default;
};

} // namespace galley::text
