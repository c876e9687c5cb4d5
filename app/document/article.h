// One article of a page: its display lines, its byline and its body, and the
// range of OCR source lines it was built from.
#pragma once

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

struct Article {
    QString headline;
    QString deck;
    QString byline;
    QStringList paragraphs;
    LineRange source;

    // The body as the editor shows it: one paragraph a line.
    QString body() const { return paragraphs.join(u'\n'); }
    // The reverse of body(): empty lines are not paragraphs.
    static QStringList paragraphsFromBody(const QString &body);

    friend bool operator==(const Article &, const Article &) = default;
};

// The fields an edit can change, one per editable role of the model.
enum class ArticleField { Headline, Deck, Byline, Body };

QString articleField(const Article &article, ArticleField field);
void setArticleField(Article &article, ArticleField field, const QString &value);

} // namespace galley
