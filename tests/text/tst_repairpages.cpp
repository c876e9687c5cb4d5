// Repair of whole pages: the sample and the pages of tests/data/pages/repair,
// each against the paragraphs a person wrote down by reading it. Every
// decision at a line boundary or a space must be right.
#include "repairpages.h"

#include "text/repair.h"

#include <QTest>

using namespace galley::text;
using galley::testing::RepairPage;

class TestRepairPages : public QObject {
    Q_OBJECT

private:
    static QString pagesDirectory() { return QStringLiteral(GALLEY_TEST_DATA_DIR "/pages/repair"); }

    static RepairPage load(const QString &name) {
        QString error;
        const std::optional<RepairPage> page =
            galley::testing::loadRepairPage(pagesDirectory(), name, &error);
        if (!page)
            qFatal("%s", qPrintable(error));
        return *page;
    }

    static void addPageRows() {
        QTest::addColumn<QString>("name");
        const QStringList names = galley::testing::repairPageNames(pagesDirectory());
        for (const QString &name : names)
            QTest::newRow(qPrintable(QStringLiteral("nominal: ") + name)) << name;
    }

private Q_SLOTS:
    void hasTheTestSet() {
        // The sample and the composed pages the repair must get right.
        const QStringList names = galley::testing::repairPageNames(pagesDirectory());
        for (const char *required : {"union-bulletin-zh", "english-columns", "traditional-chinese",
                                     "table-list", "mixed-latin-digits", "two-column-widths",
                                     "paragraph-at-column-end", "dialogue", "empty", "one-line"})
            QVERIFY2(names.contains(QLatin1String(required)), required);
    }

    void blocksAreTheExpectedParagraphs_data() { addPageRows(); }

    void blocksAreTheExpectedParagraphs() {
        QFETCH(QString, name);
        const RepairPage page = load(name);
        const RepairResult result = repairText(page.text, page.options);
        QStringList texts;
        QList<bool> standalone;
        for (const Block &block : result.blocks) {
            texts.append(block.text);
            standalone.append(block.standalone);
        }
        QCOMPARE(texts, page.blocks);
        QCOMPARE(standalone, page.display);
    }

    void everyDecisionIsRight_data() { addPageRows(); }

    void everyDecisionIsRight() {
        QFETCH(QString, name);
        const RepairPage page = load(name);
        const RepairResult result = repairText(page.text, page.options);
        const galley::testing::RepairScore score = galley::testing::scoreRepair(page, result);
        QVERIFY2(score.alignmentError.isEmpty(), qPrintable(score.alignmentError));
        QVERIFY2(score.mistakes.isEmpty(), qPrintable(score.mistakes.join(u'\n')));
        QCOMPARE(score.right(), score.total());
    }

    void sampleDecisionCounts() {
        // The sample has 305 line boundaries between its 306 lines of text,
        // and 255 single spaces: 2 open a line, the 253 others each get a decision.
        const RepairPage page = load(QStringLiteral("union-bulletin-zh"));
        const RepairResult result = repairText(page.text, page.options);
        const galley::testing::RepairScore score = galley::testing::scoreRepair(page, result);
        QCOMPARE(score.boundaries, 305);
        QCOMPARE(score.spaces, 253);
        QCOMPARE(result.decisions.size(), 305 + 253);
        QCOMPARE(score.right(), score.total());
    }

    void rebuildingGivesTheSameBlocks_data() { addPageRows(); }

    void rebuildingGivesTheSameBlocks() {
        QFETCH(QString, name);
        const RepairPage page = load(name);
        const RepairResult result = repairText(page.text, page.options);
        QCOMPARE(buildBlocks(page.text, result.decisions), result.blocks);
    }

    void blocksMapBackToTheirSource_data() { addPageRows(); }

    void blocksMapBackToTheirSource() {
        // A block's source span starts with its first character and ends with
        // its last one (a de-hyphenated word may end a span with its hyphen).
        QFETCH(QString, name);
        const RepairPage page = load(name);
        const RepairResult result = repairText(page.text, page.options);
        for (const Block &block : result.blocks) {
            QVERIFY(block.sourceStart < block.sourceEnd);
            QCOMPARE(page.text.at(block.sourceStart), block.text.front());
            QCOMPARE(page.text.at(block.sourceEnd - 1), block.text.back());
            const QStringView source =
                QStringView(page.text).mid(block.sourceStart, block.sourceEnd - block.sourceStart);
            QCOMPARE(source.count(u'\n'), qsizetype(block.lastLine - block.firstLine));
        }
    }
};

QTEST_GUILESS_MAIN(TestRepairPages)
#include "tst_repairpages.moc"
