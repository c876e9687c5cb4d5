// Edits inside one article (join and split paragraphs, lift text into the
// headline or deck, split and merge articles, move a display line): each is a
// pure function whose result a reader can check against the input by eye.
#include "document/displaymoves.h"
#include "document/paragraphedits.h"

#include <QTest>

using namespace galley;

Q_DECLARE_METATYPE(galley::BodyPosition)
Q_DECLARE_METATYPE(galley::ArticleField)

namespace {

Article article(const QStringList &paragraphs, const QString &headline = {},
                const QString &deck = {}, const QString &byline = {}) {
    Article a;
    a.headline = headline;
    a.deck = deck;
    a.byline = byline;
    a.paragraphs = paragraphs;
    a.source = {10, 20};
    return a;
}

} // namespace

class TestParagraphEdits : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void bodyPositionMapsOffsets_data() {
        QTest::addColumn<qsizetype>("offset");
        QTest::addColumn<int>("paragraph");
        QTest::addColumn<int>("inParagraph");

        // Body "甲乙丙\n丁戊": offsets 0..3 in the first paragraph, 4..6 in the second.
        QTest::newRow("nominal: start") << qsizetype(0) << 0 << 0;
        QTest::newRow("nominal: inside the first") << qsizetype(2) << 0 << 2;
        QTest::newRow("nominal: end of the first") << qsizetype(3) << 0 << 3;
        QTest::newRow("nominal: start of the second") << qsizetype(4) << 1 << 0;
        QTest::newRow("nominal: end of the body") << qsizetype(6) << 1 << 2;
        QTest::newRow("robustness: past the end") << qsizetype(99) << 1 << 2;
    }

    void bodyPositionMapsOffsets() {
        QFETCH(qsizetype, offset);
        QFETCH(int, paragraph);
        QFETCH(int, inParagraph);
        const Article a = article({"甲乙丙", "丁戊"});
        const BodyPosition position = bodyPosition(a, offset);
        QCOMPARE(position.paragraph, paragraph);
        QCOMPARE(position.offset, inParagraph);
        if (offset <= a.body().size())
            QCOMPARE(bodyOffset(a, position), offset);
    }

    void joinSeparatorFollowsTheScript_data() {
        QTest::addColumn<QString>("left");
        QTest::addColumn<QString>("right");
        QTest::addColumn<QString>("separator");

        QTest::newRow("nominal: CJK to CJK") << "加大职工"
                                             << "互助保险"
                                             << "";
        QTest::newRow("nominal: Latin to Latin") << "the union"
                                                 << "said"
                                                 << " ";
        QTest::newRow("nominal: CJK to Latin") << "投入资金"
                                               << "666"
                                               << "";
        QTest::newRow("nominal: full-width punctuation") << "活动，"
                                                         << "and"
                                                         << "";
        QTest::newRow("robustness: empty side") << ""
                                                << "said"
                                                << "";
    }

    void joinSeparatorFollowsTheScript() {
        QFETCH(QString, left);
        QFETCH(QString, right);
        QFETCH(QString, separator);
        QCOMPARE(joinSeparator(left, right), separator);
    }

    void joinsWithNextParagraph_data() {
        QTest::addColumn<QStringList>("paragraphs");
        QTest::addColumn<int>("paragraph");
        QTest::addColumn<QStringList>("expected");

        QTest::newRow("nominal: CJK column break")
            << QStringList{"开", "展常态化送温暖活动。", "第三段。"} << 0
            << QStringList{"开展常态化送温暖活动。", "第三段。"};
        QTest::newRow("nominal: English sentence")
            << QStringList{"The union said", "it would help."} << 0
            << QStringList{"The union said it would help."};
        QTest::newRow("nominal: the last two")
            << QStringList{"一。", "二", "三。"} << 1 << QStringList{"一。", "二三。"};
        QTest::newRow("robustness: last paragraph has no next")
            << QStringList{"一。", "二。"} << 1 << QStringList{"一。", "二。"};
        QTest::newRow("robustness: no such paragraph")
            << QStringList{"一。"} << -1 << QStringList{"一。"};
    }

    void joinsWithNextParagraph() {
        QFETCH(QStringList, paragraphs);
        QFETCH(int, paragraph);
        QFETCH(QStringList, expected);
        const Article joined = joinWithNextParagraph(article(paragraphs, "标题"), paragraph);
        QCOMPARE(joined.paragraphs, expected);
        QCOMPARE(joined.headline, QStringLiteral("标题"));
    }

    void splitsParagraph_data() {
        QTest::addColumn<QStringList>("paragraphs");
        QTest::addColumn<BodyPosition>("at");
        QTest::addColumn<QStringList>("expected");

        QTest::newRow("nominal: CJK mid-paragraph")
            << QStringList{"昌平区总工会深化维权服务。该区建制率保持在100%。"}
            << BodyPosition{0, 13}
            << QStringList{"昌平区总工会深化维权服务。", "该区建制率保持在100%。"};
        QTest::newRow("nominal: spaces at the cut are dropped")
            << QStringList{"One sentence. Another one."} << BodyPosition{0, 13}
            << QStringList{"One sentence.", "Another one."};
        QTest::newRow("robustness: at the start is no split")
            << QStringList{"一二三"} << BodyPosition{0, 0} << QStringList{"一二三"};
        QTest::newRow("robustness: at the end is no split")
            << QStringList{"一二三"} << BodyPosition{0, 3} << QStringList{"一二三"};
        QTest::newRow("robustness: no such paragraph")
            << QStringList{"一二三"} << BodyPosition{4, 1} << QStringList{"一二三"};
    }

    void splitsParagraph() {
        QFETCH(QStringList, paragraphs);
        QFETCH(BodyPosition, at);
        QFETCH(QStringList, expected);
        const Article a = article(paragraphs);
        QCOMPARE(canSplitParagraph(a, at), expected != paragraphs);
        QCOMPARE(splitParagraph(a, at).paragraphs, expected);
    }

    void liftsSelectionIntoField_data() {
        QTest::addColumn<ArticleField>("field");
        QTest::addColumn<qsizetype>("start");
        QTest::addColumn<qsizetype>("end");
        QTest::addColumn<QString>("expectedField");
        QTest::addColumn<QStringList>("expectedBody");

        // Body: "密云区总工会将启动活动\n本报讯 记者报道。\n正文。"
        QTest::newRow("nominal: a whole first paragraph becomes the headline")
            << ArticleField::Headline << qsizetype(0) << qsizetype(11) << "密云区总工会将启动活动"
            << QStringList{"本报讯 记者报道。", "正文。"};
        QTest::newRow("nominal: part of a paragraph becomes the deck")
            << ArticleField::Deck << qsizetype(0) << qsizetype(6) << "密云区总工会"
            << QStringList{"将启动活动", "本报讯 记者报道。", "正文。"};
        QTest::newRow("nominal: a selection over a break reads as one line")
            << ArticleField::Headline << qsizetype(6) << qsizetype(15) << "将启动活动 本报讯"
            << QStringList{"密云区总工会 记者报道。", "正文。"};
        QTest::newRow("nominal: the line above the headline becomes the kicker")
            << ArticleField::Kicker << qsizetype(0) << qsizetype(6) << "密云区总工会"
            << QStringList{"将启动活动", "本报讯 记者报道。", "正文。"};
        QTest::newRow("robustness: an empty selection changes nothing")
            << ArticleField::Headline << qsizetype(3) << qsizetype(3) << "旧标题"
            << QStringList{"密云区总工会将启动活动", "本报讯 记者报道。", "正文。"};
    }

    void liftsSelectionIntoField() {
        QFETCH(ArticleField, field);
        QFETCH(qsizetype, start);
        QFETCH(qsizetype, end);
        QFETCH(QString, expectedField);
        QFETCH(QStringList, expectedBody);
        const Article a =
            article({"密云区总工会将启动活动", "本报讯 记者报道。", "正文。"}, "旧标题");
        const Article lifted = liftIntoField(a, field, start, end);
        QCOMPARE(articleField(lifted, field), expectedField);
        QCOMPARE(lifted.paragraphs, expectedBody);
        // Lifting into the kicker leaves the headline alone.
        if (field == ArticleField::Kicker)
            QCOMPARE(lifted.headline, QStringLiteral("旧标题"));
    }

    void swapsHeadlineAndDeck() {
        Article a = article({"正文。"}, "副题在上", "主标题");
        a.kicker = "引题";
        const Article swapped = swapHeadlineAndDeck(a);
        QCOMPARE(swapped.kicker, QStringLiteral("引题"));
        QCOMPARE(swapped.headline, QStringLiteral("主标题"));
        QCOMPARE(swapped.deck, QStringLiteral("副题在上"));
        QCOMPARE(swapped.paragraphs, QStringList{"正文。"});
    }

    void splitsArticle_data() {
        QTest::addColumn<BodyPosition>("at");
        QTest::addColumn<QStringList>("first");
        QTest::addColumn<QStringList>("second");

        // Paragraphs: "甲一。", "乙二。本报讯 丙三。", "丁四。"
        QTest::newRow("nominal: at a paragraph start")
            << BodyPosition{1, 0} << QStringList{"甲一。"}
            << QStringList{"乙二。本报讯 丙三。", "丁四。"};
        QTest::newRow("nominal: mid-paragraph at a byline")
            << BodyPosition{1, 3} << QStringList{"甲一。", "乙二。"}
            << QStringList{"本报讯 丙三。", "丁四。"};
        QTest::newRow("nominal: at a paragraph end")
            << BodyPosition{1, 10} << QStringList{"甲一。", "乙二。本报讯 丙三。"}
            << QStringList{"丁四。"};
        QTest::newRow("robustness: at the very start is no split")
            << BodyPosition{0, 0} << QStringList{"甲一。", "乙二。本报讯 丙三。", "丁四。"}
            << QStringList{};
        QTest::newRow("robustness: at the very end is no split")
            << BodyPosition{2, 3} << QStringList{"甲一。", "乙二。本报讯 丙三。", "丁四。"}
            << QStringList{};
    }

    void splitsArticle() {
        QFETCH(BodyPosition, at);
        QFETCH(QStringList, first);
        QFETCH(QStringList, second);
        Article a =
            article({"甲一。", "乙二。本报讯 丙三。", "丁四。"}, "标题", "副题", "本报记者");
        a.kicker = "引题";
        QCOMPARE(canSplitArticle(a, at), !second.isEmpty());
        const auto [before, after] = splitArticle(a, at);
        QCOMPARE(before.paragraphs, first);
        QCOMPARE(after.paragraphs, second);
        // The display lines stay with the text they stood above.
        QCOMPARE(before.headline, QStringLiteral("标题"));
        QCOMPARE(before.deck, QStringLiteral("副题"));
        QCOMPARE(before.kicker, QStringLiteral("引题"));
        QCOMPARE(after.headline, QString());
        QCOMPARE(after.kicker, QString());
    }

    void mergesArticles_data() {
        QTest::addColumn<QString>("firstHeadline");
        QTest::addColumn<QString>("secondHeadline");
        QTest::addColumn<QString>("expectedHeadline");
        QTest::addColumn<QStringList>("expectedParagraphs");

        QTest::newRow("nominal: the second's headline becomes a paragraph")
            << "甲标题"
            << "乙标题"
            << "甲标题" << QStringList{"甲文。", "乙标题", "乙文。"};
        QTest::newRow("nominal: a first without headline takes the second's")
            << ""
            << "乙标题"
            << "乙标题" << QStringList{"甲文。", "乙文。"};
        QTest::newRow("nominal: neither has a headline") << ""
                                                         << ""
                                                         << "" << QStringList{"甲文。", "乙文。"};
    }

    void mergesArticles() {
        QFETCH(QString, firstHeadline);
        QFETCH(QString, secondHeadline);
        QFETCH(QString, expectedHeadline);
        QFETCH(QStringList, expectedParagraphs);
        Article first = article({"甲文。"}, firstHeadline);
        first.source = {0, 5};
        Article second = article({"乙文。"}, secondHeadline);
        second.source = {6, 9};
        const Article merged = mergeArticles(first, second);
        QCOMPARE(merged.headline, expectedHeadline);
        QCOMPARE(merged.paragraphs, expectedParagraphs);
        QCOMPARE(merged.source, (LineRange{0, 9}));
    }

    void mergingKeepsBothKickers() {
        Article first = article({"甲文。"}, "甲标题");
        Article second = article({"乙文。"}, "乙标题");
        second.kicker = "乙引题";
        // A first article without a kicker takes the second's.
        QCOMPARE(mergeArticles(first, second).kicker, QStringLiteral("乙引题"));
        QCOMPARE(mergeArticles(first, second).paragraphs,
                 (QStringList{"甲文。", "乙标题", "乙文。"}));
        // With one of its own, the second's reads where its text begins, above its headline.
        first.kicker = "甲引题";
        const Article merged = mergeArticles(first, second);
        QCOMPARE(merged.kicker, QStringLiteral("甲引题"));
        QCOMPARE(merged.paragraphs, (QStringList{"甲文。", "乙引题", "乙标题", "乙文。"}));
    }

    void displayMoveOffersTheBestNeighbourFirst() {
        // The deck of article 0 speaks of 密云区 and 送温暖, as only article 2 does.
        const QList<Article> articles{
            article({"昌平区总工会深化维权服务。"}, "昌平工会成绩单", "密云区送温暖活动启动"),
            article({"东城区举办职工运动会。"}),
            article({"密云区总工会将启动送温暖活动，覆盖全区职工。"}),
            article({"西城区开展技能比赛。"}), article({"海淀区召开会议。"})};
        // Articles 1 and 2 are within the matcher's reach (two) of article 0:
        // they come first, the one sharing the text leading; then 3 and 4 in
        // page order.
        QCOMPARE(displayMoveTargets(articles, 0, articles.at(0).deck), (QList<int>{2, 1, 3, 4}));
    }

    void displayMoveOffersTheRecordedRunnerUpFirst() {
        QList<Article> articles;
        for (int i = 0; i < 6; ++i)
            articles.append(article({QStringLiteral("第%1篇正文。").arg(i)}));
        articles[1].deck = "错放的副题";
        // Segmentation found the line's runner-up four articles further on.
        DisplayMatch match;
        match.field = ArticleField::Deck;
        match.text = "错放的副题";
        match.runnerUp = 4;
        articles[1].displayMatches = {match};
        const QList<int> targets = displayMoveTargets(articles, 1, "错放的副题");
        QCOMPARE(targets.first(), 5);
        QCOMPARE(targets.size(), 5);
        QCOMPARE(targets.count(5), 1);
    }

    void displayMoveSwapsWhatTheTargetHeld() {
        const Article source = article({"甲文。"}, "甲标题", "错放的副题");
        const Article target = article({"乙文。"}, "乙标题", "乙原副题");
        const auto [newSource, newTarget] =
            moveDisplayLine(source, ArticleField::Deck, target, ArticleField::Deck);
        QCOMPARE(newTarget.deck, QStringLiteral("错放的副题"));
        QCOMPARE(newSource.deck, QStringLiteral("乙原副题"));
        QCOMPARE(newSource.headline, QStringLiteral("甲标题"));
        QCOMPARE(newTarget.headline, QStringLiteral("乙标题"));
    }
};

QTEST_GUILESS_MAIN(TestParagraphEdits)
#include "tst_paragraphedits.moc"
