// File ▸ Export as the user drives it: the dialog exports the whole page or
// the selected articles off the UI thread, keeps its fields consistent with the
// format and scope, and a Cancel mid-export leaves no file; and print goes
// through the same typesetting as the PDF.
#include "document/document.h"
#include "exportdialog.h"
#include "formats/pdfwriter.h"
#include "formats/textwriter.h"
#include "printing.h"

#include <QFile>
#include <QLabel>
#include <QPrinter>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace galley;

namespace {

Bulletin page(int articles, int paragraphs = 1)
{
    Bulletin bulletin;
    bulletin.language = text::Language::Chinese;
    for (int i = 1; i <= articles; ++i) {
        Article article;
        article.headline = QString("第%1篇报道").arg(i);
        article.byline = "本报讯（记者 周美玉）";
        for (int p = 0; p < paragraphs; ++p)
            article.paragraphs.append("昌平区总工会深化维权服务，使职工群众获得感、幸福感、安全感进一步增强。"
                                      "一直以来，昌平区总工会常态化开展送温暖和普惠制服务活动。");
        bulletin.articles.append(article);
    }
    return bulletin;
}

QString readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

} // namespace

class TestExportDialog : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void exportsWhatIsChosen_data()
    {
        QTest::addColumn<QList<int>>("selection");
        QTest::addColumn<QList<int>>("exported");

        QTest::newRow("nominal: nothing selected, the whole page") << QList<int>{} << QList<int>{0, 1, 2};
        QTest::newRow("nominal: a selection is what is exported") << QList<int>{2, 0} << QList<int>{0, 2};
        QTest::newRow("nominal: everything selected is the whole page") << QList<int>{0, 1, 2} << QList<int>{0, 1, 2};
    }

    void exportsWhatIsChosen()
    {
        QFETCH(QList<int>, selection);
        QFETCH(QList<int>, exported);

        Document document;
        document.setBulletin(page(3));
        ExportDialog dialog(&document, selection);
        QTemporaryDir dir;
        dialog.setFormat("txt");
        dialog.setDestination(dir.filePath("page.txt"));
        QSignalSpy finished(&dialog, &ExportDialog::exportFinished);
        dialog.show();
        QTest::mouseClick(dialog.exportButton(), Qt::LeftButton);
        QVERIFY(finished.wait(30000));
        QVERIFY2(dialog.lastResult().ok, qPrintable(dialog.lastResult().error));
        QCOMPARE(dialog.result(), int(QDialog::Accepted));

        Bulletin expected = document.bulletin();
        expected.articles.clear();
        for (int row : exported)
            expected.articles.append(document.bulletin().articles.at(row));
        QCOMPARE(readAll(dir.filePath("page.txt")), TextWriter::toText(expected));
    }

    void fieldsFollowFormatAndScope()
    {
        Document document;
        document.setBulletin(page(2));
        ExportDialog dialog(&document, {});
        dialog.setDestination("/tmp/out/page.txt");
        dialog.setFormat("docx");
        QCOMPARE(dialog.destination(), QString("/tmp/out/page.docx"));
        dialog.setScope(ExportScope::ArticlePerFile);
        QCOMPARE(dialog.destination(), QString("/tmp/out/page"));
        QCOMPARE(dialog.request().scope, ExportScope::ArticlePerFile);
        dialog.setScope(ExportScope::WholeBulletin);
        QCOMPARE(dialog.destination(), QString("/tmp/out/page.docx"));
        // Nothing selected: "selected articles" cannot be chosen.
        dialog.setScope(ExportScope::SelectedArticles);
        QCOMPARE(dialog.scope(), ExportScope::WholeBulletin);

        PdfOptions options;
        options.pageSize = QPageSize::Letter;
        options.columns = 2;
        options.runningHeader = false;
        options.pageNumbers = true;
        options.date = QDate();
        dialog.setFormat("pdf");
        dialog.setPageOptions(options);
        const PdfOptions read = dialog.request().pageOptions;
        QCOMPARE(read.pageSize, QPageSize::Letter);
        QCOMPARE(read.columns, 2);
        QCOMPARE(read.runningHeader, false);
        QCOMPARE(read.pageNumbers, true);
        QVERIFY(!read.date.isValid());
    }

    void cancelWritesNothing()
    {
        Document document;
        document.setBulletin(page(400, 6)); // some 100 pages: the export takes a while
        QTemporaryDir dir;
        const QString path = dir.filePath("page.pdf");
        ExportDialog dialog(&document, {});
        dialog.setFormat("pdf");
        dialog.setDestination(path);
        QSignalSpy finished(&dialog, &ExportDialog::exportFinished);
        dialog.show();
        QTest::mouseClick(dialog.exportButton(), Qt::LeftButton);
        QVERIFY(dialog.isExporting());
        QVERIFY(!dialog.exportButton()->isEnabled());
        QTest::mouseClick(dialog.cancelButton(), Qt::LeftButton);
        QVERIFY(finished.wait(60000));
        QVERIFY(dialog.lastResult().cancelled);
        QVERIFY(!dialog.lastResult().ok);
        QVERIFY(!QFile::exists(path));
        QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden), QStringList());
        // The dialog stays open to try again.
        QVERIFY(dialog.isVisible());
        QVERIFY(dialog.exportButton()->isEnabled());
        QVERIFY(dialog.statusLabel()->text().contains("cancelled"));
    }

    // Print and PDF share the typesetter: the same pages, with the same lines on each.
    void printIsSetLikeThePdf()
    {
        if (QStandardPaths::findExecutable("pdftotext").isEmpty())
            QSKIP("poppler-utils is not installed (scripts/install-deps installs it)");
        const Bulletin bulletin = page(12, 4);
        PdfOptions options;
        options.date = QDate(2023, 1, 6);
        QTemporaryDir dir;

        PdfWriter writer;
        writer.setOptions(options);
        QString error;
        QVERIFY(writeBulletinFile(bulletin, writer, dir.filePath("export.pdf"), &error));

        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(dir.filePath("print.pdf"));
        preparePrinter(printer, bulletin, options);
        const int pages = paintBulletin(bulletin, options, printer);
        QCOMPARE(pages, writer.pageCount());
        QVERIFY(pages >= 2);

        for (int p = 1; p <= pages; ++p) {
            QList<int> lineLengths[2];
            int i = 0;
            for (const char *file : {"export.pdf", "print.pdf"}) {
                QProcess process;
                process.start("pdftotext", {"-f", QString::number(p), "-l", QString::number(p),
                                            dir.filePath(QString::fromLatin1(file)), "-"});
                QVERIFY(process.waitForFinished(60000));
                for (const QString &line : QString::fromUtf8(process.readAllStandardOutput()).split('\n'))
                    lineLengths[i].append(line.size());
                ++i;
            }
            QCOMPARE(lineLengths[1], lineLengths[0]);
        }
    }
};

QTEST_MAIN(TestExportDialog)
#include "tst_exportdialog.moc"
