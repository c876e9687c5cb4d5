// Scans through Galley: pages rendered from known text with the Noto fonts are
// read by Tesseract (image, multi-page TIFF, PDF), and the text, its lines and
// boxes, and the articles must come out as printed; progress, cancel and the
// project file round trip of the OCR structure.
#include "ocrtestpage.h"

#include "formats/importer.h"
#include "formats/projectfile.h"
#include "formats/tesseractrecognizer.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace galley;
using testing::PrintedPage;

namespace {

constexpr int dotsPerMeterAt300Dpi = 11811;

QString savePage(QImage image, const QString &path) {
    image.setDotsPerMeterX(dotsPerMeterAt300Dpi);
    image.setDotsPerMeterY(dotsPerMeterAt300Dpi);
    if (!image.save(path))
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

QImage lineImage(const QString &text) {
    QImage image(900, 200, QImage::Format_Grayscale8);
    image.fill(Qt::white);
    QPainter painter(&image);
    QFont font(QStringLiteral("Noto Serif"));
    font.setPixelSize(48);
    painter.setFont(font);
    painter.drawText(QPointF(60, 120), text);
    return image;
}

// A PDF whose pages are `images` at 300 dpi, so that Galley renders them
// back to the same pixels.
void writePdf(const QList<QImage> &images, const QString &path) {
    QPdfWriter writer(path);
    writer.setResolution(300);
    writer.setPageMargins(QMarginsF());
    QPainter painter;
    for (qsizetype i = 0; i < images.size(); ++i) {
        const QSizeF millimetres = QSizeF(images.at(i).size()) * 25.4 / 300.0;
        writer.setPageSize(QPageSize(millimetres, QPageSize::Millimeter));
        if (i == 0)
            painter.begin(&writer);
        else
            writer.newPage();
        painter.drawImage(QPoint(0, 0), images.at(i));
    }
    painter.end();
}

QList<const text::OcrLine *> linesOf(const QList<text::OcrPage> &pages) {
    QList<const text::OcrLine *> lines;
    for (const text::OcrPage &page : pages)
        for (const text::OcrBlock &block : page.blocks)
            for (const text::OcrParagraph &paragraph : block.paragraphs)
                for (const text::OcrLine &line : paragraph.lines)
                    lines.append(&line);
    return lines;
}

struct Progress {
    QList<std::tuple<int, int, int>> reports; // page, page count, percent
    int cancelAtPage = -1;                    // cancel once this page starts
    bool cancelInsideTesseract = false;       // cancel at the first progress within a page
    bool cancelled = false;

    ScanProgress callbacks() {
        ScanProgress progress;
        progress.report = [this](int page, int count, int percent) {
            reports.append({page, count, percent});
            if (page == cancelAtPage || (cancelInsideTesseract && percent > 0))
                cancelled = true;
        };
        progress.cancelled = [this] { return cancelled; };
        return progress;
    }
};

} // namespace

class TestOcr : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    PrintedPage m_chinese;
    PrintedPage m_english;
    ImportResult m_chineseResult;
    ImportResult m_englishResult;

    const PrintedPage &printed(const QString &which) const {
        return which == "zh" ? m_chinese : m_english;
    }
    const ImportResult &imported(const QString &which) const {
        return which == "zh" ? m_chineseResult : m_englishResult;
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        // Each page is read once; the tests look at it from several sides.
        m_chinese = testing::renderChinesePage();
        m_english = testing::renderEnglishPage();
        ImportOptions chinese;
        chinese.build.language = text::Language::Chinese;
        m_chineseResult =
            importFile(savePage(m_chinese.image, m_dir.filePath("zh-page.png")), chinese);
        QVERIFY2(m_chineseResult.ok, qPrintable(m_chineseResult.error));
        ImportOptions english;
        english.build.language = text::Language::English;
        m_englishResult =
            importFile(savePage(m_english.image, m_dir.filePath("en-page.png")), english);
        QVERIFY2(m_englishResult.ok, qPrintable(m_englishResult.error));
    }

    void pages_data() {
        QTest::addColumn<QString>("which");
        QTest::newRow("nominal: Chinese page in three columns") << "zh";
        QTest::newRow("nominal: English page in two columns") << "en";
    }

    void textIsReadAsPrinted_data() { pages_data(); }
    void textIsReadAsPrinted() {
        QFETCH(QString, which);
        const QString ocr = imported(which).bulletin.originalText;
        const double rate = testing::characterErrorRate(printed(which).text(), ocr, which == "zh");
        qInfo("%s, language given: CER %.2f %%", qPrintable(which), rate * 100);
        QVERIFY2(rate < 0.02, qPrintable(QString("CER %1 for:\n%2").arg(rate).arg(ocr)));
    }

