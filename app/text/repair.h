// The repair engine: rebuilds paragraphs from OCR lines. Every change it makes
// is a Decision (at a line boundary or a space) that an editor can show, flip
// and recompute the paragraphs from.
//
//     RepairResult result = repairText(ocrText);
//     flipDecision(result.decisions, i);                     // a person disagrees
//     result.blocks = buildBlocks(ocrText, result.decisions); // paragraphs again
#pragma once

#include "text/block.h"
#include "text/decision.h"
#include "text/geometry.h"
#include "text/language.h"
#include "text/spacing.h"

#include <QList>
#include <QString>

namespace galley::text {

struct RepairOptions {
    Language language = Language::Auto;
    bool enabled = true; // false keeps every OCR line as a block of its own
    CjkLatinSpacing cjkLatinSpacing = CjkLatinSpacing::Consistent;
    // Where OCR saw the lines (per source line), for text from a scan, hOCR or
    // ALTO: what it shows overrules the text rules at line boundaries.
    const Geometry *geometry = nullptr;
};

struct RepairResult {
    Language language = Language::Auto; // the language the rules ran for
    QList<Block> blocks;                // paragraphs and display lines, in source order
    QList<Decision> decisions;          // in text order; empty when repair is off
};

// Decides every line boundary and every questionable space of `text` and
// applies the decisions. Offsets in decisions and blocks index `text`; a text
// longer than 2^31-1 characters (4 GiB) gives no blocks.
RepairResult repairText(const QString &text, const RepairOptions &options = {});

// The blocks of `text` under `decisions`: those repairText() made for the same
// text, any of them flipped (flipDecision()). Cheap enough to call after each flip.
QList<Block> buildBlocks(const QString &text, const QList<Decision> &decisions);

// The index of the decision whose span holds the text offset `position` (a
// span of length 0 holds its own position), or -1.
qsizetype decisionAt(const QList<Decision> &decisions, qsizetype position);

} // namespace galley::text
