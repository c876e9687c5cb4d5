#include "document/article.h"

namespace galley {

QStringList Article::paragraphsFromBody(const QString &body) {
    QStringList paragraphs = body.split(u'\n', Qt::SkipEmptyParts);
    // A paragraph of spaces is an empty line the user left behind, not text.
    paragraphs.removeIf([](const QString &p) { return p.trimmed().isEmpty(); });
    return paragraphs;
}

QString articleField(const Article &article, ArticleField field) {
    switch (field) {
    case ArticleField::Kicker:
        return article.kicker;
    case ArticleField::Headline:
        return article.headline;
    case ArticleField::Deck:
        return article.deck;
    case ArticleField::Byline:
        return article.byline;
    case ArticleField::Body:
        return article.body();
    }
    return {};
}

void setArticleField(Article &article, ArticleField field, const QString &value) {
    switch (field) {
    case ArticleField::Kicker:
        article.kicker = value;
        break;
    case ArticleField::Headline:
        article.headline = value;
        break;
    case ArticleField::Deck:
        article.deck = value;
        break;
    case ArticleField::Byline:
        article.byline = value;
        break;
    case ArticleField::Body:
        article.paragraphs = Article::paragraphsFromBody(value);
        break;
    }
}

} // namespace galley
