// Find and replace over articles: plain and regular-expression search, case
// and whole-word options, walking fields and articles in reading order with
// wrap-around, and Replace All as one undo step with a count.
#include "document/articlemodel.h"
#include "document/findreplace.h"

#include <QAbstractItemModelTester>
#include <QTest>
#include <QUndoStack>

using namespace galley;

Q_DECLARE_METATYPE(galley::ArticleField)

namespace {

Article article(const QString &headline, const QStringList &paragraphs,
                const QString &byline = {}) {
    Article a;
    a.headline = headline;
    a.byline = byline;
    a.paragraphs = paragraphs;
    return a;
}

QList<Article> page() {
    return {article("职工互助保险", {"加大职工互助保险保障力度。", "职工群众获得感增强。"},
                    "记者 周美玉"),
            article("Union News", {"The union said the Union would help.", "union-made goods"}),
            article("密云区送温暖", {"密云区总工会将启动活动。"})};
}

FindOptions plain(const QString &pattern) {
    FindOptions options;
    options.pattern = pattern;
    return options;
}

} // namespace

class TestFindReplace : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void countsMatchesOfEachOption_data() {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<bool>("regex");
        QTest::addColumn<bool>("caseSensitive");
        QTest::addColumn<bool>("wholeWords");
        QTest::addColumn<int>("count");

