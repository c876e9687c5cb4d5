// Find and replace over the articles of a page: plain text or a regular
// expression, with case and whole-word options, field by field.
#pragma once

#include "document/article.h"

#include <QList>
#include <QRegularExpression>
#include <QString>
#include <optional>

namespace galley {

struct FindOptions {
    QString pattern;
    bool regularExpression = false;
    bool caseSensitive = false;
    bool wholeWords = false;
};

// One match: where it is, in which field of which article.
struct FindMatch {
    int row = -1;
    ArticleField field = ArticleField::Headline;
    qsizetype start = 0;
    qsizetype length = 0;

    friend bool operator==(const FindMatch &, const FindMatch &) = default;
};

// The fields in the order a search walks them inside one article.
inline constexpr ArticleField searchedFields[] = {ArticleField::Kicker, ArticleField::Headline,
                                                  ArticleField::Deck, ArticleField::Byline,
                                                  ArticleField::Body};

class TextFinder {
public:
    explicit TextFinder(const FindOptions &options);

    // False for an empty pattern or a regular expression that does not compile.
    bool isValid() const;
    QString errorString() const;

    // The first match in `text` starting at or after `from`, as (start, length).
    std::optional<std::pair<qsizetype, qsizetype>> findIn(const QString &text,
                                                          qsizetype from) const;
    // The last match in `text` that ends at or before `to`.
    std::optional<std::pair<qsizetype, qsizetype>> findLastIn(const QString &text,
                                                              qsizetype to) const;
    // Replaces every match in `text`; returns how many there were. In a
    // regular expression's replacement, \1 to \99 stand for its groups.
    int replaceAllIn(QString &text, const QString &replacement) const;
    // The text that replaces the match of `matched` (the whole matched text).
    QString replacementFor(const QString &matched, const QString &replacement) const;

private:
    QRegularExpression m_expression;
    bool m_regularExpression;
};

// The next match from the end of `from` (the current match, or a cursor when
// its length is 0; the first match when `from.row` is outside the rows),
// walking rows [firstRow, lastRow] and wrapping around once; nullopt when none.
std::optional<FindMatch> findNext(const QList<Article> &articles, const TextFinder &finder,
                                  const FindMatch &from, int firstRow, int lastRow);
// The same walking backwards from the start of `from`.
std::optional<FindMatch> findPrevious(const QList<Article> &articles, const TextFinder &finder,
                                      const FindMatch &from, int firstRow, int lastRow);

// Every article of rows [firstRow, lastRow] with all matches replaced.
struct ReplaceAllResult {
    QList<std::pair<int, Article>> changed; // row and the article as replaced
    int count = 0;                          // the matches replaced
};

ReplaceAllResult replaceAll(const QList<Article> &articles, const TextFinder &finder,
                            const QString &replacement, int firstRow, int lastRow);

} // namespace galley