    void linesComeInReadingOrderWithTheirBoxes_data() { pages_data(); }
    void linesComeInReadingOrderWithTheirBoxes() {
        QFETCH(QString, which);
        const QList<testing::PrintedLine> &printedLines = printed(which).lines;
        const QList<const text::OcrLine *> lines = linesOf(imported(which).bulletin.scan);
        QCOMPARE(lines.size(), printedLines.size());
        for (qsizetype i = 0; i < lines.size(); ++i) {
            // The ink lies within the cell the line was set in, give or take
            // the side bearings of the type.
            const QRect cell = printedLines.at(i).box.adjusted(-6, -6, 6, 6);
            QVERIFY2(
                cell.contains(lines.at(i)->box),
                qPrintable(QString("line %1 \"%2\" at %3,%4 %5x%6 is not in the cell of \"%7\"")
                               .arg(i)
                               .arg(lines.at(i)->text())
                               .arg(lines.at(i)->box.x())
                               .arg(lines.at(i)->box.y())
                               .arg(lines.at(i)->box.width())
                               .arg(lines.at(i)->box.height())
                               .arg(printedLines.at(i).text)));
            // Tesseract's boxes of CJK punctuation may poke out of the line's.
            for (const text::OcrWord &word : lines.at(i)->words) {
                QVERIFY(word.confidence >= 0.0 && word.confidence <= 100.0);
                QVERIFY(lines.at(i)->box.intersects(word.box));
            }
        }
    }

    void scanRemembersItsImage_data() { pages_data(); }
    void scanRemembersItsImage() {
        QFETCH(QString, which);
        const Bulletin &bulletin = imported(which).bulletin;
        QCOMPARE(bulletin.scan.size(), 1);
        QCOMPARE(bulletin.scan.at(0).imagePath, m_dir.filePath(which + "-page.png"));
        QCOMPARE(bulletin.scan.at(0).size, printed(which).image.size());
        QCOMPARE(bulletin.sourceFile, m_dir.filePath(which + "-page.png"));
        // The text is the scan's, line for line.
        QCOMPARE(text::ocrText(bulletin.scan).text, bulletin.originalText);
    }

    void articlesComeOutAsPrinted_data() { pages_data(); }
    void articlesComeOutAsPrinted() {
        QFETCH(QString, which);
        const bool chinese = which == "zh";
        const QList<Article> &articles = imported(which).bulletin.articles;
        const QList<testing::PrintedArticle> &expected = printed(which).articles;
        // Within 5 % of the characters, and a short field within one.
        auto close = [chinese](const QString &printedText, const QString &read) {
            const double allowed = std::max(0.05, 1.0 / std::max<qsizetype>(1, printedText.size()));
            return testing::characterErrorRate(printedText, read, chinese) <= allowed;
        };
        QString got;
        for (const Article &article : articles)
            got += article.headline + " | " + article.byline + " | " +
                   article.paragraphs.join(" / ") + "\n";
        QVERIFY2(articles.size() == expected.size(), qPrintable(got));
        for (qsizetype a = 0; a < articles.size(); ++a) {
            QVERIFY2(close(expected.at(a).headline, articles.at(a).headline), qPrintable(got));
            QVERIFY2(close(expected.at(a).byline, articles.at(a).byline), qPrintable(got));
            QVERIFY2(articles.at(a).paragraphs.size() == expected.at(a).paragraphs.size(),
                     qPrintable(got));
            for (qsizetype p = 0; p < articles.at(a).paragraphs.size(); ++p)
                QVERIFY2(close(expected.at(a).paragraphs.at(p), articles.at(a).paragraphs.at(p)),
                         qPrintable(got));
        }
    }

    void autoLanguageReadsEachScriptWithItsModels_data() { pages_data(); }
    void autoLanguageReadsEachScriptWithItsModels() {
        // Left to Galley, the language is told from the page's script: the
        // reporters' names come out in Chinese, not as Latin look-alikes.
        QFETCH(QString, which);
        const ImportResult result = importFile(m_dir.filePath(which + "-page.png"));
        QVERIFY2(result.ok, qPrintable(result.error));
        const QString ocr = result.bulletin.originalText;
        const double rate = testing::characterErrorRate(printed(which).text(), ocr, which == "zh");
        qInfo("%s, language auto: CER %.2f %%", qPrintable(which), rate * 100);
        QVERIFY2(rate < 0.02, qPrintable(QString("CER %1 for:\n%2").arg(rate).arg(ocr)));
        for (const testing::PrintedArticle &article : printed(which).articles)
            QVERIFY2(ocr.contains(article.byline), qPrintable(article.byline + "\n" + ocr));
    }