        // In article 1: "Union News", "The union said the Union would help.", "union-made goods".
        QTest::newRow("nominal: plain, any case") << "union" << false << false << false << 4;
        QTest::newRow("nominal: plain, match case") << "union" << false << true << false << 2;
        QTest::newRow("nominal: whole words keep union-made")
            << "union" << false << false << true << 4;
        QTest::newRow("nominal: whole words drop a part") << "unio" << false << false << true << 0;
        QTest::newRow("nominal: regular expression") << "[Uu]nion\\b" << true << true << false << 4;
        QTest::newRow("nominal: CJK text") << "职工" << false << false << false << 0;
        QTest::newRow("robustness: dot is literal when plain")
            << "." << false << false << false << 1;
        QTest::newRow("robustness: invalid expression") << "(" << true << false << false << 0;
    }

    void countsMatchesOfEachOption() {
        QFETCH(QString, pattern);
        QFETCH(bool, regex);
        QFETCH(bool, caseSensitive);
        QFETCH(bool, wholeWords);
        QFETCH(int, count);
        FindOptions options = plain(pattern);
        options.regularExpression = regex;
        options.caseSensitive = caseSensitive;
        options.wholeWords = wholeWords;
        const TextFinder finder(options);
        const ReplaceAllResult result = replaceAll(page(), finder, "X", 1, 1);
        QCOMPARE(result.count, count);
    }

    void invalidExpressionSaysWhy() {
        FindOptions options = plain("(unclosed");
        options.regularExpression = true;
        const TextFinder finder(options);
        QVERIFY(!finder.isValid());
        QVERIFY(!finder.errorString().isEmpty());
        QVERIFY(!TextFinder(plain({})).isValid());
    }

    void findNextWalksFieldsThenArticles() {
        const QList<Article> articles = page();
        const TextFinder finder(plain("职工"));
        // From nowhere: the headline of article 0 first.
        std::optional<FindMatch> match = findNext(articles, finder, {}, 0, 2);
        QVERIFY(match);
        QCOMPARE(*match, (FindMatch{0, ArticleField::Headline, 0, 2}));
        // Then the body: "加大职工…" at 2, then "职工群众" after the line break at 14.
        match = findNext(articles, finder, *match, 0, 2);
        QCOMPARE(*match, (FindMatch{0, ArticleField::Body, 2, 2}));
        match = findNext(articles, finder, *match, 0, 2);
        QCOMPARE(*match, (FindMatch{0, ArticleField::Body, 14, 2}));
        // Article 2 says 职工 nowhere, article 1 neither: back to the start.
        match = findNext(articles, finder, *match, 0, 2);
        QCOMPARE(*match, (FindMatch{0, ArticleField::Headline, 0, 2}));
    }

    void findWalksTheKickerBeforeTheHeadline() {
        QList<Article> articles = page();
        articles[2].kicker = "送温暖进万家";
        const TextFinder finder(plain("送温暖"));
        // The kicker stands above the headline: found first, in both directions.
        std::optional<FindMatch> match = findNext(articles, finder, {}, 0, 2);
        QVERIFY(match);
        QCOMPARE(*match, (FindMatch{2, ArticleField::Kicker, 0, 3}));
        match = findNext(articles, finder, *match, 0, 2);
        QCOMPARE(*match, (FindMatch{2, ArticleField::Headline, 3, 3}));
        match = findPrevious(articles, finder, *match, 0, 2);
        QCOMPARE(*match, (FindMatch{2, ArticleField::Kicker, 0, 3}));

        const ReplaceAllResult result = replaceAll(articles, finder, "慰问", 0, 2);
        QCOMPARE(result.count, 2);
        QCOMPARE(result.changed.first().second.kicker, QStringLiteral("慰问进万家"));
        QCOMPARE(result.changed.first().second.headline, QStringLiteral("密云区慰问"));
    }

    void findNextFromACursorFindsTheMatchAtIt() {
        const TextFinder finder(plain("密云区"));
        const std::optional<FindMatch> match =
            findNext(page(), finder, FindMatch{2, ArticleField::Body, 0, 0}, 0, 2);
        QVERIFY(match);
        QCOMPARE(*match, (FindMatch{2, ArticleField::Body, 0, 3}));
    }

    void findPreviousWalksBackwards() {
        const QList<Article> articles = page();
        const TextFinder finder(plain("职工"));
        std::optional<FindMatch> match =
            findPrevious(articles, finder, FindMatch{0, ArticleField::Body, 14, 2}, 0, 2);
        QCOMPARE(*match, (FindMatch{0, ArticleField::Body, 2, 2}));
        match = findPrevious(articles, finder, *match, 0, 2);
        QCOMPARE(*match, (FindMatch{0, ArticleField::Headline, 0, 2}));
        // Wraps around to the last match of the page.
        match = findPrevious(articles, finder, *match, 0, 2);
        QCOMPARE(*match, (FindMatch{0, ArticleField::Body, 14, 2}));
    }

    void findStaysInTheGivenRows() {
        const TextFinder finder(plain("职工"));
        QVERIFY(!findNext(page(), finder, {}, 2, 2));
        QVERIFY(findNext(page(), finder, {}, 0, 0));
    }

    void replaceAllRewritesEveryField() {
        const ReplaceAllResult result = replaceAll(page(), TextFinder(plain("职工")), "员工", 0, 2);
        QCOMPARE(result.count, 3);
        QCOMPARE(result.changed.size(), 1);
        QCOMPARE(result.changed.first().first, 0);
        const Article &changed = result.changed.first().second;
        QCOMPARE(changed.headline, QStringLiteral("员工互助保险"));
        QCOMPARE(changed.paragraphs,
                 (QStringList{"加大员工互助保险保障力度。", "员工群众获得感增强。"}));
        QCOMPARE(changed.byline, QStringLiteral("记者 周美玉"));
    }

    void regularExpressionReplacementUsesGroups() {
        FindOptions options = plain("记者 (\\S+)");
        options.regularExpression = true;
        const ReplaceAllResult result =
            replaceAll(page(), TextFinder(options), "\\1（记者）", 0, 2);
        QCOMPARE(result.count, 1);
        QCOMPARE(result.changed.first().second.byline, QStringLiteral("周美玉（记者）"));
    }

    void plainReplacementKeepsBackslashes() {
        const ReplaceAllResult result =
            replaceAll(page(), TextFinder(plain("News")), "\\1 News", 0, 2);
        QCOMPARE(result.changed.first().second.headline, QStringLiteral("Union \\1 News"));
    }

    void replaceAllIsOneUndoStep() {
        QUndoStack stack;
        ArticleModel model(&stack);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.resetArticles(page());
        FindOptions options = plain("union");
        const ReplaceAllResult result =
            replaceAll(model.articles(), TextFinder(options), "guild", 0, 2);
        model.replaceArticles(result.changed, "Replace All");
        QCOMPARE(stack.count(), 1);
        QCOMPARE(model.article(1).headline, QStringLiteral("guild News"));
        QCOMPARE(model.article(1).paragraphs,
                 (QStringList{"The guild said the guild would help.", "guild-made goods"}));
        stack.undo();
        QCOMPARE(model.articles(), page());
        stack.redo();
        QCOMPARE(model.article(1).headline, QStringLiteral("guild News"));
    }
};

QTEST_GUILESS_MAIN(TestFindReplace)
#include "tst_findreplace.moc"
