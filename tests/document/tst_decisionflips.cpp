// Flipping a repair decision rebuilds the paragraphs it shaped from the
// original text and nothing else; the flip is one undo step; and the source
// map ties each character of an article to its place in the OCR text.
#include "document/bulletinbuilder.h"
#include "document/decisioncommands.h"
#include "document/decisionflips.h"
#include "document/document.h"
#include "document/sourcemap.h"

#include <QFile>
#include <QTest>
#include <QUndoStack>

using namespace galley;
using text::Rule;

namespace {

// A headline, a byline line broken at a blank line in mid-sentence, and two
// paragraphs wrapped at the column: the damage of the sample page, small.
const QString page = QStringLiteral("标题在这里\n"
                                    "本报讯 （记者 周美玉 ） 开\n"
                                    "\n"
                                    "展常态化送温暖活动、 加大职工\n"
                                    "互助保险保障力度。\n"
                                    "\n"
                                    "一直以来，昌平区总工会常\n"
                                    "态化开展送温暖。\n");

Bulletin repaired() {
    Bulletin bulletin;
    bulletin.originalText = page;
    buildArticles(bulletin);
    return bulletin;
}

// The decisions a rule made, in text order.
QList<qsizetype> decisionsOf(const Bulletin &bulletin, Rule rule) {
    QList<qsizetype> found;
    for (qsizetype i = 0; i < bulletin.decisions.size(); ++i) {
        if (bulletin.decisions.at(i).rule == rule)
            found.append(i);
    }
    return found;
}

QList<qsizetype> lineStarts(const QString &text) {
    QList<qsizetype> starts{0};
    for (qsizetype i = text.indexOf(u'\n'); i >= 0; i = text.indexOf(u'\n', i + 1))
        starts.append(i + 1);
    return starts;
}

} // namespace

