// Word and character counts: each CJK character is a word, Latin words are
// runs of letters and digits; characters are counted without spaces; the page
// totals follow every edit of the model.
#include "document/articlemodel.h"
#include "document/pagestatistics.h"
#include "document/textstatistics.h"

#include <QTest>
#include <QUndoStack>

using namespace galley;

class TestTextStatistics : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void countsText_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("words");
        QTest::addColumn<int>("characters");

        QTest::newRow("nominal: Chinese") << "加大职工互助" << 6 << 6;
        QTest::newRow("nominal: Chinese with punctuation") << "职工，群众。" << 4 << 6;
        QTest::newRow("nominal: English") << "The union's well-known plan" << 4 << 24;
        QTest::newRow("nominal: mixed") << "投入资金666万元" << 7 << 9;
        // 4.5 is one number, 万人次 three characters.
        QTest::newRow("nominal: numbers with a decimal point") << "4.5万人次" << 4 << 6;
        QTest::newRow("robustness: spaces only") << "  \n " << 0 << 0;
        QTest::newRow("robustness: a character outside the BMP") << "𠀀字" << 2 << 2;
    }

    void countsText() {
        QFETCH(QString, text);
        QFETCH(int, words);
        QFETCH(int, characters);
        const TextCounts counts = countText(text);
        QCOMPARE(counts.words, words);
        QCOMPARE(counts.characters, characters);
    }

    void pageTotalsFollowEdits() {
        QUndoStack stack;
        ArticleModel model(&stack);
        Article a;
        a.headline = "标题";
        a.paragraphs = {"正文两句。"};
        Article b;
        b.paragraphs = {"Two words"};
        model.resetArticles({a, b});
        PageStatistics statistics(&model);
        // 标题 (2) + 正文两句 (4) words; characters add the full stop.
        QCOMPARE(statistics.article(0), (TextCounts{6, 7}));
        QCOMPARE(statistics.page(), (TextCounts{8, 15}));

        model.editField(1, ArticleField::Body, "Three short words");
        QCOMPARE(statistics.page(), (TextCounts{9, 22}));
        // The kicker counts as the headline does: 引题 is two words, two characters.
        model.editField(0, ArticleField::Kicker, "引题");
        QCOMPARE(statistics.article(0), (TextCounts{8, 9}));
        QCOMPARE(statistics.page(), (TextCounts{11, 24}));
        stack.undo();
        model.deleteArticle(0);
        QCOMPARE(statistics.page(), (TextCounts{3, 15}));
        stack.undo();
        stack.undo();
        QCOMPARE(statistics.page(), (TextCounts{8, 15}));
    }
};

QTEST_GUILESS_MAIN(TestTextStatistics)
#include "tst_textstatistics.moc"
