// Block classification: tells body paragraphs from the paragraphs that open an
// article (a byline or dateline first) and from display lines (headline, deck,
// kicker, caption), as a copy editor does at a glance.
#pragma once

#include "text/block.h"
#include "text/byline.h"

#include <QList>
#include <QString>

#include <functional>

namespace galley::text {

enum class BlockKind {
    Body,    // a paragraph of an article
    Lead,    // a paragraph, or a line, that opens an article with its byline or dateline
    Display, // a headline, deck or kicker: matched to its article afterwards
    Aside,   // a caption or an editor's credit: kept with the article it stands in
};

// One classified unit: a block, or display lines that continue each other.
struct ClassifiedBlock {
    BlockKind kind = BlockKind::Body;
    QString text;       // for a Lead, the whole text; the byline is in `lead`
    int firstBlock = 0; // indices into the repair's blocks, inclusive
    int lastBlock = 0;
    int firstLine = 0; // source lines, inclusive
    int lastLine = 0;
    int displayScore = 0; // the evidence for a display line; Display from displayThreshold up
    Lead lead;            // for a Lead

    friend bool operator==(const ClassifiedBlock &, const ClassifiedBlock &) = default;
};

// The score from which a block is a display line.
inline constexpr int displayThreshold = 3;

// How strongly a block looks like a display line: no end punctuation, a width
// unlike the column's, blank lines around it, short, set apart by the repair.
int displayScore(const Block &block);

// Whether display line `next` carries on `previous` (a deck wrapped over two
// lines), rather than starting a display line of its own.
bool continuesDisplayLine(const Block &previous, const Block &next);

// Display width of a text: CJK and full-width characters count 2.
int displayWidth(QStringView text);

// The blocks of a page, classified, with wrapped display lines merged.
QList<ClassifiedBlock> classifyBlocks(const QList<Block> &blocks);

// The same, handed one at a time to `onUnit` (a page can hold hundreds of
// thousands of blocks: no list of them all is made).
void classifyBlocks(const QList<Block> &blocks,
                    const std::function<void(const ClassifiedBlock &)> &onUnit);

} // namespace galley::text