class TestDecisionFlips : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void thePageReadsAsExpected() {
        // What the other tests start from, checked against the text above.
        const Bulletin bulletin = repaired();
        QCOMPARE(bulletin.articles.size(), 1);
        const Article &article = bulletin.articles.first();
        QCOMPARE(article.headline, QStringLiteral("标题在这里"));
        QCOMPARE(article.byline, QStringLiteral("本报讯（记者 周美玉）"));
        QCOMPARE(article.paragraphs,
                 (QStringList{"开展常态化送温暖活动、加大职工互助保险保障力度。",
                              "一直以来，昌平区总工会常态化开展送温暖。"}));
        QCOMPARE(decisionsOf(bulletin, Rule::BlankMidSentence).size(), 1);
        QCOMPARE(decisionsOf(bulletin, Rule::BlankSentenceEnd).size(), 1);
        QCOMPARE(decisionsOf(bulletin, Rule::CjkColumnWrap).size(), 2);
    }

    void flipRebuildsTheParagraphs_data() {
        QTest::addColumn<int>("rule");
        QTest::addColumn<int>("occurrence");
        QTest::addColumn<QString>("headline");
        QTest::addColumn<QStringList>("paragraphs");

        QTest::newRow("nominal: the join across the blank line becomes a break")
            << int(Rule::BlankMidSentence) << 0 << "标题在这里"
            << QStringList{"开", "展常态化送温暖活动、加大职工互助保险保障力度。",
                           "一直以来，昌平区总工会常态化开展送温暖。"};
        QTest::newRow("nominal: the paragraph break becomes a join")
            << int(Rule::BlankSentenceEnd) << 0 << "标题在这里"
            << QStringList{"开展常态化送温暖活动、加大职工互助保险保障力度。"
                           "一直以来，昌平区总工会常态化开展送温暖。"};
        QTest::newRow("nominal: a column wrap in the second paragraph becomes a break")
            << int(Rule::CjkColumnWrap) << 1 << "标题在这里"
            << QStringList{"开展常态化送温暖活动、加大职工互助保险保障力度。",
                           "一直以来，昌平区总工会常", "态化开展送温暖。"};
        QTest::newRow("nominal: the dropped space after 、 is kept")
            << int(Rule::SpaceCjkPunct) << 3 << "标题在这里"
            << QStringList{"开展常态化送温暖活动、 加大职工互助保险保障力度。",
                           "一直以来，昌平区总工会常态化开展送温暖。"};
        QTest::newRow("nominal: the headline becomes the first paragraph")
            << int(Rule::DisplayBeforeByline) << 0 << ""
            << QStringList{"标题在这里", "开展常态化送温暖活动、加大职工互助保险保障力度。",
                           "一直以来，昌平区总工会常态化开展送温暖。"};
    }

    void flipRebuildsTheParagraphs() {
        QFETCH(int, rule);
        QFETCH(int, occurrence);
        QFETCH(QString, headline);
        QFETCH(QStringList, paragraphs);
        const Bulletin bulletin = repaired();
        const QList<qsizetype> candidates = decisionsOf(bulletin, Rule(rule));
        QVERIFY(occurrence < candidates.size());
        const FlipResult result = articlesAfterFlips(bulletin.articles, page, bulletin.decisions,
                                                     {candidates.at(occurrence)}, lineStarts(page));
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.changed.size(), 1);
        const Article &article = result.changed.first().second;
        QCOMPARE(article.headline, headline);
        QCOMPARE(article.byline, QStringLiteral("本报讯（记者 周美玉）"));
        QCOMPARE(article.paragraphs, paragraphs);
    }

    void flipKeepsHandEditsElsewhere() {
        Bulletin bulletin = repaired();
        bulletin.articles[0].paragraphs[1] = QStringLiteral("这一段改过了。");
        const FlipResult result =
            articlesAfterFlips(bulletin.articles, page, bulletin.decisions,
                               decisionsOf(bulletin, Rule::BlankMidSentence), lineStarts(page));
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.changed.first().second.paragraphs,
                 (QStringList{"开", "展常态化送温暖活动、加大职工互助保险保障力度。",
                              "这一段改过了。"}));
    }

    void flipRefusesToOverwriteAHandEdit() {
        Bulletin bulletin = repaired();
        bulletin.articles[0].paragraphs[0] = QStringLiteral("开展活动。");
        const FlipResult result =
            articlesAfterFlips(bulletin.articles, page, bulletin.decisions,
                               decisionsOf(bulletin, Rule::BlankMidSentence), lineStarts(page));
        QVERIFY(!result.ok);
        QVERIFY(result.error.contains(u"line 2"));
    }

    void flippingEveryInstanceOfARuleIsOneStep() {
        Document document;
        document.setBulletin(repaired());
        const QList<qsizetype> wraps = decisionsOf(document.bulletin(), Rule::CjkColumnWrap);
        QString error;
        QVERIFY2(flipDecisions(&document, wraps, "Flip Column Wraps", &error), qPrintable(error));
        QCOMPARE(document.undoStack()->count(), 1);
        QCOMPARE(document.model()->article(0).paragraphs,
                 (QStringList{"开展常态化送温暖活动、加大职工", "互助保险保障力度。",
                              "一直以来，昌平区总工会常", "态化开展送温暖。"}));
        for (const qsizetype index : wraps)
            QVERIFY(document.decisions().at(index).flipped);

        document.undoStack()->undo();
        QCOMPARE(document.model()->articles(), repaired().articles);
        for (const qsizetype index : wraps)
            QVERIFY(!document.decisions().at(index).flipped);
        document.undoStack()->redo();
        QCOMPARE(document.model()->article(0).paragraphs.size(), 4);
        // The project file keeps the flips: the page saved is the page as flipped.
        QCOMPARE(document.bulletin().decisions.at(wraps.first()).flipped, 1);
    }

    void partialFlipsLeaveOutHandEditedText() {
        Document document;
        Bulletin bulletin = repaired();
        bulletin.articles[0].paragraphs[1] = QStringLiteral("这一段改过了。");
        document.setBulletin(bulletin);
        // Two column wraps: one in the edited paragraph, one in the first.
        const QList<qsizetype> wraps = decisionsOf(bulletin, Rule::CjkColumnWrap);
        QString error;
        QVERIFY(!flipDecisions(&document, wraps, "Flip", &error));
        QCOMPARE(document.undoStack()->count(), 0);
        int skipped = 0;
        QCOMPARE(flipDecisionsWherePossible(&document, wraps, "Flip", &skipped), 1);
        QCOMPARE(skipped, 1);
        QCOMPARE(document.model()->article(0).paragraphs,
                 (QStringList{"开展常态化送温暖活动、加大职工", "互助保险保障力度。",
                              "这一段改过了。"}));
        QVERIFY(document.decisions().at(wraps.at(0)).flipped);
        QVERIFY(!document.decisions().at(wraps.at(1)).flipped);
    }

    void everyDecisionOfTheSampleFlipsAndFlipsBack() {
        QFile file(QStringLiteral(GALLEY_SOURCE_DIR "/resources/samples/union-bulletin-zh.txt"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        Bulletin sample;
        sample.originalText = QString::fromUtf8(file.readAll());
        buildArticles(sample);
        const QList<qsizetype> starts = lineStarts(sample.originalText);
        QVERIFY(sample.decisions.size() > 500);
        for (qsizetype i = 0; i < sample.decisions.size(); ++i) {
            const FlipResult there = articlesAfterFlips(sample.articles, sample.originalText,
                                                        sample.decisions, {i}, starts);
            QVERIFY2(there.ok,
                     qPrintable(QStringLiteral("decision %1: %2").arg(i).arg(there.error)));
            QList<Article> flipped = sample.articles;
            for (const auto &[row, article] : there.changed)
                flipped[row] = article;
            QList<text::Decision> decisions = sample.decisions;
            text::flipDecision(decisions, i);
            const FlipResult back =
                articlesAfterFlips(flipped, sample.originalText, decisions, {i}, starts);
            QVERIFY2(back.ok,
                     qPrintable(QStringLiteral("decision %1 back: %2").arg(i).arg(back.error)));
            for (const auto &[row, article] : back.changed)
                flipped[row] = article;
            QCOMPARE(flipped.size(), sample.articles.size());
            for (qsizetype row = 0; row < flipped.size(); ++row) {
                QCOMPARE(flipped.at(row).paragraphs, sample.articles.at(row).paragraphs);
                QCOMPARE(flipped.at(row).headline, sample.articles.at(row).headline);
                QCOMPARE(flipped.at(row).deck, sample.articles.at(row).deck);
                QCOMPARE(flipped.at(row).byline, sample.articles.at(row).byline);
            }
        }
    }

    void blocksOfAStretchMatchThoseOfThePage() {
        const Bulletin bulletin = repaired();
        const QList<text::Block> whole = blocksBetween(page, bulletin.decisions, 0, page.size());
        QCOMPARE(whole.size(), 3);
        QCOMPARE(whole.at(0).text, QStringLiteral("标题在这里"));
        // The last paragraph alone, from its first character to its last.
        const qsizetype start = page.indexOf(u"一直以来");
        const qsizetype end = page.indexOf(u"送温暖。\n", start) + 4;
        const QList<text::Block> last = blocksBetween(page, bulletin.decisions, start, end);
        QCOMPARE(last.size(), 1);
        QCOMPARE(last.first().text, QStringLiteral("一直以来，昌平区总工会常态化开展送温暖。"));
    }

    void sourceMapTiesTextToTheOriginal_data() {
        QTest::addColumn<int>("field");
        QTest::addColumn<qsizetype>("start");
        QTest::addColumn<qsizetype>("end");
        QTest::addColumn<QString>("original");

        // "开" ends the byline line; "展" starts the line after the blank one.
        QTest::newRow("nominal: across the joined blank line")
            << int(ArticleField::Body) << qsizetype(0) << qsizetype(2) << "开\n\n展";
        QTest::newRow("nominal: across a dropped space")
            << int(ArticleField::Body) << qsizetype(9) << qsizetype(12) << "动、 加";
        QTest::newRow("nominal: inside the second paragraph")
            << int(ArticleField::Body) << qsizetype(25) << qsizetype(29) << "一直以来";
        QTest::newRow("nominal: the headline")
            << int(ArticleField::Headline) << qsizetype(0) << qsizetype(5) << "标题在这里";
        QTest::newRow("nominal: the byline taken out of the lead paragraph")
            << int(ArticleField::Byline) << qsizetype(0) << qsizetype(11)
            << "本报讯 （记者 周美玉 ）";
        QTest::newRow("nominal: the body right after the byline")
            << int(ArticleField::Body) << qsizetype(0) << qsizetype(1) << "开";
    }

    void sourceMapTiesTextToTheOriginal() {
        QFETCH(int, field);
        QFETCH(qsizetype, start);
        QFETCH(qsizetype, end);
        QFETCH(QString, original);
        const Bulletin bulletin = repaired();
        const ArticleSourceMap map(bulletin.articles.first(), page, bulletin.decisions,
                                   lineStarts(page));
        const FieldRange range{ArticleField(field), start, end};
        const auto found = map.toOriginal(range);
        QVERIFY(found);
        QCOMPARE(page.mid(found->first, found->second - found->first), original);
        // And back: the original stretch selects the same text.
        const std::optional<FieldRange> back = map.fromOriginal(found->first, found->second);
        QVERIFY(back);
        QCOMPARE(*back, range);
    }

    void sourceMapKnowsNothingOfEditedText() {
        Bulletin bulletin = repaired();
        bulletin.articles[0].paragraphs[1] = QStringLiteral("这一段改过了。");
        const ArticleSourceMap map(bulletin.articles.first(), page, bulletin.decisions,
                                   lineStarts(page));
        QVERIFY(!map.toOriginal({ArticleField::Body, 26, 28}));
        QVERIFY(map.toOriginal({ArticleField::Body, 0, 2}));
    }

    void articleLinesLeaveOutWhatAnotherArticleHolds_data() {
        QTest::addColumn<bool>("edited");    // the second paragraph retyped by hand
        QTest::addColumn<bool>("neighbour"); // another article's range holds its lines
        QTest::addColumn<QList<int>>("lines");
        const QList<int> all{0, 1, 2, 3, 4, 5, 6, 7};
        QTest::newRow("nominal: the article alone") << false << false << all;
        QTest::newRow("nominal: lines its own text came from stay its own") << false << true << all;
        QTest::newRow("nominal: edited lines no other article reaches stay its own")
            << true << false << all;
        QTest::newRow("nominal: edited lines another article holds are that one's")
            << true << true << QList<int>{0, 1, 2, 3, 4, 5};
    }

    void articleLinesLeaveOutWhatAnotherArticleHolds() {
        QFETCH(bool, edited);
        QFETCH(bool, neighbour);
        QFETCH(QList<int>, lines);
        Bulletin bulletin = repaired();
        QCOMPARE(bulletin.articles.size(), 1);
        QCOMPARE(bulletin.articles.first().source, (LineRange{0, 7}));
        if (edited)
            bulletin.articles[0].paragraphs[1] = QStringLiteral("这一段改过了。");
        if (neighbour) {
            Article other;
            other.headline = QStringLiteral("一直以来");
            other.source = {6, 7};
            bulletin.articles.append(other);
        }
        const ArticleSourceMap map(bulletin.articles.first(), page, bulletin.decisions,
                                   lineStarts(page));
        QCOMPARE(articleSourceLines(bulletin.articles, 0, map, lineStarts(page)), lines);
    }
};

QTEST_GUILESS_MAIN(TestDecisionFlips)
#include "tst_decisionflips.moc"
