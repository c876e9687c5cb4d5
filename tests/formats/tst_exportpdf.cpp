// The PDF export as a reader meets it, checked with poppler's tools: the text
// copied out of the PDF is the exported text, character for character (no
// Kangxi radicals in place of ideographs), the Chinese faces embedded are the
// Simplified or Traditional ones as subsets, pages count as the measure says,
// a kicker stands above its headline in smaller type, and the document
// information names title, author and creator.
#include "formats/bulletinwriter.h"
#include "formats/importer.h"
#include "formats/pdftounicode.h"
#include "formats/pdfwriter.h"
#include "formats/textwriter.h"

#include <QFile>
#include <QProcess>
#include <QRawFont>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

Q_DECLARE_METATYPE(galley::Bulletin)
Q_DECLARE_METATYPE(galley::PdfOptions)

using namespace galley;

namespace {

const QString samplePath = QStringLiteral(GALLEY_SOURCE_DIR "/resources/samples/union-bulletin-zh.txt");
const QString big5Path = QStringLiteral(GALLEY_TEST_DATA_DIR "/encodings/page-big5.txt");

QString run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0)
        qFatal("%s failed: %s", qPrintable(program), process.readAllStandardError().constData());
    return QString::fromUtf8(process.readAllStandardOutput());
}

Bulletin imported(const QString &path)
{
    const ImportResult result = importFile(path);
    if (!result.ok)
        qFatal("cannot import %s: %s", qPrintable(path), qPrintable(result.error));
    return result.bulletin;
}

QString exportPdf(const Bulletin &bulletin, const PdfOptions &options, const QString &path)
{
    PdfWriter writer;
    writer.setOptions(options);
    QString error;
    if (!writeBulletinFile(bulletin, writer, path, &error))
        qFatal("PDF export failed: %s", qPrintable(error));
    return path;
}

int pdfPages(const QString &pdf)
{
    const QRegularExpressionMatch match =
        QRegularExpression("^Pages:\\s+(\\d+)$", QRegularExpression::MultilineOption)
            .match(run("pdfinfo", {pdf}));
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

// The text of page `page`, or of one of its columns, as pdftotext reads it.
QString pdfText(const QString &pdf, int page, int column = 0, int columns = 1)
{
    QStringList arguments{"-enc", "UTF-8", "-f", QString::number(page), "-l", QString::number(page)};
    if (columns > 1) {
        // Crop to the column, at 72 dpi so that a pixel is a point (A4: 595 x 842).
        arguments << "-r" << "72" << "-x" << QString::number(595 * column / columns) << "-y" << "0"
                  << "-W" << QString::number(595 / columns) << "-H" << "842";
    }
    return run("pdftotext", arguments << pdf << "-");
}

Bulletin pageWithKicker()
{
    Bulletin page;
    page.language = text::Language::Chinese;
    Article article;
    article.kicker = "迎新春 送温暖";
    article.headline = "海淀工会慰问职工";
    article.deck = "走访一线医务人员";
    article.paragraphs = {"为深入学习贯彻党的二十大精神，海淀区总工会开展慰问活动。"};
    page.articles = {article};
    return page;
}

// Where pdftotext finds `word` on the first page: its box, in points.
QRectF wordBox(const QString &pdf, const QString &word)
{
    const QString html =
        run("pdftotext", {"-bbox", "-enc", "UTF-8", "-f", "1", "-l", "1", pdf, "-"});
    const QRegularExpression element(
        "<word xMin=\"([\\d.]+)\" yMin=\"([\\d.]+)\" xMax=\"([\\d.]+)\" yMax=\"([\\d.]+)\">"
        "([^<]*)</word>");
    for (auto it = element.globalMatch(html); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        if (m.captured(5) == word)
            return QRectF(QPointF(m.captured(1).toDouble(), m.captured(2).toDouble()),
                          QPointF(m.captured(3).toDouble(), m.captured(4).toDouble()));
    }
    return {};
}

QStringList nonEmptyLines(const QString &text)
{
    QStringList lines;
    for (const QString &line : text.split('\n')) {
        const QString trimmed = line.trimmed().remove('\f');
        if (!trimmed.isEmpty())
            lines.append(trimmed);
    }
    return lines;
}

QString withoutWhitespace(QString text)
{
    return text.remove(QRegularExpression("\\s+"));
}

} // namespace

