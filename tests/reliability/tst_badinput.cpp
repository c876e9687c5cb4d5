// Files a user should never have opened: empty, junk, misnamed, in broken
// encodings, far too large, damaged or locked PDFs. Each is refused with one
// message that names the file and what is wrong with it, by the import, by
// galley-cli (exit code 1, no output written) and by the editor window, whose
// page stays as it was. Damaged files that can still be read are read.
#include "../gui/guitest.h"

#include "formats/importer.h"
#include "messagebox.h"

#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QStringEncoder>
#include <QTemporaryDir>

using namespace galley;
using namespace galley::test;

namespace {

QString fixture(const QString &name) {
    return QStringLiteral(GALLEY_SOURCE_DIR "/tests/data/badinput/") + name;
}

bool writeFile(const QString &path, const QByteArray &bytes) {
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// Twenty short lines of a real bulletin, line `line` (from 1) onwards in
// GB18030 and the lines before it in UTF-8, as when two files are pasted
// together.
QByteArray mixedEncodings(int line) {
    QStringList lines;
    for (int i = 1; i <= 20; ++i)
        lines << QStringLiteral("第%1行：区总工会开展送温暖活动，慰问困难职工。").arg(i);
    const QString before = lines.mid(0, line - 1).join(u'\n') + u'\n';
    const QString after = lines.mid(line - 1).join(u'\n') + u'\n';
    return before.toUtf8() + QStringEncoder("GB18030").encode(after);
}

// The same lines in UTF-8 with two bytes that no UTF-8 text holds at the start
// of line `line`.
QByteArray invalidUtf8(int line) {
    QByteArray bytes = mixedEncodings(21);
    qsizetype at = 0;
    for (int i = 1; i < line; ++i)
        at = bytes.indexOf('\n', at) + 1;
    return bytes.insert(at, "\xff\xfe");
}

QByteArray pseudoRandomBytes(qsizetype size) {
    QRandomGenerator random(16);
    QByteArray bytes(size, Qt::Uninitialized);
    for (char &byte : bytes)
        byte = char(random.bounded(256));
    return bytes;
}

// `pages` hOCR pages of one line each: "Page 1" to "Page <pages>".
QByteArray manyPageHocr(int pages) {
    QByteArray hocr = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                      "<html xmlns=\"http://www.w3.org/1999/xhtml\"><head>"
                      "<meta name=\"ocr-system\" content=\"tesseract\"/></head><body>\n";
    for (int page = 1; page <= pages; ++page) {
        const QByteArray number = QByteArray::number(page);
        hocr += "<div class=\"ocr_page\" title=\"bbox 0 0 2480 3508; ppageno " + number +
                "\"><p class=\"ocr_par\"><span class=\"ocr_line\" title=\"bbox 100 100 900 "
                "140\"><span class=\"ocrx_word\" title=\"bbox 100 100 300 140\">Page</span> "
                "<span class=\"ocrx_word\" title=\"bbox 320 100 500 140\">" +
                number + "</span></span></p></div>\n";
    }
    return hocr + "</body></html>\n";
}

// One line of `bytes` letters, written a megabyte at a time.
bool writeOneLine(const QString &path, qint64 bytes) {
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    const QByteArray megabyte(1024 * 1024, 'a');
    for (qint64 written = 0; written < bytes; written += megabyte.size())
        if (file.write(megabyte) != megabyte.size())
            return false;
    return true;
}

QString firstLine(const text::OcrPage &page) {
    return page.blocks.first().paragraphs.first().lines.first().text();
}

ImportOptions englishOptions() {
    ImportOptions options;
    options.build.language = text::Language::English;
    return options;
}

} // namespace

class TestBadInput : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    QString made(const QString &name) const { return m_dir.filePath(name); }

    // Each input refused, with what its message must say after the file name.
    void addRefusedInputs() {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("reason");
        const auto row = [](const char *name, const QString &path, const char *reason) {
            QTest::newRow(name) << path << QString::fromUtf8(reason);
        };
        row("empty file", made("empty.txt"), "the file is empty");
        row("only blank lines", made("blank.txt"), "the file holds only spaces and blank lines");
        row("binary junk", made("junk.txt"), "the file is not text (it holds binary data)");
        row("text named .png", made("text.png"), "it is named .png but is not a PNG image");
        row("PNG named .txt", made("picture.txt"),
            "it is a PNG image named .txt; rename it to .png to read it by OCR");
        row("text named .galley", made("notes.galley"), "not a Galley project");
        row("PNG with a damaged body", fixture("damaged.png"), "the image is damaged");
        row("invalid UTF-8", made("invalid.txt"),
            "line 7 holds bytes that are not valid UTF-8 (the file may mix encodings)");
        row("UTF-8 and GB18030 mixed", made("mixed.txt"),
            "line 11 holds bytes that are not valid UTF-8 (the file may mix encodings)");
        row("1 GB of one line", made("oneline.txt"),
            "it is 1.00 GiB; Galley opens files of up to 512.00 MiB");
        row("PNG of 30,000 x 30,000 pixels", fixture("huge.png"),
            "page 1 is 30,000 × 30,000 pixels; Galley reads scans of up to 200 megapixels");
        row("TIFF of 30,000 x 30,000 pixels", fixture("huge.tif"),
            "page 1 is 30,000 × 30,000 pixels; Galley reads scans of up to 200 megapixels");
        row("PDF page of 100 x 100 inches", fixture("poster.pdf"),
            "page 1 is 30,000 × 30,000 pixels; Galley reads scans of up to 200 megapixels");
        row("PDF cut short", fixture("truncated.pdf"), "it is not a PDF document Galley can read");
        row("PDF with a password", fixture("locked.pdf"),
            "the PDF document is protected by a password");
    }

private Q_SLOTS:
    void initTestCase() {
        initEnvironment();
        QVERIFY(m_dir.isValid());
        QVERIFY(writeFile(made("empty.txt"), {}));
        QVERIFY(writeFile(made("blank.txt"), "  \n\n\t\n\xe3\x80\x80\n"));
        QVERIFY(writeFile(made("junk.txt"), pseudoRandomBytes(20000)));
        QVERIFY(writeFile(made("text.png"), mixedEncodings(21)));
        QVERIFY(QFile::copy(QStringLiteral(GALLEY_SOURCE_DIR "/tests/data/encodings/binary.png"),
                            made("picture.txt")));
        QVERIFY(writeFile(made("notes.galley"), mixedEncodings(21)));
        QVERIFY(writeFile(made("invalid.txt"), invalidUtf8(7)));
        QVERIFY(writeFile(made("mixed.txt"), mixedEncodings(11)));
        QVERIFY(writeOneLine(made("oneline.txt"), 1024LL * 1024 * 1024));
        QVERIFY(writeFile(made("tenthousand.hocr"), manyPageHocr(10000)));
    }