    void verticalLinesAreReadRightToLeft() {
        const PrintedPage page = testing::renderVerticalChinesePage();
        ImportOptions options;
        options.build.language = text::Language::Chinese;
        const ImportResult result =
            importFile(savePage(page.image, m_dir.filePath("vertical.png")), options);
        QVERIFY2(result.ok, qPrintable(result.error));
        const QList<const text::OcrLine *> lines = linesOf(result.bulletin.scan);
        QCOMPARE(lines.size(), page.lines.size());
        QVERIFY(result.bulletin.scan.at(0).blocks.at(0).vertical);
        for (qsizetype i = 0; i < lines.size(); ++i) {
            const double rate =
                testing::characterErrorRate(page.lines.at(i).text, lines.at(i)->text(), true);
            QVERIFY2(rate < 0.2, qPrintable(lines.at(i)->text()));
            QVERIFY(page.lines.at(i).box.adjusted(-6, -6, 6, 6).contains(lines.at(i)->box));
        }
        QVERIFY(testing::characterErrorRate(page.text(), result.bulletin.originalText, true) <
                0.05);
    }

    void everyPageOfAMultiPageFileIsRead_data() {
        QTest::addColumn<QString>("path");
        QTest::newRow("nominal: multi-page TIFF") << QFINDTESTDATA("../data/ocr/two-pages.tif");
        QTest::newRow("nominal: PDF") << QString();
    }