class TestExportPdf : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        for (const char *tool : {"pdftotext", "pdfinfo", "pdffonts"}) {
            if (QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty())
                QSKIP("poppler-utils is not installed (scripts/install-deps installs it)");
        }
        QVERIFY(m_dir.isValid());
    }

    // What pdftotext reads back is the exported text: every character in order
    // (line wrapping aside), and no line holding a space the text has not.
    void copiedTextIsTheExportedText_data()
    {
        QTest::addColumn<Bulletin>("bulletin");
        QTest::addColumn<PdfOptions>("options");
        QTest::addColumn<QString>("date"); // as the running header shows it

        PdfOptions defaults;
        defaults.date = QDate(2023, 1, 6);
        QTest::newRow("nominal: sample page, one column, running header and page numbers")
            << imported(samplePath) << defaults << "2023年1月6日";

        PdfOptions twoColumns;
        twoColumns.columns = 2;
        twoColumns.runningHeader = false;
        twoColumns.pageNumbers = false;
        QTest::newRow("nominal: sample page, two columns") << imported(samplePath) << twoColumns << "";

        QTest::newRow("nominal: Traditional Chinese page") << imported(big5Path) << defaults << "2023年1月6日";

        Bulletin english;
        english.language = text::Language::English;
        Article article;
        article.headline = "Office staff file a fluffy affidavit";
        article.byline = "By Ruth Fifield";
        article.paragraphs = {"The office of the efficient officials offered "
                              "five fine flowers to the staff; they waffled, then "
                              "filed the affidavit."};
        english.articles = {article};
        QTest::newRow("nominal: English with fi, fl and ffi") << english << defaults << "6 January 2023";

        // Chinese in an English page is set in the CJK face that follows the Latin one.
        Bulletin mixed = english;
        mixed.articles.first().paragraphs.append("The workers (工人) of the union (工会) met "
                                                 "in the factory (工厂) on Monday.");
        QTest::newRow("nominal: Chinese words in an English page") << mixed << defaults << "6 January 2023";

        // The glyph of 工 also stands for the Kangxi radical U+2F2F; where the
        // text really has the radical, the PDF keeps it.
        Bulletin radical;
        Article radicalArticle;
        radicalArticle.headline = "部首";
        radicalArticle.paragraphs = {"康熙部首⼯和⼈在此。"};
        radical.articles = {radicalArticle};
        QTest::newRow("robustness: Kangxi radicals typed as such stay radicals")
            << radical << defaults << "2023年1月6日";

        QTest::newRow("nominal: a kicker above its headline")
            << pageWithKicker() << defaults << "2023年1月6日";
    }

    void copiedTextIsTheExportedText()
    {
        QFETCH(Bulletin, bulletin);
        QFETCH(PdfOptions, options);
        QFETCH(QString, date);

        const QString pdf = exportPdf(bulletin, options, m_dir.filePath("copy.pdf"));
        const QString exported = TextWriter::toText(bulletin);
        const int pages = pdfPages(pdf);
        QVERIFY(pages >= 1);

        QString copied;
        for (int page = 1; page <= pages; ++page) {
            for (int column = 0; column < options.columns; ++column) {
                QStringList lines = nonEmptyLines(pdfText(pdf, page, column, options.columns));
                if (options.runningHeader) {
                    QVERIFY(lines.size() >= 2);
                    QCOMPARE(lines.takeFirst(), bulletin.title());
                    QCOMPARE(lines.takeFirst(), date);
                }
                if (options.pageNumbers) {
                    QVERIFY(!lines.isEmpty());
                    QCOMPARE(lines.takeLast(), QString::number(page));
                }
                for (const QString &line : std::as_const(lines))
                    QVERIFY2(exported.contains(line), qPrintable("not in the text: " + line));
                copied += lines.join('\n') + '\n';
            }
        }
        for (QChar c : copied) {
            QVERIFY2(c.unicode() < 0x2E80 || c.unicode() > 0x2FDF || exported.contains(c),
                     qPrintable(QString("a radical the text does not have: %1").arg(c)));
        }
        QCOMPARE(withoutWhitespace(copied), withoutWhitespace(exported));
    }

    // As newspapers set it: the kicker over the headline, centred, in smaller type.
    void kickerIsSetAboveTheHeadlineInSmallerType()
    {
        PdfOptions options;
        options.runningHeader = false;
        const QString pdf = exportPdf(pageWithKicker(), options, m_dir.filePath("kicker.pdf"));
        const QRectF kicker = wordBox(pdf, "迎新春");
        const QRectF headline = wordBox(pdf, "海淀工会慰问职工");
        const QRectF deck = wordBox(pdf, "走访一线医务人员");
        QVERIFY2(!kicker.isNull() && !headline.isNull() && !deck.isNull(),
                 "pdftotext did not find the display lines");
        QVERIFY(kicker.bottom() <= headline.top() + 1);
        QVERIFY(headline.bottom() <= deck.top() + 1);
        // Character height follows the point size: 12.6 pt against the headline's 17.85 pt.
        QVERIFY2(kicker.height() < headline.height() * 0.8,
                 qPrintable(QString("kicker %1 pt, headline %2 pt")
                                .arg(kicker.height())
                                .arg(headline.height())));
        // Set close over its headline: less than a kicker's height between them.
        QVERIFY(headline.top() - kicker.bottom() < kicker.height());
        // Both centred on the measure: their middles line up.
        QVERIFY(qAbs(kicker.center().x() - headline.center().x()) < 30);
    }

    void embedsTheRegionsFacesAsSubsets_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QStringList>("faces");

        QTest::newRow("nominal: Simplified Chinese sample")
            << samplePath
            << QStringList{"NotoSansCJKsc-Bold", "NotoSansCJKsc-Regular", "NotoSerifCJKsc-Regular"};
        QTest::newRow("nominal: Traditional Chinese page")
            << big5Path
            << QStringList{"NotoSansCJKtc-Bold", "NotoSansCJKtc-Regular", "NotoSerifCJKtc-Regular"};
    }

    void embedsTheRegionsFacesAsSubsets()
    {
        QFETCH(QString, input);
        QFETCH(QStringList, faces);

        const QString pdf = exportPdf(imported(input), {}, m_dir.filePath("fonts.pdf"));
        // name  type  encoding  emb sub uni  object ID
        const QRegularExpression row("^([A-Z]{6})\\+(\\S+)\\s+CID TrueType\\s+Identity-H\\s+"
                                     "(yes|no)\\s+(yes|no)\\s+(yes|no)");
        QStringList found;
        for (const QString &line : run("pdffonts", {pdf}).split('\n').mid(2)) {
            if (line.trimmed().isEmpty())
                continue;
            const QRegularExpressionMatch match = row.match(line);
            QVERIFY2(match.hasMatch(), qPrintable("not an embedded subset: " + line));
            QCOMPARE(match.captured(3), QString("yes")); // embedded
            QCOMPARE(match.captured(4), QString("yes")); // subset
            QCOMPARE(match.captured(5), QString("yes")); // has a ToUnicode map
            found.append(match.captured(2));
        }
        found.sort();
        QCOMPARE(found, faces);
    }

    // A4 with 18 mm top and bottom margins leaves 261 mm = 739.8 pt; body
    // lines advance 1.75 x 10.5 pt = 18.375 pt, so 40 lines fit a column
    // (735 pt) and the 41st does not. US Letter (279.4 mm) leaves 690 pt: 37 lines.
    void pageCountFollowsTheMeasure_data()
    {
        QTest::addColumn<int>("lines");
        QTest::addColumn<QPageSize::PageSizeId>("pageSize");
        QTest::addColumn<int>("columns");
        QTest::addColumn<int>("pages");

        QTest::newRow("nominal: 40 lines fill one A4 page") << 40 << QPageSize::A4 << 1 << 1;
        QTest::newRow("nominal: the 41st line starts a page") << 41 << QPageSize::A4 << 1 << 2;
        QTest::newRow("nominal: 81 lines take three pages") << 81 << QPageSize::A4 << 1 << 3;
        QTest::newRow("nominal: two columns hold 80 lines") << 80 << QPageSize::A4 << 2 << 1;
        QTest::newRow("nominal: two columns, 81 lines") << 81 << QPageSize::A4 << 2 << 2;
        QTest::newRow("nominal: 37 lines fill US Letter") << 37 << QPageSize::Letter << 1 << 1;
        QTest::newRow("nominal: the 38th line starts a Letter page") << 38 << QPageSize::Letter << 1 << 2;
    }

    void pageCountFollowsTheMeasure()
    {
        QFETCH(int, lines);
        QFETCH(QPageSize::PageSizeId, pageSize);
        QFETCH(int, columns);
        QFETCH(int, pages);

        // One short paragraph a line: ten ideographs and the two-character
        // indent fit any measure here.
        Bulletin bulletin;
        bulletin.language = text::Language::Chinese;
        Article article;
        for (int i = 0; i < lines; ++i)
            article.paragraphs.append("工会职工服务活动" + QString::number(i % 10) + "次");
        bulletin.articles = {article};
        PdfOptions options;
        options.pageSize = pageSize;
        options.columns = columns;
        options.runningHeader = false;
        options.pageNumbers = false;

        PdfWriter writer;
        writer.setOptions(options);
        const QString pdf = m_dir.filePath("count.pdf");
        QString error;
        QVERIFY2(writeBulletinFile(bulletin, writer, pdf, &error), qPrintable(error));
        QCOMPARE(pdfPages(pdf), pages);
        QCOMPARE(writer.pageCount(), pages);
    }

    void documentInformation()
    {
        Bulletin bulletin = imported(samplePath);
        PdfOptions options;
        options.author = "北京工会报 <编辑部>";
        const QString info = run("pdfinfo", {exportPdf(bulletin, options, m_dir.filePath("info.pdf"))});
        QVERIFY2(info.contains(QRegularExpression("^Title:\\s+" + QRegularExpression::escape(bulletin.title()) + "$",
                                                  QRegularExpression::MultilineOption)),
                 qPrintable(info));
        QVERIFY2(info.contains(QRegularExpression("^Author:\\s+北京工会报 <编辑部>$",
                                                  QRegularExpression::MultilineOption)),
                 qPrintable(info));
        QVERIFY2(info.contains(QRegularExpression("^Creator:\\s+Galley \\d+\\.\\d+\\.\\d+$",
                                                  QRegularExpression::MultilineOption)),
                 qPrintable(info));
        QVERIFY2(info.contains(QRegularExpression("^Page size:\\s+595(\\.\\d+)? x 842(\\.\\d+)? pts \\(A4\\)$",
                                                  QRegularExpression::MultilineOption)),
                 qPrintable(info));
    }

    void cancelledExportWritesNothing()
    {
        const QString path = m_dir.filePath("cancelled.pdf");
        PdfWriter writer;
        int calls = 0;
        writer.setProgress([&](qsizetype, qsizetype) { return ++calls < 3; });
        QString error;
        QVERIFY(!writeBulletinFile(imported(samplePath), writer, path, &error));
        QCOMPARE(calls, 3);
        QVERIFY(!QFile::exists(path));
        QVERIFY2(error.contains("cancelled"), qPrintable(error));
    }

    // The correction table itself: Noto Serif CJK SC names the glyphs of 工 and 人
    // by the Kangxi radicals U+2F2F and U+2F08, the first code points that reach them.
    void correctionsRenameRadicalsToTheIdeographsSet()
    {
        QFont font;
        font.setFamilies({"Noto Serif CJK SC"});
        const QRawFont raw = QRawFont::fromFont(font);
        QCOMPARE(raw.familyName(), QString("Noto Serif CJK SC"));
        QCOMPARE(postScriptName(raw), QByteArray("NotoSerifCJKsc-Regular"));

        CharacterCounts text;
        text.add(u"工人在工厂");
        const CodePointCorrections corrections = toUnicodeCorrections(raw, text);
        QCOMPARE(corrections.value(0x2F2F), char16_t(0x5DE5)); // ⼯ -> 工
        QCOMPARE(corrections.value(0x2F08), char16_t(0x4EBA)); // ⼈ -> 人
        QCOMPARE(corrections.value(0x2F1A), char16_t(0x5382)); // ⼚ -> 厂
        QVERIFY(!corrections.contains(0x5728)); // 在 has no radical twin
        QCOMPARE(corrections.size(), 3);
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestExportPdf)
#include "tst_exportpdf.moc"
