// The hOCR reader: pages, blocks, paragraphs, lines and words with boxes and
// confidences from a hand-written file and from one Tesseract wrote, and the
// refusal of malformed and hostile XML before anything is expanded.
#include "formats/hocrreader.h"
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
    return testing::readOcrFixture<HocrReader>(name);
}

using testing::linesOf;

} // namespace

class TestHocr : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void handWrittenPageHasItsStructure() {
        const QList<OcrPage> pages = readFixture("two-columns.hocr");
        QCOMPARE(pages.size(), 1);
        const OcrPage &page = pages.constFirst();
        QCOMPARE(page.size, QSize(1000, 800));
        QCOMPARE(page.imageIndex, 0);
        QCOMPARE(page.imagePath,
                 QFileInfo(QFINDTESTDATA("../data/ocr/two-columns.hocr")).absolutePath() +
                     "/two-columns.png");
        QCOMPARE(page.blocks.size(), 3);
        QCOMPARE(page.blocks.at(0).box, QRect(100, 100, 800, 50));
        QCOMPARE(page.blocks.at(2).paragraphs.size(), 2);
        QVERIFY(!page.blocks.at(1).vertical);
    }

    void handWrittenLinesAndBoxes_data() {
        QTest::addColumn<int>("index");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QRect>("box");
        QTest::addColumn<double>("textSize");

        QTest::newRow("nominal: header line, an entity in a word")
            << 0 << "Union R&D" << QRect(100, 100, 800, 50) << 50.0;
        QTest::newRow("nominal: a word inside <strong>")
            << 1 << "The council" << QRect(100, 200, 380, 30) << 30.0;
        QTest::newRow("robustness: a line with text but no word elements")
            << 2 << "met on Monday." << QRect(100, 250, 200, 30) << 30.0;
        QTest::newRow("nominal: CJK words set close join without a space")
            << 3 << "工会活动" << QRect(520, 200, 380, 30) << 30.0;
        QTest::newRow("nominal: CJK words a full-width space apart keep it")
            << 4 << "（记者 周美玉）" << QRect(520, 250, 320, 30) << 30.0;
    }

    void handWrittenLinesAndBoxes() {
        QFETCH(int, index);
        QFETCH(QString, text);
        QFETCH(QRect, box);
        QFETCH(double, textSize);

        const QList<OcrPage> pages = readFixture("two-columns.hocr");
        const QList<const OcrLine *> lines = linesOf(pages.constFirst());
        QCOMPARE(lines.size(), 5);
        QCOMPARE(lines.at(index)->text(), text);
        QCOMPARE(lines.at(index)->box, box);
        QCOMPARE(lines.at(index)->textSize, textSize);
    }

    void wordsKeepBoxAndConfidence() {
        const QList<OcrPage> pages = readFixture("two-columns.hocr");
        const QList<const OcrLine *> lines = linesOf(pages.constFirst());
        const text::OcrWord &council = lines.at(1)->words.at(1);
        QCOMPARE(council.text, QString("council"));
        QCOMPARE(council.box, QRect(240, 200, 240, 30));
        QCOMPARE(council.confidence, 42.0);
        QVERIFY(council.isLowConfidence());
        QVERIFY(!lines.at(1)->words.at(0).isLowConfidence());
        // A line without word elements has one word without a confidence.
        QCOMPARE(lines.at(2)->words.size(), 1);
        QCOMPARE(lines.at(2)->words.at(0).confidence, -1.0);
    }

    void tesseractOutputReads() {
        // Written by `tesseract zh-page.png zh-page -l chi_sim hocr` on the
        // rendered Chinese page (see tests/data/ocr/README.md).
        const QList<OcrPage> pages = readFixture("tesseract-zh-page.hocr");
        QCOMPARE(pages.size(), 1);
        const OcrPage &page = pages.constFirst();
        QCOMPARE(page.size, QSize(1280, 1600));
        QVERIFY(page.imagePath.endsWith("/zh-page.png"));
        QCOMPARE(page.blocks.size(), 5);
        QCOMPARE(page.lineCount(), 57); // 56 ocr_line and one ocr_header
        const QList<const OcrLine *> lines = linesOf(page);
        QCOMPARE(lines.at(0)->text(), QString("昌平工会维权服务成绩亮眼"));
        QCOMPARE(lines.at(0)->box, QRect(102, 107, 664, 53));
        QCOMPARE(lines.at(0)->textSize, 68.0);
        QCOMPARE(lines.at(0)->words.size(), 8);
        QCOMPARE(lines.at(0)->words.at(7).confidence, 78.0);
        // The byline: the en space between title and name is kept, the
        // narrower gaps OCR sees between characters are not.
        QCOMPARE(lines.at(1)->text(), QString("本报记者 周美玉"));
        QCOMPARE(lines.at(1)->box, QRect(98, 210, 236, 29));
        QCOMPARE(lines.at(1)->words.size(), 5);
        QCOMPARE(page.blocks.at(3).box, QRect(866, 103, 304, 42));
        QCOMPARE(lines.at(page.lineCount() - 1)->text(), QString("围。"));
    }

    void multiplePagesKeepTheirNumbers() {
        const QByteArray hocr = "<html><body>"
                                "<div class='ocr_page' title='bbox 0 0 100 50; ppageno 4'>"
                                "<span class='ocr_line' title='bbox 1 1 90 20'>"
                                "<span class='ocrx_word' title='bbox 1 1 90 20'>one</span>"
                                "</span></div>"
                                "<div class='ocr_page' title='bbox 0 0 200 60; ppageno 5'>"
                                "<span class='ocr_line' title='bbox 2 2 80 30'>two</span>"
                                "</div></body></html>";
        HocrReader reader;
        QList<OcrPage> pages;
        QVERIFY2(reader.read(hocr, pages), qPrintable(reader.errorString()));
        QCOMPARE(pages.size(), 2);
        QCOMPARE(pages.at(0).imageIndex, 4);
        QCOMPARE(pages.at(1).imageIndex, 5);
        QCOMPARE(pages.at(1).size, QSize(200, 60));
        // Levels the file leaves out are implied.
        QCOMPARE(pages.at(1).blocks.size(), 1);
        QCOMPARE(linesOf(pages.at(1)).constFirst()->text(), QString("two"));
    }

    void oddNestingStillReads_data() {
        QTest::addColumn<QByteArray>("hocr");
        QTest::addColumn<QString>("text");

        QTest::newRow("robustness: a page opening inside a line")
            << QByteArray("<html><body><span class='ocr_line' title='bbox 0 0 50 10'>one"
                          "<div class='ocr_page' title='bbox 0 0 100 100'>"
                          "<span class='ocrx_word' title='bbox 1 1 20 9'>two</span></div>"
                          "</span></body></html>")
            << "one\n\ntwo";
        QTest::newRow("robustness: a paragraph inside a word")
            << QByteArray("<html><body><span class='ocrx_word' title='bbox 0 0 10 10'>a"
                          "<p class='ocr_par'>b</p></span>"
                          "<span class='ocrx_word' title='bbox 20 0 30 10'>c</span></body></html>")
            << "a\nc";
        QTest::newRow("robustness: titles without numbers")
            << QByteArray("<html><body><span class='ocr_line' title='bbox a b c; x_size ; "
                          "ppageno'><span class='ocrx_word' title='x_wconf many'>word</span>"
                          "</span></body></html>")
            << "word";
    }

    void oddNestingStillReads() {
        QFETCH(QByteArray, hocr);
        QFETCH(QString, text);
        HocrReader reader;
        QList<OcrPage> pages;
        QVERIFY2(reader.read(hocr, pages), qPrintable(reader.errorString()));
        QCOMPARE(text::ocrText(pages).text, text);
    }

    // Found by tests/fuzz on ALTO, the same in hOCR: corners far apart made
    // a width that overflowed int. Boxes are bounded instead.
    void boundsHugeBoxes_data() {
        QTest::addColumn<QByteArray>("bbox");
        QTest::addColumn<QRect>("box");

        const int most = text::maxOcrCoordinate;
        QTest::newRow("robustness: corners at INT_MIN and INT_MAX")
            << QByteArray("-2147483648 0 2147483647 10") << QRect(-most, 0, most, 10);
        QTest::newRow("robustness: a page number past int")
            << QByteArray("5 6 2147483647 2147483647; ppageno 1e300") << QRect(5, 6, most, most);
    }

    void boundsHugeBoxes() {
        QFETCH(QByteArray, bbox);
        QFETCH(QRect, box);
        const QByteArray hocr = "<html><body><div class='ocr_page' title='bbox " + bbox +
                                "'><span class='ocrx_word' title='bbox " + bbox +
                                "'>工会</span></div></body></html>";
        HocrReader reader;
        QList<OcrPage> pages;
        QVERIFY2(reader.read(hocr, pages), qPrintable(reader.errorString()));
        QCOMPARE(pages.size(), 1);
        QCOMPARE(linesOf(pages.at(0)).size(), 1);
        QCOMPARE(linesOf(pages.at(0)).constFirst()->words.constFirst().box, box);
        QVERIFY(importOcrPages(pages, "huge.hocr").ok);
    }

    void refusesMalformedAndHostileXml_data() {
        QTest::addColumn<QByteArray>("hocr");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("reasonContains");

        QTest::newRow("robustness: unclosed element")
            << QByteArray(
                   "<html>\n<body>\n<div class='ocr_page'>\n<span>word</div>\n</body></html>")
            << 4 << "";
        QTest::newRow("robustness: billion laughs")
            << QByteArray("<?xml version=\"1.0\"?>\n"
                          "<!DOCTYPE lolz [\n"
                          " <!ENTITY lol \"lol\">\n"
                          " <!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">\n"
                          " <!ENTITY lol2 "
                          "\"&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;\">\n"
                          " <!ENTITY lol3 "
                          "\"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">\n"
                          " <!ENTITY lol4 "
                          "\"&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;\">\n"
                          " <!ENTITY lol5 "
                          "\"&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;\">\n"
                          " <!ENTITY lol6 "
                          "\"&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;\">\n"
                          " <!ENTITY lol7 "
                          "\"&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;\">\n"
                          " <!ENTITY lol8 "
                          "\"&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;\">\n"
                          " <!ENTITY lol9 "
                          "\"&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;\">\n"
                          "]>\n"
                          "<html><body><span class='ocr_line'>&lol9;</span></body></html>")
            << 13 << "entities"; // the line that closes the document type
        QTest::newRow("robustness: external entity")
            << QByteArray("<?xml version=\"1.0\"?>\n"
                          "<!DOCTYPE html [\n"
                          " <!ENTITY secret SYSTEM \"file:///etc/passwd\">\n"
                          "]>\n"
                          "<html><body><span class='ocr_line'>&secret;</span></body></html>")
            << 4 << "entities";
        QTest::newRow("robustness: undeclared entity")
            << QByteArray("<html>\n<body><span class='ocr_line'>a&nbsp;b</span></body></html>") << 2
            << "nbsp";
        QTest::newRow("robustness: not XML at all") << QByteArray("%PDF-1.4\n") << 1 << "";
    }

    void refusesMalformedAndHostileXml() {
        QFETCH(QByteArray, hocr);
        QFETCH(int, line);
        QFETCH(QString, reasonContains);

        HocrReader reader;
        QList<OcrPage> pages = {OcrPage()};
        QVERIFY(!reader.read(hocr, pages));
        const QRegularExpression position("^line (\\d+), column \\d+: ");
        const QRegularExpressionMatch match = position.match(reader.errorString());
        QVERIFY2(match.hasMatch(), qPrintable(reader.errorString()));
        QCOMPARE(match.captured(1).toInt(), line);
        QVERIFY2(reader.errorString().contains(reasonContains), qPrintable(reader.errorString()));
        // A refused file leaves what the caller had.
        QCOMPARE(pages.size(), 1);
    }

    void importerNamesTheFaultyFile() {
        QTemporaryDir dir;
        const QString path = dir.filePath("broken.hocr");
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("<html>\n<body>\n<p class='ocr_par'>\n</body></html>");
        file.close();
        const ImportResult result = importFile(path);
        QVERIFY(!result.ok);
        QVERIFY2(result.error.contains(path), qPrintable(result.error));
        QVERIFY2(result.error.contains("line 4, column"), qPrintable(result.error));
    }

    void importerReadsHocrAsPageText() {
        const QString path = QFINDTESTDATA("../data/ocr/two-columns.hocr");
        ImportOptions options;
        options.build.repair = false;
        const ImportResult result = importFile(path, options);
        QVERIFY2(result.ok, qPrintable(result.error));
        // One line per OCR line, a blank line between blocks, in reading order.
        QCOMPARE(result.bulletin.originalText,
                 QString("Union R&D\n\nThe council\nmet on Monday.\n\n工会活动\n（记者 周美玉）"));
        QCOMPARE(result.bulletin.scan.size(), 1);
        QCOMPARE(result.bulletin.sourceFile, QFileInfo(path).absoluteFilePath());
    }

    void htmlThatIsNotHocrStaysText() {
        QTemporaryDir dir;
        const QString path = dir.filePath("notes.html");
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("<p>Plain notes & no OCR</p>\n");
        file.close();
        const ImportResult result = importFile(path);
        QVERIFY2(result.ok, qPrintable(result.error));
        QVERIFY(result.bulletin.scan.isEmpty());
        QCOMPARE(result.bulletin.originalText, QString("<p>Plain notes & no OCR</p>\n"));
    }
};

QTEST_GUILESS_MAIN(TestHocr)
#include "tst_hocr.moc"
