// One article of a page: its display lines, its byline and its body, and the
// range of OCR source lines it was built from.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace galley {

// Source lines are counted from 0; an article built by hand has no range.
struct LineRange {
    int first = -1;
    int last = -1; // inclusive

    bool isValid() const { return first >= 0 && last >= first; }
    friend bool operator==(const LineRange &, const LineRange &) = default;
};

// The fields an edit can change, one per editable role of the model, in the
// order a reader meets them (find and replace walk them in this order).
enum class ArticleField { Kicker, Headline, Deck, Byline, Body };

// Why segmentation gave a display line to its article, for the editor to show
// and to offer the runner-up. It explains `text` for as long as the article's
// headline or deck still reads so; edits that change the line leave it unused.
struct DisplayMatch {
    // Headline, or Deck (one line of it); Kicker only once a person moved the line there.
    ArticleField field = ArticleField::Headline;
    QString text;
    double score = 0; // share of the line's telling text this article holds, 0..1
    QString evidence; // the longest stretch of the line found in this article
    int runnerUp = 0; // the next-best article, counted from this one (-1: the one before); 0 none
    double runnerUpScore = 0;
    LineRange source;

    friend bool operator==(const DisplayMatch &, const DisplayMatch &) = default;
};

struct Article {
    QString kicker; // the small line set above the headline (引题); segmentation leaves it empty
    QString headline;
    QString deck;
    QString byline;
    QStringList paragraphs;
    LineRange source;
    QList<DisplayMatch> displayMatches; // empty for articles not built by segmentation

    // The body as the editor shows it: one paragraph a line.
    QString body() const { return paragraphs.join(u'\n'); }
    // The reverse of body(): empty lines are not paragraphs.
    static QStringList paragraphsFromBody(const QString &body);

    friend bool operator==(const Article &, const Article &) = default;
};

QString articleField(const Article &article, ArticleField field);
void setArticleField(Article &article, ArticleField field, const QString &value);

} // namespace galley
