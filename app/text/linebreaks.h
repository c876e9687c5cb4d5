// Line breaks: which OCR lines are display lines (headline, deck, a line
// before a byline) and what each line boundary becomes: a join, a space, a
// de-hyphenation, a paragraph break or a block break.
#pragma once

#include "text/decision.h"
#include "text/hyphenation.h"
#include "text/linefeatures.h"
#include "text/spacing.h"

#include <QStringView>

namespace galley::text {

enum DisplayReason : quint8 {
    NotDisplay = 0,
    DisplayHeadline,     // wider than the column, alone between blank lines, or short
    DisplayBeforeByline, // the next line starts with a byline
    DisplayDeck,         // a display line right after another one
};

// Sets the Display flag and LineFeatures::displayReason of the page's lines.
void markDisplayLines(PageFeatures &page);

struct BoundaryContext {
    QStringView text;
    const PageFeatures &page;
    const SpacingPolicy &spacing;
    const HyphenResolver &hyphens;
    bool chinese = false; // the page language: decides joins between symbols
};

// The decision at the boundary between page.lines[index] and page.lines[index + 1].
Decision decideBoundary(const BoundaryContext &context, size_t index);

// Whether the line ends short of its column: the next line's first word (for
// CJK, a character or two) would have fitted. A paragraph's first line may
// have lost its indent to OCR, which `atUnitStart` allows for.
bool isShortLine(const LineFeatures &line, const LineFeatures *next, bool atUnitStart);

// Whether the line is clearly wider than its column, as headlines often are.
bool isWideLine(const LineFeatures &line);

} // namespace galley::text
