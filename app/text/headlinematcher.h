// Headline matching: gives each display line (headline, deck, kicker) to the
// article it describes by the text they share, whether it stands before the
// article or after it, and tells the headline from the deck.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace galley::text {

// A display line waiting for its article, and where it stands among them.
struct DisplayLine {
    QString text;
    int firstLine = 0; // source lines, inclusive
    int lastLine = 0;
    int previousArticle = -1; // the article whose text ends just before it; -1 none
    int nextArticle = -1;     // the article whose text starts right after it; -1 none
    int run = 0;              // display lines standing together share a run number

    friend bool operator==(const DisplayLine &, const DisplayLine &) = default;
};

} // namespace galley::text

// Made of a string and numbers, which may be moved in memory as bytes.
Q_DECLARE_TYPEINFO(galley::text::DisplayLine, Q_RELOCATABLE_TYPE);

namespace galley::text {

// Why a display line went to its article, and which article came second.
struct DisplayMatch {
    int article = -1;  // the article the line describes; -1 when the page has none
    double score = 0;  // share of the line's words and character pairs found in it, 0..1
    QString evidence;  // the longest stretch of the line whose every pair is found in it
    int runnerUp = -1; // the next-best article near the line; -1 when there is none
    double runnerUpScore = 0;

    friend bool operator==(const DisplayMatch &, const DisplayMatch &) = default;
};

// Matches display lines against the article bodies near them only: a line is
// compared with the articles on either side of it and the next ones out, and
// each article's text is read once for all the lines near it, so the work
// grows with the page, not with its square.
class HeadlineMatcher {
public:
    // `articleBodies` (the paragraphs of each article) must outlive the matcher.
    explicit HeadlineMatcher(const QList<QStringList> &articleBodies);

    // Matches the display lines of a page, in page order; lines standing
    // together share a run number. Lines of one run keep their order: the
    // first lines go to the earlier article, unless the text says clearly
    // otherwise.
    QList<DisplayMatch> match(const QList<DisplayLine> &lines) const;

    // How many articles on each side of a run are compared with it.
    static constexpr int reach = 2;
    // How many articles on each side weigh how telling a shared word is: 工会
    // in every article near a line says less than 昌平 in one of them.
    static constexpr int context = 2;

private:
    const QList<QStringList> &m_bodies;
};

// The share of `display`'s words and character pairs that occur in `body`,
// from 0 (nothing shared) to 1: the raw evidence, before weighing against
// neighbouring articles.
double sharedTextScore(QStringView display, const QStringList &body);

// Which of an article's display lines (in reading order) is its headline; the
// others make its deck. The first line is the headline unless it reads as a
// deck (clauses set apart by spaces) or a kicker (short, above a longer line).
int chooseHeadline(const QList<DisplayLine> &lines);

} // namespace galley::text
