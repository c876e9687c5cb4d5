// The block builder: applies decisions to the OCR text and cuts the result
// into blocks (paragraphs and display lines) with what their lines looked like.
#pragma once

#include "text/block.h"
#include "text/decision.h"
#include "text/linefeatures.h"

#include <QList>
#include <QStringView>

namespace galley::text {

// Takes the decisions one at a time, in text order, so that the repair can
// build blocks as it decides and drop the features of the lines it has passed.
class BlockBuilder {
public:
    // `first` is the page's first line (which must exist).
    BlockBuilder(QStringView text, const LineFeatures &first);

    // A space decision, or a boundary decision with the line after it.
    void add(const Decision &decision, const LineFeatures *nextLine);

    // Ends the last block and hands over all of them.
    QList<Block> finish();

private:
    void startBlock(const LineFeatures &line, bool standalone);
    void enterLine(const LineFeatures &line);
    void closeBlock(bool standaloneAfter, bool blankAfter);
    void append(qsizetype from, qsizetype to);

    QStringView m_text;
    QList<Block> m_blocks;
    QString m_buffer;         // the current block's text so far
    Block m_block;            // the current block's fields, text aside
    qsizetype m_position = 0; // the next source character to copy
    qsizetype m_lineEnd = 0;  // end of the current line's text
};

// `decisions` must be in text order and hold one boundary decision for each
// pair of consecutive lines of `page`, as the repair engine makes them.
QList<Block> applyDecisions(QStringView text, const PageFeatures &page,
                            const QList<Decision> &decisions);

// Every line a block of its own, its text as OCR'd (trimmed).
QList<Block> lineBlocks(QStringView text, const PageFeatures &page);

} // namespace galley::text
