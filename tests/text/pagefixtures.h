// The article pages under tests/data/pages/articles: each has the OCR text
// (.txt), the blocks a correct repair gives for it (.blocks.json) and the
// articles a reader finds on it (.expected.json), written by hand.
#pragma once

#include "text/repair.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <QTest>

namespace pagefixtures {

// What the tests compare of an article, from the segmentation or the model.
struct ArticleView {
    QString headline;
    QString deck;
    QString byline;
    QStringList paragraphs; // for expected articles: the first characters of each paragraph
};

// One test row per article page: the column "page" names it.
inline void addPageRows() {
    QTest::addColumn<QString>("page");
    QTest::newRow("nominal: the sample page, scrambled reading order") << "union-bulletin-zh";
    QTest::newRow("nominal: every headline after its body") << "headlines-after-body-zh";
    QTest::newRow("nominal: articles with no headline between") << "no-headline-between-zh";
    QTest::newRow("nominal: articles without bylines, a caption") << "no-byline-zh";
    QTest::newRow("nominal: English, capitals and datelines") << "dateline-en";
    QTest::newRow("nominal: one article, kicker and credit line") << "single-article-zh";
}

inline QString articlesDir() {
    return QStringLiteral(GALLEY_TEST_DATA_DIR "/pages/articles/");
}

// The pages, by base name; the sample page's text lives in resources/samples.
inline QStringList pageNames() {
    return {
        "union-bulletin-zh", "headlines-after-body-zh", "no-headline-between-zh", "no-byline-zh",
        "dateline-en",       "single-article-zh"};
}

inline QString pageTextPath(const QString &name) {
    if (name == QLatin1String("union-bulletin-zh"))
        return QStringLiteral(GALLEY_SOURCE_DIR "/resources/samples/union-bulletin-zh.txt");
    return articlesDir() + name + QLatin1String(".txt");
}

inline QJsonObject readJson(const QString &path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(path));
    return QJsonDocument::fromJson(file.readAll()).object();
}

inline galley::text::RepairResult readBlocks(const QString &name) {
    const QJsonObject root = readJson(articlesDir() + name + QLatin1String(".blocks.json"));
    galley::text::RepairResult result;
    const int columnWidth = root.value("columnWidth").toInt();
    for (const QJsonValue &value : root.value("blocks").toArray()) {
        const QJsonObject object = value.toObject();
        galley::text::Block block;
        block.text = object.value("text").toString();
        block.firstLine = object.value("lines").toArray().at(0).toInt();
        block.lastLine = object.value("lines").toArray().at(1).toInt();
        block.blankBefore = object.value("blankBefore").toBool();
        block.blankAfter = object.value("blankAfter").toBool();
        block.standalone = object.value("standalone").toBool();
        block.maxLineWidth = object.value("maxLineWidth").toInt();
        block.columnWidth = columnWidth;
        result.blocks.append(block);
    }
    return result;
}

inline QList<ArticleView> readExpected(const QString &name) {
    const QJsonObject root = readJson(articlesDir() + name + QLatin1String(".expected.json"));
    QList<ArticleView> articles;
    for (const QJsonValue &value : root.value("articles").toArray()) {
        const QJsonObject object = value.toObject();
        ArticleView article{object.value("headline").toString(),
                            object.value("deck").toString(),
                            object.value("byline").toString(),
                            {}};
        for (const QJsonValue &start : object.value("paragraphStarts").toArray())
            article.paragraphs.append(start.toString());
        articles.append(article);
    }
    return articles;
}

// Spaces are the repair's business, not segmentation's: paragraphs compare without them.
inline QString withoutSpaces(QString text) {
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    return text.remove(spaces);
}

inline bool paragraphMatches(const QString &paragraph, const QString &start) {
    return withoutSpaces(paragraph).startsWith(withoutSpaces(start));
}

// The found article that holds the expected one's first paragraph; -1 none.
inline qsizetype findArticle(const QList<ArticleView> &found, const ArticleView &expected) {
    for (qsizetype i = 0; i < found.size(); ++i) {
        if (!found.at(i).paragraphs.isEmpty() && !expected.paragraphs.isEmpty() &&
            paragraphMatches(found.at(i).paragraphs.front(), expected.paragraphs.front()))
            return i;
    }
    return -1;
}

// The quality table's row for one page.
struct PageScore {
    qsizetype found = 0;
    qsizetype expected = 0;
    int headlines = 0;
    int decks = 0;
    int bylines = 0;
    int bodies = 0; // articles holding exactly their paragraphs
};

// Articles pair up in reading order when as many were found as expected;
// otherwise each expected one is looked up by its first paragraph.
inline PageScore scorePage(const QList<ArticleView> &found, const QList<ArticleView> &expected) {
    PageScore score{found.size(), expected.size(), 0, 0, 0, 0};
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const ArticleView &want = expected.at(i);
        const qsizetype index = found.size() == expected.size() ? i : findArticle(found, want);
        if (index < 0)
            continue;
        const ArticleView &got = found.at(index);
        score.headlines += got.headline.simplified() == want.headline.simplified() ? 1 : 0;
        score.decks += got.deck.simplified() == want.deck.simplified() ? 1 : 0;
        score.bylines += got.byline.simplified() == want.byline.simplified() ? 1 : 0;
        bool body = got.paragraphs.size() == want.paragraphs.size();
        for (qsizetype p = 0; body && p < got.paragraphs.size(); ++p)
            body = paragraphMatches(got.paragraphs.at(p), want.paragraphs.at(p));
        score.bodies += body ? 1 : 0;
    }
    return score;
}

} // namespace pagefixtures
