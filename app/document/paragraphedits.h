// Edits inside one article's body, as pure functions from an article to the
// edited copy: join and split paragraphs, lift text into the headline or deck.
#pragma once

#include "document/article.h"

#include <QStringView>

namespace galley {

// A place in an article's body: a paragraph and an offset inside it.
struct BodyPosition {
    int paragraph = 0;
    int offset = 0;

    friend bool operator==(const BodyPosition &, const BodyPosition &) = default;
};

// The position of `offset` in body() (paragraphs joined by '\n').
BodyPosition bodyPosition(const Article &article, qsizetype offset);
// The offset in body() of `position`.
qsizetype bodyOffset(const Article &article, BodyPosition position);

// What goes between two pieces of text joined into one line: nothing between
// CJK characters, a space between Latin words.
QString joinSeparator(QStringView left, QStringView right);

bool canJoinWithNext(const Article &article, int paragraph);
// `paragraph` and the one after it become one paragraph.
Article joinWithNextParagraph(const Article &article, int paragraph);

// A split at an offset that cuts nothing off (a paragraph's start or end) is no split.
bool canSplitParagraph(const Article &article, BodyPosition at);
// The paragraph at `at` becomes two; spaces at the cut are dropped.
Article splitParagraph(const Article &article, BodyPosition at);

// The body text from `start` to `end` (offsets in body()) moves into `field`
// (a display line: kicker, headline or deck, whose old text it replaces); a
// paragraph left empty disappears.
Article liftIntoField(const Article &article, ArticleField field, qsizetype start, qsizetype end);

// Headline and deck trade places.
Article swapHeadlineAndDeck(const Article &article);

// Whether a split at `at` leaves text on both sides.
bool canSplitArticle(const Article &article, BodyPosition at);
// The article cut in two at `at` (mid-paragraph cuts split the paragraph):
// the first part keeps the display lines (kicker, headline, deck) and byline,
// the second starts bare.
// Both keep the source range, which the cut does not divide reliably.
std::pair<Article, Article> splitArticle(const Article &article, BodyPosition at);
// `second` appended to `first`. Nothing is lost: the display lines and byline
// of `second` become paragraphs where its text begins, unless `first` lacks
// that field, which then takes it.
Article mergeArticles(const Article &first, const Article &second);

} // namespace galley
