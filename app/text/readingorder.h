// The reading order of an OCR page's blocks: down each column, columns left to
// right (bands of vertical text top to bottom, their lines right to left), a
// headline over several columns before them; and the pieces an OCR engine cut
// one column into joined again.
#pragma once

#include "text/ocrpage.h"

namespace galley::text {

// Puts the words of a block that lies inside another block back into the
// lines of that block they sit on: OCR cuts a justified line at a wide space
// as if it were a column gutter, and sets the piece apart.
void mergeLineFragments(OcrPage &page);

// Puts the blocks of `page` in reading order by recursive cuts along the
// white space between them: first into columns, else off the top one band.
void orderBlocks(OcrPage &page);

// Joins blocks that follow each other in one column, in the same type, with
// no more space between them than between their lines: one column of text
// that the engine happened to cut (Tesseract does where lines of neighbouring
// columns line up). Expects the blocks in reading order.
void mergeColumnBlocks(OcrPage &page);

// All three, as an importer applies them.
inline void arrangeBlocks(OcrPage &page) {
    mergeLineFragments(page);
    orderBlocks(page);
    mergeColumnBlocks(page);
}

} // namespace galley::text
