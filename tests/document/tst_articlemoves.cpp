// Reordering articles as drag and drop in the list does it: moveRows() on the
// model names the row to insert before, as Qt's views do, and each move is
// one undo step.
#include "document/articlemodel.h"

#include <QAbstractItemModelTester>
#include <QTest>
#include <QUndoStack>

using namespace galley;

namespace {

QList<Article> fourArticles() {
    QList<Article> articles;
    for (const char *headline : {"甲", "乙", "丙", "丁"}) {
        Article article;
        article.headline = QString::fromUtf8(headline);
        articles.append(article);
    }
    return articles;
}

QString order(const ArticleModel &model) {
    QString headlines;
    for (const Article &article : model.articles())
        headlines += article.headline;
    return headlines;
}

} // namespace

class TestArticleMoves : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void moveRowsInsertsBeforeTheDestination_data() {
        QTest::addColumn<int>("source");
        QTest::addColumn<int>("destination");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<int>("steps");

        QTest::newRow("nominal: first dropped before the third") << 0 << 2 << "乙甲丙丁" << 1;
        QTest::newRow("nominal: first dropped after the last") << 0 << 4 << "乙丙丁甲" << 1;
        QTest::newRow("nominal: last dropped at the top") << 3 << 0 << "丁甲乙丙" << 1;
        QTest::newRow("robustness: dropped onto its own place") << 1 << 1 << "甲乙丙丁" << 0;
        QTest::newRow("robustness: dropped just below itself") << 1 << 2 << "甲乙丙丁" << 0;
    }

    void moveRowsInsertsBeforeTheDestination() {
        QFETCH(int, source);
        QFETCH(int, destination);
        QFETCH(QString, expected);
        QFETCH(int, steps);
        QUndoStack stack;
        ArticleModel model(&stack);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.resetArticles(fourArticles());
        QVERIFY(model.moveRows({}, source, 1, {}, destination));
        QCOMPARE(order(model), expected);
        QCOMPARE(stack.count(), steps);
        stack.undo();
        QCOMPARE(order(model), QStringLiteral("甲乙丙丁"));
    }

    void moveRowsRefusesWhatADropCannotMean() {
        QUndoStack stack;
        ArticleModel model(&stack);
        model.resetArticles(fourArticles());
        QVERIFY(!model.moveRows({}, 0, 2, {}, 3));             // one article at a time
        QVERIFY(!model.moveRows({}, 4, 1, {}, 0));             // no such row
        QVERIFY(!model.moveRows({}, 0, 1, {}, 5));             // past the end
        QVERIFY(!model.moveRows(model.index(0), 0, 1, {}, 2)); // articles have no children
        QCOMPARE(stack.count(), 0);
    }

    void articlesDragAndDropBetweenEachOther() {
        QUndoStack stack;
        ArticleModel model(&stack);
        model.resetArticles(fourArticles());
        QVERIFY(model.flags(model.index(0)).testFlag(Qt::ItemIsDragEnabled));
        QVERIFY(!model.flags(model.index(0)).testFlag(Qt::ItemIsDropEnabled));
        QVERIFY(model.flags({}).testFlag(Qt::ItemIsDropEnabled));
        QCOMPARE(model.supportedDropActions(), Qt::MoveAction);
    }
};

QTEST_GUILESS_MAIN(TestArticleMoves)
#include "tst_articlemoves.moc"
