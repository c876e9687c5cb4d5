// The article pages end to end: each OCR text file through importFile()
// (decoding, repair, segmentation) gives the articles a reader finds on it.
#include "formats/importer.h"
#include "pagefixtures.h"

#include <QTest>

using namespace galley;
using pagefixtures::ArticleView;

namespace {

QList<ArticleView> viewsOf(const QList<Article> &articles) {
    QList<ArticleView> views;
    for (const Article &article : articles)
        views.append({article.headline, article.deck, article.byline, article.paragraphs});
    return views;
}

bool allRight(const pagefixtures::PageScore &score) {
    const int expected = int(score.expected);
    return score.found == score.expected && score.headlines == expected &&
           score.decks == expected && score.bylines == expected && score.bodies == expected;
}

} // namespace

class TestArticlePages : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void importsPage_data() {
        pagefixtures::addPageRows();
    }

    void importsPage() {
        QFETCH(QString, page);

        const ImportResult imported = importFile(pagefixtures::pageTextPath(page));
        QVERIFY2(imported.ok, qPrintable(imported.error));

        const QList<ArticleView> found = viewsOf(imported.bulletin.articles);
        const QList<ArticleView> expected = pagefixtures::readExpected(page);
        const pagefixtures::PageScore score = pagefixtures::scorePage(found, expected);
        qInfo("%s: articles %lld/%lld, headlines %d, decks %d, bylines %d, bodies %d",
              qPrintable(page), qlonglong(score.found), qlonglong(score.expected), score.headlines,
              score.decks, score.bylines, score.bodies);
        QVERIFY(allRight(score));
        QCOMPARE(found.size(), expected.size());
        for (qsizetype i = 0; i < expected.size(); ++i) {
            const ArticleView &got = found.at(i);
            const ArticleView &want = expected.at(i);
            QCOMPARE(got.headline, want.headline);
            QCOMPARE(got.deck, want.deck);
            QCOMPARE(got.byline, want.byline);
            QCOMPARE(got.paragraphs.size(), want.paragraphs.size());
            for (qsizetype p = 0; p < want.paragraphs.size(); ++p)
                QVERIFY2(
                    pagefixtures::paragraphMatches(got.paragraphs.at(p), want.paragraphs.at(p)),
                    qPrintable(QString("article %1, paragraph %2 starts \"%3\", not \"%4\"")
                                   .arg(i)
                                   .arg(p)
                                   .arg(got.paragraphs.at(p).left(20), want.paragraphs.at(p))));
        }
    }

    void sampleWithoutRepairKeepsItsArticles() {
        // With repair off every OCR line is a paragraph of its own and stays
        // as OCR read it, byline included; the articles and their display
        // lines must still be found.
        ImportOptions options;
        options.build.repair = false;
        const ImportResult imported =
            importFile(pagefixtures::pageTextPath("union-bulletin-zh"), options);
        QVERIFY2(imported.ok, qPrintable(imported.error));
        const QList<ArticleView> expected = pagefixtures::readExpected("union-bulletin-zh");
        const QList<Article> &found = imported.bulletin.articles;
        QCOMPARE(found.size(), expected.size());
        for (qsizetype i = 0; i < expected.size(); ++i) {
            QCOMPARE(found.at(i).headline, expected.at(i).headline);
            QCOMPARE(found.at(i).deck, expected.at(i).deck);
            QCOMPARE(found.at(i).byline, QString());
            const QString line = pagefixtures::withoutSpaces(found.at(i).paragraphs.value(0));
            QVERIFY2(line.startsWith(pagefixtures::withoutSpaces(expected.at(i).byline)),
                     qPrintable(line));
        }
        QCOMPARE(found.front().paragraphs.front(), QString("本报讯 （记者 周美玉 ） 开"));
    }

    void sampleKeepsMatchScores() {
        // What the editor shows for the 密云 headline, which stands after its
        // article: the name the two share, and the 三里屯 article as runner-up.
        const ImportResult imported = importFile(pagefixtures::pageTextPath("union-bulletin-zh"));
        QVERIFY2(imported.ok, qPrintable(imported.error));
        QCOMPARE(imported.bulletin.articles.size(), 5);
        const Article &miyun = imported.bulletin.articles.at(3);
        QCOMPARE(miyun.displayMatches.size(), 2);
        const DisplayMatch &headline = miyun.displayMatches.front();
        QCOMPARE(headline.field, ArticleField::Headline);
        QCOMPARE(headline.text, miyun.headline);
        QVERIFY(headline.evidence.contains("密云区总工会"));
        QCOMPARE(headline.runnerUp, 1);
        QVERIFY(headline.score > headline.runnerUpScore);
        QCOMPARE(miyun.displayMatches.back().field, ArticleField::Deck);
    }
};

QTEST_GUILESS_MAIN(TestArticlePages)
#include "tst_articlepages.moc"
