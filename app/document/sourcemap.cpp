#include "document/sourcemap.h"

#include "document/decisionflips.h"
#include "text/block.h"

#include <algorithm>

namespace galley {

namespace {

using text::Decision;
using text::DecisionKind;

qsizetype lineEnd(const QList<qsizetype> &lineStarts, int line, qsizetype textSize) {
    return line + 1 < lineStarts.size() ? lineStarts.at(line + 1) - 1 : textSize;
}

} // namespace

QList<qsizetype> blockOffsets(const QString &text, const QList<Decision> &decisions,
                              qsizetype sourceStart, qsizetype sourceEnd,
                              const QString &blockText) {
    QList<qsizetype> offsets;
    offsets.reserve(blockText.size());
    auto copy = [&offsets](qsizetype from, qsizetype to) {
        for (qsizetype i = from; i < to; ++i)
            offsets.append(i);
    };
    qsizetype position = sourceStart;
    auto it =
        std::lower_bound(decisions.begin(), decisions.end(), sourceStart,
                         [](const Decision &d, qsizetype p) { return qsizetype(d.position) < p; });
    for (; it != decisions.end() && it->position < sourceEnd; ++it) {
        const Decision &d = *it;
        copy(position, d.position);
        position = qMin<qsizetype>(qsizetype(d.position) + d.length, text.size());
        switch (d.effectiveKind()) {
        case DecisionKind::Join:
        case DecisionKind::DropSpace:
            break;
        case DecisionKind::JoinWithSpace:
        case DecisionKind::InsertSpace:
            offsets.append(d.position);
            break;
        case DecisionKind::KeepSpace:
            copy(d.position, position);
            break;
        case DecisionKind::Dehyphenate:
            if (!offsets.isEmpty())
                offsets.removeLast();
            break;
        case DecisionKind::ParagraphBreak:
        case DecisionKind::BlockBreak:
            return {}; // a block never holds a break
        }
    }
    copy(position, sourceEnd);
    // The replay must give the block's text, or the offsets mean nothing.
    if (offsets.size() != blockText.size())
        return {};
    for (qsizetype i = 0; i < offsets.size(); ++i) {
        const QChar c = blockText.at(i);
        if (c != u' ' && text.at(offsets.at(i)) != c)
            return {};
    }
    return offsets;
}

ArticleSourceMap::ArticleSourceMap(const Article &article, const QString &text,
                                   const QList<Decision> &decisions,
                                   const QList<qsizetype> &lineStarts) {
    const LineRange &range = article.source;
    if (!range.isValid() || range.first >= lineStarts.size() || decisions.isEmpty())
        return;
    const qsizetype start = lineStarts.at(range.first);
    const qsizetype end =
        lineEnd(lineStarts, qMin(range.last, int(lineStarts.size()) - 1), text.size());
    const QList<text::Block> blocks = blocksBetween(text, decisions, start, end);

    QList<qsizetype> paragraphStarts;
    qsizetype bodyOffset = 0;
    for (const QString &paragraph : article.paragraphs) {
        paragraphStarts.append(bodyOffset);
        bodyOffset += paragraph.size() + 1;
    }
    int nextParagraph = 0;
    for (const text::Block &block : blocks) {
        const qsizetype blockStart = block.sourceStart + start;
        const qsizetype blockEnd = block.sourceEnd + start;
        const QList<qsizetype> offsets =
            blockOffsets(text, decisions, blockStart, blockEnd, block.text);
        if (offsets.isEmpty())
            continue;
        auto addPiece = [&](ArticleField field, qsizetype fieldStart, qsizetype from) {
            m_pieces.append({field, fieldStart, offsets.mid(from), blockEnd});
        };
        // The byline taken out of the front of a lead paragraph.
        auto addBylineBefore = [&](qsizetype paragraphStart) {
            const qsizetype size = article.byline.size();
            if (size > 0 && size <= paragraphStart && block.text.startsWith(article.byline))
                m_pieces.append(
                    {ArticleField::Byline, 0, offsets.first(size), offsets.at(size - 1) + 1});
        };
        // Paragraphs keep their order; a lead paragraph lost its byline in front.
        bool matched = false;
        for (int p = nextParagraph; p < article.paragraphs.size() && !matched; ++p) {
            const QString &paragraph = article.paragraphs.at(p);
            if (!paragraph.isEmpty() && block.text.endsWith(paragraph)) {
                addPiece(ArticleField::Body, paragraphStarts.at(p),
                         block.text.size() - paragraph.size());
                // After the body: an offset where both end and begin is the body's.
                addBylineBefore(block.text.size() - paragraph.size());
                nextParagraph = p + 1;
                matched = true;
            }
        }
        if (matched)
            continue;
        if (!article.headline.isEmpty() && block.text == article.headline)
            addPiece(ArticleField::Headline, 0, 0);
        else if (!article.kicker.isEmpty() && block.text == article.kicker)
            addPiece(ArticleField::Kicker, 0, 0);
        else if (!article.byline.isEmpty() && block.text == article.byline)
            addPiece(ArticleField::Byline, 0, 0);
        else if (const qsizetype at = article.deck.indexOf(block.text);
                 !block.text.isEmpty() && at >= 0)
            addPiece(ArticleField::Deck, at, 0);
    }
}

const ArticleSourceMap::Piece *ArticleSourceMap::pieceAt(ArticleField field,
                                                         qsizetype position) const {
    for (const Piece &piece : m_pieces) {
        if (piece.field == field && position >= piece.fieldStart &&
            position <= piece.fieldStart + piece.offsets.size())
            return &piece;
    }
    return nullptr;
}

std::optional<std::pair<qsizetype, qsizetype>>
ArticleSourceMap::toOriginal(const FieldRange &range) const {
    const Piece *piece = pieceAt(range.field, range.start);
    if (!piece || piece->offsets.isEmpty())
        return std::nullopt;
    const qsizetype size = piece->offsets.size();
    const qsizetype first = qBound<qsizetype>(0, range.start - piece->fieldStart, size);
    const qsizetype last = qBound<qsizetype>(first, range.end - piece->fieldStart, size);
    const qsizetype start = first < size ? piece->offsets.at(first) : piece->originalEnd;
    const qsizetype end = last == first ? start
                          : last < size ? piece->offsets.at(last - 1) + 1
                                        : piece->originalEnd;
    return std::make_pair(start, qMax(start, end));
}

std::optional<FieldRange> ArticleSourceMap::fromOriginal(qsizetype start, qsizetype end) const {
    for (const Piece &piece : m_pieces) {
        if (piece.offsets.isEmpty() || start < piece.offsets.constFirst() ||
            start > piece.originalEnd)
            continue;
        // The first character at or after each original offset.
        const auto first = std::lower_bound(piece.offsets.begin(), piece.offsets.end(), start);
        const auto last = std::lower_bound(first, piece.offsets.end(), end);
        return FieldRange{piece.field, piece.fieldStart + (first - piece.offsets.begin()),
                          piece.fieldStart + (last - piece.offsets.begin())};
    }
    return std::nullopt;
}

QList<int> articleSourceLines(const QList<Article> &articles, int row, const ArticleSourceMap &map,
                              const QList<qsizetype> &lineStarts) {
    QList<int> lines;
    const LineRange &range = articles.at(row).source;
    if (!range.isValid())
        return lines;
    QList<LineRange> others;
    for (int other = 0; other < int(articles.size()); ++other) {
        const LineRange &r = articles.at(other).source;
        if (other != row && r.isValid() && r.first <= range.last && r.last >= range.first)
            others.append(r);
    }
    for (int line = range.first; line <= range.last && line < lineStarts.size(); ++line) {
        const bool shared = std::any_of(others.cbegin(), others.cend(), [line](const LineRange &r) {
            return line >= r.first && line <= r.last;
        });
        if (!shared || map.fromOriginal(lineStarts.at(line), lineStarts.at(line)))
            lines.append(line);
    }
    return lines;
}

} // namespace galley