    void everyPageOfAMultiPageFileIsRead() {
        QFETCH(QString, path);
        if (path.isEmpty()) {
            path = m_dir.filePath("two-pages.pdf");
            writePdf({lineImage("Page one of the scan"), lineImage("Page two of the scan")}, path);
        }
        Progress progress;
        ImportOptions options;
        options.build.language = text::Language::English;
        options.build.repair = false;
        const ImportResult result = importFile(path, options, progress.callbacks());
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.bulletin.originalText,
                 QString("Page one of the scan\n\nPage two of the scan"));
        QCOMPARE(result.bulletin.scan.size(), 2);
        QCOMPARE(result.bulletin.scan.at(0).imageIndex, 0);
        QCOMPARE(result.bulletin.scan.at(1).imageIndex, 1);
        QCOMPARE(result.bulletin.scan.at(1).imagePath, QFileInfo(path).absoluteFilePath());
        // Each page is announced before it is read, and the end is reported.
        QVERIFY(progress.reports.contains(std::make_tuple(0, 2, 0)));
        QVERIFY(progress.reports.contains(std::make_tuple(1, 2, 0)));
        QCOMPARE(progress.reports.constLast(), std::make_tuple(2, 2, 100));
        for (qsizetype i = 1; i < progress.reports.size(); ++i)
            QVERIFY(std::get<0>(progress.reports.at(i)) >= std::get<0>(progress.reports.at(i - 1)));
    }

    void cancelStopsTheReading_data() {
        QTest::addColumn<int>("cancelAtPage");
        QTest::addColumn<bool>("insideTesseract");
        QTest::newRow("nominal: cancelled before the first page") << 0 << false;
        QTest::newRow("nominal: cancelled between pages") << 1 << false;
        QTest::newRow("nominal: cancelled while Tesseract reads") << -1 << true;
    }

    void cancelStopsTheReading() {
        QFETCH(int, cancelAtPage);
        QFETCH(bool, insideTesseract);
        // Tesseract reports progress line by line: the first page has many.
        const QString path = m_dir.filePath("cancel.pdf");
        writePdf({m_english.image, lineImage("Page two of the scan")}, path);
        Progress progress;
        progress.cancelAtPage = cancelAtPage;
        progress.cancelInsideTesseract = insideTesseract;
        const ImportResult result = importFile(path, ImportOptions(), progress.callbacks());
        QVERIFY(!result.ok);
        QVERIFY(result.cancelled);
        QVERIFY2(result.error.contains("cancelled"), qPrintable(result.error));
        // Nothing is read after the cancel: the last report is of the page it
        // hit, and inside Tesseract it came before the first pass was through
        // (which ends at 70 %).
        const int lastPage = std::get<0>(progress.reports.constLast());
        QCOMPARE(lastPage, insideTesseract ? 0 : cancelAtPage);
        if (insideTesseract)
            QVERIFY(std::get<2>(progress.reports.constLast()) < 70);
    }

    void imageWithoutTextIsRefused() {
        const QString path = QFINDTESTDATA("../data/encodings/binary.png");
        const ImportResult result = importFile(path);
        QVERIFY(!result.ok);
        QVERIFY(!result.cancelled);
        QVERIFY2(result.error.contains(path), qPrintable(result.error));
        QVERIFY2(result.error.contains("no text"), qPrintable(result.error));
    }

    void brokenImageIsRefused() {
        const QString path = m_dir.filePath("broken.png");
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("\x89PNG\r\n\x1a\n but then nothing an image holds");
        file.close();
        const ImportResult result = importFile(path);
        QVERIFY(!result.ok);
        QVERIFY2(result.error.contains(path), qPrintable(result.error));
    }

    void modelsFollowTheLanguage_data() {
        QTest::addColumn<int>("language");
        QTest::addColumn<QString>("models");
        QTest::addColumn<bool>("vertical");
        QTest::addColumn<QString>("expected");

        QTest::newRow("nominal: Chinese")
            << int(text::Language::Chinese) << "" << false << "chi_sim";
        QTest::newRow("nominal: English") << int(text::Language::English) << "" << false << "eng";
        QTest::newRow("nominal: auto reads both")
            << int(text::Language::Auto) << "" << false << "chi_sim+eng";
        QTest::newRow("nominal: vertical Chinese")
            << int(text::Language::Chinese) << "" << true << "chi_sim_vert";
        QTest::newRow("nominal: vertical auto drops English")
            << int(text::Language::Auto) << "" << true << "chi_sim_vert";
        QTest::newRow("nominal: vertical English has no model")
            << int(text::Language::English) << "" << true << "";
        QTest::newRow("nominal: models given override the language")
            << int(text::Language::Chinese) << "chi_tra+eng" << false << "chi_tra+eng";
        QTest::newRow("nominal: traditional vertical")
            << int(text::Language::Auto) << "chi_tra+eng" << true << "chi_tra_vert";
    }

    void modelsFollowTheLanguage() {
        QFETCH(int, language);
        QFETCH(QString, models);
        QFETCH(bool, vertical);
        QFETCH(QString, expected);
        OcrSettings settings;
        settings.language = text::Language(language);
        settings.models = models;
        QCOMPARE(tesseractModels(settings, vertical), expected);
    }

    void missingModelsAreNamed() {
        TesseractRecognizer recognizer;
        OcrSettings settings;
        settings.models = "xx_no_such_language";
        QVERIFY(!recognizer.init(settings));
        QVERIFY2(recognizer.errorString().contains("xx_no_such_language"),
                 qPrintable(recognizer.errorString()));
    }

    void projectKeepsTheScanAndFindsItsImage() {
        // The project goes in a folder beside the image's: the image is stored
        // as ../zh-page.png, and both can move together.
        Bulletin page = m_chineseResult.bulletin;
        QTemporaryDir moved;
        const QString project = m_dir.filePath("projects/page.galley");
        QVERIFY(QDir().mkpath(m_dir.filePath("projects")));
        QString error;
        ProjectFile writer;
        QVERIFY2(writeBulletinFile(page, writer, project, &error), qPrintable(error));

        QFile file(project);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        const QJsonObject scan = QJsonDocument::fromJson(bytes).object().value("scan").toObject();
        QCOMPARE(scan.value("pages").toArray().at(0).toObject().value("image").toString(),
                 QString("../zh-page.png"));

        const ImportResult reopened = importFile(project);
        QVERIFY2(reopened.ok, qPrintable(reopened.error));
        QCOMPARE(reopened.bulletin.scan, page.scan);

        QVERIFY(QDir().mkpath(moved.filePath("projects")));
        QVERIFY(QFile::copy(project, moved.filePath("projects/page.galley")));
        QVERIFY(QFile::copy(m_dir.filePath("zh-page.png"), moved.filePath("zh-page.png")));
        const ImportResult elsewhere = importFile(moved.filePath("projects/page.galley"));
        QVERIFY2(elsewhere.ok, qPrintable(elsewhere.error));
        QCOMPARE(elsewhere.bulletin.scan.at(0).imagePath, moved.filePath("zh-page.png"));
    }

    void projectWhoseTextNoLongerMatchesDropsTheScan() {
        Bulletin page = m_englishResult.bulletin;
        QJsonObject root = QJsonDocument::fromJson(ProjectFile::toJson(page)).object();
        QJsonObject source = root.value("source").toObject();
        source.insert("text", "A text edited by hand");
        root.insert("source", source);
        ProjectFile reader;
        Bulletin read;
        QVERIFY(reader.read(QJsonDocument(root).toJson(), read));
        QVERIFY(read.scan.isEmpty());
        QCOMPARE(read.originalText, QString("A text edited by hand"));
    }

    void commandLineConvertsAScan() {
        QProcess cli;
        cli.start(GALLEY_CLI_PATH,
                  {"convert", m_dir.filePath("en-page.png"), "--to", "json", "--lang", "en"});
        QVERIFY(cli.waitForFinished(120000));
        QCOMPARE(cli.exitCode(), 0);
        const QJsonArray articles = QJsonDocument::fromJson(cli.readAllStandardOutput())
                                        .object()
                                        .value("articles")
                                        .toArray();
        QVERIFY(!articles.isEmpty());
        QCOMPARE(articles.at(0).toObject().value("headline").toString(),
                 QString("Union Opens Winter Relief Drive"));
    }
};

QTEST_MAIN(TestOcr)
#include "tst_ocr.moc"