    void importRefusesWithTheReason_data() { addRefusedInputs(); }
    void importRefusesWithTheReason() {
        QFETCH(QString, path);
        QFETCH(QString, reason);
        const ImportResult result = importFile(path, englishOptions());
        QVERIFY(!result.ok);
        QVERIFY2(result.error.contains(QFileInfo(path).fileName()), qPrintable(result.error));
        QVERIFY2(result.error.contains(reason), qPrintable(result.error));
    }

    void commandLineExitsWithTheReason_data() { addRefusedInputs(); }
    void commandLineExitsWithTheReason() {
        QFETCH(QString, path);
        QFETCH(QString, reason);
        const QString output = made("out.txt");
        QProcess cli;
        cli.start(QStringLiteral(GALLEY_CLI_PATH),
                  {QStringLiteral("convert"), path, QStringLiteral("-o"), output,
                   QStringLiteral("--to"), QStringLiteral("txt"), QStringLiteral("--lang"),
                   QStringLiteral("en")});
        QVERIFY(cli.waitForFinished(120000));
        const QString errors = QString::fromUtf8(cli.readAllStandardError());
        QCOMPARE(cli.exitCode(), 1);
        QVERIFY2(errors.contains(QFileInfo(path).fileName()), qPrintable(errors));
        QVERIFY2(errors.contains(reason), qPrintable(errors));
        QVERIFY(!QFile::exists(output));
    }

    void windowKeepsItsPageWhenAnOpenFails_data() { addRefusedInputs(); }
    void windowKeepsItsPageWhenAnOpenFails() {
        QFETCH(QString, path);
        QFETCH(QString, reason);
        MainWindow window;
        QVERIFY(showWindow(window));
        setPage(window, threeArticles());
        window.document()->model()->editField(1, ArticleField::Deck, "未保存的副题");
        const QList<Article> before = window.document()->model()->articles();
        const int undoCount = window.document()->undoStack()->count();

        QSignalSpy failed(&window, &MainWindow::openFailed);
        MessageBox::setNextAnswer(QMessageBox::Discard); // the unsaved changes
        QVERIFY(window.openFile(path));
        MessageBox::setNextAnswer(QMessageBox::Ok); // the failure
        QVERIFY(failed.wait(120000));
        QVERIFY2(MessageBox::lastText().contains(reason), qPrintable(MessageBox::lastText()));
        QVERIFY(MessageBox::lastText().contains(QFileInfo(path).fileName()));
        QCOMPARE(window.document()->model()->articles(), before);
        QCOMPARE(window.document()->undoStack()->count(), undoCount);
        QVERIFY(window.isWindowModified());
        QCOMPARE(window.document()->sourceFile(), QStringLiteral("/tmp/test-page.txt"));
    }

    // Poppler rebuilds a cross-reference table whose offsets are all wrong, and
    // the page is read by OCR as if nothing were amiss.
    void aPdfWithABrokenXrefIsRead() {
        const ImportResult result = importFile(fixture("garbled-xref.pdf"), englishOptions());
        QVERIFY2(result.ok, qPrintable(result.error));
        QVERIFY2(result.bulletin.originalText.contains(u"The council met on Tuesday"),
                 qPrintable(result.bulletin.originalText));
    }

    // Ten thousand pages are many, but each is read as it should be.
    void aTenThousandPageHocrIsRead() {
        const ImportResult result = importFile(made("tenthousand.hocr"));
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.bulletin.scan.size(), 10000);
        QCOMPARE(firstLine(result.bulletin.scan.first()), "Page 1");
        QCOMPARE(firstLine(result.bulletin.scan.last()), "Page 10000");
    }

    void theWindowOpensATenThousandPageHocr() {
        MainWindow window;
        QVERIFY(showWindow(window));
        QVERIFY(openAndWait(window, made("tenthousand.hocr")));
        QCOMPARE(window.document()->bulletin().scan.size(), 10000);
        QVERIFY(window.document()->model()->rowCount() >= 1);
    }
};

QTEST_MAIN(TestBadInput)
#include "tst_badinput.moc"
