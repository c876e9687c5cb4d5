// Where an article's text came from: every character of its paragraphs and
// display lines mapped to its offset in the original OCR text, through the
// decisions that joined the lines, so a selection in the body can be shown in
// the source and the other way round.
#pragma once

#include "document/article.h"
#include "text/decision.h"

#include <QList>
#include <QString>
#include <optional>

namespace galley {

// A stretch of one field of an article (offsets as articleField() counts them).
struct FieldRange {
    ArticleField field = ArticleField::Body;
    qsizetype start = 0;
    qsizetype end = 0;

    friend bool operator==(const FieldRange &, const FieldRange &) = default;
};

class ArticleSourceMap {
public:
    ArticleSourceMap() = default;
    // `decisions` and `lineStarts` describe `text`, the page's original text.
    ArticleSourceMap(const Article &article, const QString &text,
                     const QList<text::Decision> &decisions, const QList<qsizetype> &lineStarts);

    bool isEmpty() const { return m_pieces.isEmpty(); }

    // The original text behind `range`, as [start, end) offsets; nullopt when
    // that part of the article has no known source (it was edited by hand).
    std::optional<std::pair<qsizetype, qsizetype>> toOriginal(const FieldRange &range) const;
    // The article text built from original offsets [start, end).
    std::optional<FieldRange> fromOriginal(qsizetype start, qsizetype end) const;

private:
    struct Piece {
        ArticleField field = ArticleField::Body;
        qsizetype fieldStart = 0;  // where the piece starts in its field
        QList<qsizetype> offsets;  // the original offset of each character
        qsizetype originalEnd = 0; // just past the last one
    };

    const Piece *pieceAt(ArticleField field, qsizetype position) const;

    QList<Piece> m_pieces;
};

// The source lines article `row` is made of, given `map`, its source map:
// the lines of its range, less those another article's range holds too and
// this article's text did not come from (a headline printed among its lines).
// Text edited by hand has no source; where no other article reaches, its
// lines stay the article's.
QList<int> articleSourceLines(const QList<Article> &articles, int row, const ArticleSourceMap &map,
                              const QList<qsizetype> &lineStarts);

// The offset in the original text of each character of a block that spans
// [sourceStart, sourceEnd) there, replaying the decisions as the repair
// applied them; empty when the replay does not give `blockText`.
QList<qsizetype> blockOffsets(const QString &text, const QList<text::Decision> &decisions,
                              qsizetype sourceStart, qsizetype sourceEnd, const QString &blockText);

} // namespace galley
