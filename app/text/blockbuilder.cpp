#include "text/blockbuilder.h"

#include <algorithm>

namespace galley::text {

BlockBuilder::BlockBuilder(QStringView text, const LineFeatures &first)
    : m_text(text) {
    m_buffer.reserve(4096);
    startBlock(first, false);
}

void BlockBuilder::startBlock(const LineFeatures &line, bool standalone) {
    m_block = Block();
    m_block.firstLine = m_block.lastLine = line.number;
    m_block.blankBefore = line.has(BlankBefore);
    m_block.standalone = standalone;
    m_block.maxLineWidth = measureOf(line);
    m_block.columnWidth = line.column;
    m_block.sourceStart = line.start;
    m_position = line.start;
    m_lineEnd = line.end;
}

void BlockBuilder::enterLine(const LineFeatures &line) {
    m_block.lastLine = line.number;
    m_block.maxLineWidth = std::max(m_block.maxLineWidth, measureOf(line));
    m_lineEnd = line.end;
}

void BlockBuilder::append(qsizetype from, qsizetype to) {
    if (to > from)
        m_buffer.append(m_text.mid(from, to - from));
}

void BlockBuilder::closeBlock(bool standaloneAfter, bool blankAfter) {
    append(m_position, m_lineEnd);
    // An exact copy: the buffer's spare capacity stays with the buffer.
    m_block.text = QString(m_buffer.constData(), m_buffer.size());
    m_block.standalone = m_block.standalone || standaloneAfter;
    m_block.blankAfter = blankAfter;
    m_block.sourceEnd = m_lineEnd;
    m_blocks.append(std::move(m_block));
    m_buffer.truncate(0);
}

void BlockBuilder::add(const Decision &decision, const LineFeatures *nextLine) {
    const bool boundary = decision.isBoundary();
    const DecisionKind kind = decision.effectiveKind();
    // A flip never turns a space inside a line into a line break, or back.
    if ((boundary && !nextLine) || !Decision::sameFamily(decision.kind, kind) ||
        decision.position < m_position || decision.position > m_text.size())
        return; // not one of the engine's decisions for this text
    if (Decision::isBreakKind(kind)) {
        m_lineEnd = std::min<qsizetype>(m_lineEnd, decision.position);
        const bool block = kind == DecisionKind::BlockBreak;
        closeBlock(block && decision.displayBefore, nextLine->has(BlankBefore));
        startBlock(*nextLine, block && decision.displayAfter);
        return;
    }
    append(m_position, decision.position);
    m_position = std::min<qsizetype>(decision.position + qsizetype(decision.length), m_text.size());
    switch (kind) {
    case DecisionKind::JoinWithSpace:
    case DecisionKind::InsertSpace:
        m_buffer.append(u' ');
        break;
    case DecisionKind::KeepSpace:
        append(decision.position, m_position);
        break;
    case DecisionKind::Dehyphenate:
        if (!m_buffer.isEmpty() && charClass(m_buffer.back().unicode()) == CharClass::Hyphen)
            m_buffer.chop(1);
        break;
    default: // Join, DropSpace
        break;
    }
    if (boundary)
        enterLine(*nextLine);
}

QList<Block> BlockBuilder::finish() {
    closeBlock(false, true);
    return std::move(m_blocks);
}

QList<Block> applyDecisions(QStringView text, const PageFeatures &page,
                            const QList<Decision> &decisions) {
    if (page.lines.empty())
        return {};
    BlockBuilder builder(text, page.lines.front());
    size_t line = 0;
    for (const Decision &decision : decisions) {
        const bool boundary = decision.isBoundary();
        const LineFeatures *next =
            boundary && line + 1 < page.lines.size() ? &page.lines[line + 1] : nullptr;
        builder.add(decision, next);
        if (next)
            ++line;
    }
    return builder.finish();
}

QList<Block> lineBlocks(QStringView text, const PageFeatures &page) {
    QList<Block> blocks;
    for (size_t i = 0; i < page.lines.size(); ++i) {
        const LineFeatures &line = page.lines[i];
        Block block;
        block.text = text.mid(line.start, line.end - line.start).toString();
        block.firstLine = block.lastLine = line.number;
        block.blankBefore = line.has(BlankBefore);
        block.blankAfter = i + 1 >= page.lines.size() || page.lines[i + 1].has(BlankBefore);
        block.maxLineWidth = measureOf(line);
        block.columnWidth = line.column;
        block.sourceStart = line.start;
        block.sourceEnd = line.end;
        blocks.append(std::move(block));
    }
    return blocks;
}

} // namespace galley::text
