// The ALTO reader: blocks, composed blocks, lines and strings with positions,
// word confidences and hyphens from a hand-written file and from one
// Tesseract wrote; the refusal of malformed and hostile XML.
#include "formats/altoreader.h"
#include "formats/importer.h"
#include "ocrfixtures.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace galley;
using text::OcrLine;
using text::OcrPage;

namespace {

QList<OcrPage> readFixture(const QString &name) {
    return testing::readOcrFixture<AltoReader>(name);
}

using testing::linesOf;

} // namespace

class TestAlto : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void handWrittenPageHasItsStructure() {
        const QList<OcrPage> pages = readFixture("two-columns.alto.xml");
        QCOMPARE(pages.size(), 1);
        const OcrPage &page = pages.constFirst();
        QCOMPARE(page.size, QSize(1000, 800));
        // PHYSICAL_IMG_NR counts from 1.
        QCOMPARE(page.imageIndex, 0);
        QCOMPARE(page.imagePath,
                 QFileInfo(QFINDTESTDATA("../data/ocr/two-columns.alto.xml")).absolutePath() +
                     "/scans/page-7.tif");
        // A TextBlock of its own is a block; the TextBlocks of a ComposedBlock
        // are the paragraphs of one.
        QCOMPARE(page.blocks.size(), 2);
        QCOMPARE(page.blocks.at(0).paragraphs.size(), 1);
        QCOMPARE(page.blocks.at(1).paragraphs.size(), 2);
        QCOMPARE(page.blocks.at(1).box, QRect(100, 200, 380, 130));
        QCOMPARE(page.blocks.at(1).paragraphs.at(1).box, QRect(100, 300, 380, 30));
    }

    void handWrittenLinesAndBoxes_data() {
        QTest::addColumn<int>("index");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QRect>("box");
        QTest::addColumn<bool>("hyphenated");

        QTest::newRow("nominal: strings and a space")
            << 0 << "Union News" << QRect(100, 100, 420, 50) << false;
        QTest::newRow("nominal: HYP ends the line with a hyphen")
            << 1 << "The coun-" << QRect(100, 200, 380, 30) << true;
        QTest::newRow("nominal: the hyphenated word's second part")
            << 2 << "cil met." << QRect(100, 250, 200, 30) << false;
        QTest::newRow("nominal: strings without confidences")
            << 3 << "Then it rained." << QRect(130, 300, 350, 30) << false;
    }

    void handWrittenLinesAndBoxes() {
        QFETCH(int, index);
        QFETCH(QString, text);
        QFETCH(QRect, box);
        QFETCH(bool, hyphenated);

        const QList<OcrPage> pages = readFixture("two-columns.alto.xml");
        const QList<const OcrLine *> lines = linesOf(pages.constFirst());
        QCOMPARE(lines.size(), 4);
        QCOMPARE(lines.at(index)->text(), text);
        QCOMPARE(lines.at(index)->box, box);
        QCOMPARE(lines.at(index)->hyphenated, hyphenated);
    }

    void wordConfidenceIsAPercentage() {
        const QList<OcrPage> pages = readFixture("two-columns.alto.xml");
        const QList<const OcrLine *> lines = linesOf(pages.constFirst());
        const text::OcrWord &coun = lines.at(1)->words.at(1);
        QCOMPARE(coun.text, QString("coun"));
        QCOMPARE(coun.box, QRect(220, 200, 240, 30));
        QCOMPARE(coun.confidence, 40.0);
        QVERIFY(coun.isLowConfidence());
        QCOMPARE(lines.at(3)->words.at(0).confidence, -1.0);
        QVERIFY(!lines.at(3)->words.at(0).isLowConfidence());
    }

    void tesseractOutputReads() {
        // Written by `tesseract en-page.png en-page -l eng alto` on the rendered
        // English page (see tests/data/ocr/README.md).
        const QList<OcrPage> pages = readFixture("tesseract-en-page.xml");
        QCOMPARE(pages.size(), 1);
        const OcrPage &page = pages.constFirst();
        QCOMPARE(page.size, QSize(1200, 1600));
        QVERIFY(page.imagePath.endsWith("/en-page.png"));
        QCOMPARE(page.blocks.size(), 8); // one per ComposedBlock
        QCOMPARE(page.lineCount(), 37);
        const QList<const OcrLine *> lines = linesOf(page);
        QCOMPARE(lines.at(0)->text(), QString("Union Opens Winter Relief Drive"));
        QCOMPARE(lines.at(0)->box, QRect(95, 108, 959, 60));
        QCOMPARE(lines.at(0)->words.at(0).box, QRect(95, 108, 170, 47));
        QCOMPARE(lines.at(0)->words.at(0).confidence, 95.0);
        QCOMPARE(lines.at(1)->text(), QString("By JANE DOE"));
        // Tesseract cut "Officials said the drive" at its wide spaces.
        QCOMPARE(page.blocks.at(2).box, QRect(491, 930, 77, 24));
        QCOMPARE(lines.at(16)->text(), QString("Officials said the"));
    }

    void importerJoinsLinesTesseractCut() {
        const QString path = QFINDTESTDATA("../data/ocr/tesseract-en-page.xml");
        ImportOptions options;
        options.build.repair = false;
        const ImportResult result = importFile(path, options);
        QVERIFY2(result.ok, qPrintable(result.error));
        const QStringList lines = result.bulletin.originalText.split('\n');
        QVERIFY2(lines.contains("Officials said the drive"), qPrintable(lines.join('|')));
        QVERIFY2(lines.contains("covers every town in the"), qPrintable(lines.join('|')));
        QVERIFY(!lines.contains("drive"));
        // The first column runs on into the second before the second article.
        const qsizetype year = lines.indexOf("the new year.");
        const qsizetype members = lines.indexOf("Members who cannot reach");
        const qsizetype mutual = lines.indexOf("Mutual Aid Fund Grows");
        QVERIFY(year > 0 && year < members && members < mutual);
    }

    void refusesMalformedAndHostileXml_data() {
        QTest::addColumn<QByteArray>("alto");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("reasonContains");

        QTest::newRow("robustness: mismatched end tag")
            << QByteArray("<alto>\n<Layout>\n<Page WIDTH=\"10\" HEIGHT=\"10\">\n</Layout>\n</alto>")
            << 4 << "";
        QTest::newRow("robustness: not ALTO")
            << QByteArray("<?xml version=\"1.0\"?>\n<html><body/></html>") << 2 << "<html>";
        QTest::newRow("robustness: billion laughs")
            << QByteArray("<?xml version=\"1.0\"?>\n"
                          "<!DOCTYPE alto [\n"
                          " <!ENTITY a \"aaaaaaaaaa\">\n"
                          " <!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">\n"
                          " <!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">\n"
                          " <!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\">\n"
                          " <!ENTITY e \"&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;\">\n"
                          " <!ENTITY f \"&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;\">\n"
                          " <!ENTITY g \"&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;\">\n"
                          "]>\n"
                          "<alto><Layout><Page><PrintSpace><TextBlock><TextLine>"
                          "<String CONTENT=\"&g;\"/></TextLine></TextBlock></PrintSpace></Page>"
                          "</Layout></alto>")
            << 10 << "entities";
        QTest::newRow("robustness: external entity")
            << QByteArray("<?xml version=\"1.0\"?>\n"
                          "<!DOCTYPE alto [<!ENTITY x SYSTEM \"http://example.invalid/x\">]>\n"
                          "<alto><Description><sourceImageInformation><fileName>&x;</fileName>"
                          "</sourceImageInformation></Description></alto>")
            << 2 << "entities";
        QTest::newRow("robustness: truncated file")
            << QByteArray("<alto>\n<Layout>\n<Page WIDTH=\"10\"") << 3 << "";
    }

    void refusesMalformedAndHostileXml() {
        QFETCH(QByteArray, alto);
        QFETCH(int, line);
        QFETCH(QString, reasonContains);

        AltoReader reader;
        QList<OcrPage> pages;
        QVERIFY(!reader.read(alto, pages));
        const QRegularExpression position("^line (\\d+), column \\d+: ");
        const QRegularExpressionMatch match = position.match(reader.errorString());
        QVERIFY2(match.hasMatch(), qPrintable(reader.errorString()));
        QCOMPARE(match.captured(1).toInt(), line);
        QVERIFY2(reader.errorString().contains(reasonContains), qPrintable(reader.errorString()));
        QVERIFY(pages.isEmpty());
    }

    // Found by tests/fuzz: a coordinate near INT_MAX overflowed int in the
    // layout code (QRect's arithmetic included). Boxes are bounded instead.
    void boundsHugeNumbers_data() {
        QTest::addColumn<QByteArray>("attributes");
        QTest::addColumn<QRect>("box");

        const int most = text::maxOcrCoordinate;
        QTest::newRow("robustness: width near INT_MAX")
            << QByteArray(R"(HPOS="220" VPOS="200" WIDTH="2402147483647" HEIGHT="1260765303")")
            << QRect(220, 200, most, most);
        QTest::newRow("robustness: position far off the page")
            << QByteArray(R"(HPOS="-1e300" VPOS="1e400" WIDTH="30" HEIGHT="40")")
            << QRect(-most, most, 30, 40);
        QTest::newRow("robustness: not a number")
            << QByteArray(R"(HPOS="nan" VPOS="10" WIDTH="30" HEIGHT="40")") << QRect(0, 10, 30, 40);
    }

    void boundsHugeNumbers() {
        QFETCH(QByteArray, attributes);
        QFETCH(QRect, box);

        const QByteArray alto = "<alto><Layout><Page WIDTH=\"1e300\" HEIGHT=\"100\"><PrintSpace>"
                                "<TextBlock><TextLine " +
                                attributes + "><String CONTENT=\"工会\" " + attributes +
                                "/></TextLine></TextBlock></PrintSpace></Page></Layout></alto>";
        AltoReader reader;
        QList<OcrPage> pages;
        QVERIFY2(reader.read(alto, pages), qPrintable(reader.errorString()));
        QCOMPARE(pages.size(), 1);
        QCOMPARE(pages.at(0).size, QSize(text::maxOcrCoordinate, 100));
        const QList<const OcrLine *> lines = linesOf(pages.at(0));
        QCOMPARE(lines.size(), 1);
        QCOMPARE(lines.at(0)->box, box);
        QCOMPARE(lines.at(0)->words.at(0).box, box);
        const ImportResult result = importOcrPages(pages, "huge.xml");
        QVERIFY(result.ok);
    }

    void xmlThatIsNotAltoStaysText() {
        QTemporaryDir dir;
        const QString path = dir.filePath("feed.xml");
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("<rss><item>工会新闻</item></rss>\n");
        file.close();
        const ImportResult result = importFile(path);
        QVERIFY2(result.ok, qPrintable(result.error));
        QVERIFY(result.bulletin.scan.isEmpty());
        QVERIFY(result.bulletin.originalText.startsWith("<rss><item>工会新闻</item></rss>"));
    }
};

QTEST_GUILESS_MAIN(TestAlto)
#include "tst_alto.moc"
