// The foundation formats: plain text and JSON export of a bulletin built by
// hand, the project file round trip, and import errors that name the file.
#include "formats/bulletinwriter.h"
#include "formats/importer.h"
#include "formats/jsonwriter.h"
#include "formats/ocrjson.h"
#include "formats/projectfile.h"
#include "formats/textwriter.h"

#include <QBuffer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace galley;

namespace {

Bulletin handBuiltBulletin() {
    Bulletin page;
    page.sourceFile = "/pages/bulletin.txt";
    page.encoding = "GB18030";
    page.language = text::Language::Chinese;
    page.originalText = "海淀工会\n本报讯 （记者 赵思远） 为深\n入学习。\n\nThe end\n";

    Article first;
    first.kicker = "迎新春 送温暖";
    first.headline = "海淀工会“两节”慰问将惠及10万余职工";
    first.deck = "走访一线医务人员 慰问值守干部职工";
    first.byline = "本报讯（记者 赵思远）";
    first.paragraphs = {"为深入学习贯彻党的二十大精神。", "据了解，海淀区总工会将走访慰问。"};
    first.source = {0, 2};

    Article second;
    second.headline = "Quotes \"and\" <tags> & slashes \\";
    second.paragraphs = {"The end."};
    second.source = {4, 4};

    page.articles = {first, second};
    return page;
}

QByteArray writeToBytes(BulletinWriter &writer, const Bulletin &page) {
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    if (!writer.write(page, buffer))
        qFatal("write failed: %s", qPrintable(writer.errorString()));
    return buffer.data();
}

} // namespace

class TestFormats : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void textExport() {
        TextWriter writer;
        // The kicker reads first, above the headline, as it is printed.
        const QString expected = "迎新春 送温暖\n"
                                 "海淀工会“两节”慰问将惠及10万余职工\n"
                                 "走访一线医务人员 慰问值守干部职工\n"
                                 "本报讯（记者 赵思远）\n"
                                 "为深入学习贯彻党的二十大精神。\n"
                                 "据了解，海淀区总工会将走访慰问。\n"
                                 "\n"
                                 "Quotes \"and\" <tags> & slashes \\\n"
                                 "The end.\n";
        QCOMPARE(QString::fromUtf8(writeToBytes(writer, handBuiltBulletin())), expected);
    }

    void textExportOfEmptyPageIsEmpty() {
        TextWriter writer;
        QCOMPARE(writeToBytes(writer, Bulletin()), QByteArray());
    }

    void textExportOfLargePageIsItsText() {
        // Far more than the writer hands the device at once.
        Bulletin page = handBuiltBulletin();
        page.articles.first().paragraphs.append("𠀀 outside the BMP, and ä");
        for (int i = 0; i < 12; ++i)
            page.articles += page.articles;
        TextWriter writer;
        const QByteArray written = writeToBytes(writer, page);
        QVERIFY(written.size() > 1024 * 1024);
        QVERIFY(written == TextWriter::toText(page).toUtf8());
    }

    void textExportOfLoneSurrogateIsTheReplacementCharacter() {
        // A lone surrogate (broken input) is written as U+FFFD, in the middle
        // of the page and at the end of a line; the rest is the page's text.
        Bulletin page = handBuiltBulletin();
        page.articles.first().paragraphs.append(QStringLiteral("a") + QChar(0xD800) + u'b');
        page.articles.last().headline += QChar(0xDC00);
        TextWriter writer;
        const QByteArray written = writeToBytes(writer, page);
        QString expected = TextWriter::toText(page);
        expected.replace(QChar(0xD800), QChar(QChar::ReplacementCharacter));
        expected.replace(QChar(0xDC00), QChar(QChar::ReplacementCharacter));
        QCOMPARE(written, expected.toUtf8());
        QVERIFY(written.contains("a\xEF\xBF\xBD"
                                 "b\n"));
    }

    void jsonExport() {
        JsonWriter writer;
        const QByteArray written = writeToBytes(writer, handBuiltBulletin());
        QFile expected(QFINDTESTDATA("../data/formats/hand-built.json"));
        QVERIFY(expected.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(written), QString::fromUtf8(expected.readAll()));
    }

    void projectRoundTrips() {
        const Bulletin page = handBuiltBulletin();
        ProjectFile writer;
        const QByteArray bytes = writeToBytes(writer, page);

        ProjectFile reader;
        Bulletin read;
        QVERIFY2(reader.read(bytes, read), qPrintable(reader.errorString()));
        QCOMPARE(read, page);
    }

    void projectRoundTripKeepsTheKicker() {
        ProjectFile writer;
        const QByteArray bytes = writeToBytes(writer, handBuiltBulletin());
        const QJsonArray articles =
            QJsonDocument::fromJson(bytes).object().value("articles").toArray();
        QCOMPARE(articles.at(0).toObject().value("kicker").toString(), QString("迎新春 送温暖"));
        // The format keeps its version: the kicker is an optional key like any other.
        QCOMPARE(QJsonDocument::fromJson(bytes).object().value("version").toInt(),
                 ProjectFile::currentVersion);
        QCOMPARE(ProjectFile::currentVersion, 1);

        ProjectFile reader;
        Bulletin read;
        QVERIFY2(reader.read(bytes, read), qPrintable(reader.errorString()));
        QCOMPARE(read.articles.at(0).kicker, QString("迎新春 送温暖"));
        QCOMPARE(read.articles.at(1).kicker, QString());
    }

    void projectSavedBeforeKickersOpensUnchanged() {
        // A project as Galley wrote it before articles had a kicker: no such key.
        QFile file(QFINDTESTDATA("../data/formats/before-kicker.galley"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(!bytes.contains("kicker"));

        ProjectFile reader;
        Bulletin read;
        QVERIFY2(reader.read(bytes, read), qPrintable(reader.errorString()));
        Bulletin expected = handBuiltBulletin();
        expected.articles[0].kicker.clear();
        QCOMPARE(read, expected);
        QCOMPARE(read.articles.at(0).headline, QString("海淀工会“两节”慰问将惠及10万余职工"));
        QCOMPARE(read.articles.at(0).deck, QString("走访一线医务人员 慰问值守干部职工"));

        // Saved again, it differs from the old file only by the empty kickers.
        ProjectFile writer;
        QJsonObject resaved = QJsonDocument::fromJson(writeToBytes(writer, read)).object();
        QJsonArray articles = resaved.value("articles").toArray();
        for (qsizetype i = 0; i < articles.size(); ++i) {
            QJsonObject article = articles.at(i).toObject();
            QCOMPARE(article.take("kicker").toString(QStringLiteral("missing")), QString());
            articles.replace(i, article);
        }
        resaved.insert("articles", articles);
        QCOMPARE(resaved, QJsonDocument::fromJson(bytes).object());
    }

    void projectFileOpensThroughImporter() {
        QTemporaryDir dir;
        const QString path = dir.filePath("page.galley");
        ProjectFile writer;
        QString error;
        QVERIFY2(writeBulletinFile(handBuiltBulletin(), writer, path, &error), qPrintable(error));

        const ImportResult result = importFile(path);
        QVERIFY2(result.ok, qPrintable(result.error));
        QVERIFY(result.isProject);
        QCOMPARE(result.bulletin, handBuiltBulletin());
    }

    void projectReadRefusesBadInput_data() {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("reasonContains");

        QTest::newRow("robustness: not JSON") << QByteArray("{ nope") << "not a Galley project";
        QTest::newRow("robustness: other JSON")
            << QByteArray("{\"articles\": []}") << "format field is missing";
        QTest::newRow("robustness: newer version")
            << QByteArray("{\"format\": \"galley-project\", \"version\": 99}") << "newer Galley";
        QTest::newRow("robustness: no version")
            << QByteArray("{\"format\": \"galley-project\"}") << "version field is missing";
    }

    void projectReadRefusesBadInput() {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, reasonContains);

        ProjectFile reader;
        Bulletin read;
        read.sourceFile = "untouched";
        QVERIFY(!reader.read(bytes, read));
        QVERIFY2(reader.errorString().contains(reasonContains), qPrintable(reader.errorString()));
        QCOMPARE(read.sourceFile, QString("untouched"));
    }

    // Found by tests/fuzz: a decision at a space whose alternative is a line
    // break is none the engine writes; the page opens without its marks.
    void projectDropsDecisionsOfMixedFamilies() {
        Bulletin page = handBuiltBulletin();
        text::Decision join;
        join.position = 4; // the line break after 海淀工会
        join.length = 1;
        join.kind = text::DecisionKind::BlockBreak;
        join.alternative = text::DecisionKind::Join;
        text::Decision space;
        space.position = 8; // the space after 本报讯
        space.length = 1;
        space.kind = text::DecisionKind::KeepSpace;
        space.alternative = text::DecisionKind::DropSpace;
        page.decisions = {join, space};

        ProjectFile writer;
        ProjectFile reader;
        Bulletin read;
        QVERIFY(reader.read(writeToBytes(writer, page), read));
        QCOMPARE(read.decisions, page.decisions);

        page.decisions[1].alternative = text::DecisionKind::ParagraphBreak;
        QVERIFY(reader.read(writeToBytes(writer, page), read));
        QVERIFY(read.decisions.isEmpty());
        QCOMPARE(read.articles, page.articles);
    }

    // Found by tests/fuzz (in ALTO; the project's OCR structure reads boxes
    // the same way): a box past int's range overflowed in QRect's arithmetic.
    void projectScanBoxesAreBounded() {
        const QByteArray json = "{\"pages\": [{\"size\": [1e300, -5], \"blocks\": [{\"box\": "
                                "[10, 10, 2147483647, 5], \"paragraphs\": [{\"box\": [0, 0, 1, 1], "
                                "\"lines\": [{\"box\": [-1e20, 0, 3, 4], \"words\": [[\"工会\", "
                                "10, 10, 2147483647, 5, 90]]}]}]}]}]}";
        const QList<text::OcrPage> pages =
            ocrPagesFromJson(QJsonDocument::fromJson(json).object(), nullptr);
        QCOMPARE(pages.size(), 1);
        const int most = text::maxOcrCoordinate;
        QCOMPARE(pages.at(0).size, QSize(most, -5));
        const text::OcrBlock &block = pages.at(0).blocks.at(0);
        QCOMPARE(block.box, QRect(10, 10, most, 5));
        QCOMPARE(block.paragraphs.at(0).lines.at(0).box, QRect(-most, 0, 3, 4));
        QCOMPARE(block.paragraphs.at(0).lines.at(0).words.at(0).box, QRect(10, 10, most, 5));
    }

    void importerNamesTheFileItRefuses_data() {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("reasonContains");

        QTest::newRow("robustness: missing file") << "/no/such/page.txt"
                                                  << "no such file";
        QTest::newRow("robustness: binary file")
            << QString(GALLEY_TEST_DATA_DIR "/encodings/binary.png") << "binary";
        QTest::newRow("robustness: a folder") << QString(GALLEY_TEST_DATA_DIR) << "not a file";
    }

    void importerNamesTheFileItRefuses() {
        QFETCH(QString, path);
        QFETCH(QString, reasonContains);

        const ImportResult result = importFile(path);
        QVERIFY(!result.ok);
        QVERIFY2(result.error.contains(path), qPrintable(result.error));
        QVERIFY2(result.error.contains(reasonContains), qPrintable(result.error));
    }

    void importerRecordsWhereTheTextCameFrom() {
        const QString path = GALLEY_TEST_DATA_DIR "/encodings/sample-gb18030.txt";
        const ImportResult result = importFile(path);
        QVERIFY2(result.ok, qPrintable(result.error));
        QVERIFY(!result.isProject);
        QCOMPARE(result.bulletin.encoding, QString("GB18030"));
        QCOMPARE(result.bulletin.sourceFile, path);
        QCOMPARE(result.bulletin.language, text::Language::Chinese);
        QVERIFY(result.bulletin.originalText.contains("本报讯 （记者 王路曼） 记者"));
        QVERIFY(!result.bulletin.articles.isEmpty());
    }

    void failedWriteLeavesTheOldFile() {
        QTemporaryDir dir;
        const QString path = dir.filePath("out.txt");
        {
            QFile old(path);
            QVERIFY(old.open(QIODevice::WriteOnly));
            old.write("previous contents");
        }
        class FailingWriter : public BulletinWriter {
        public:
            QString formatId() const override { return "fail"; }
            QString displayName() const override { return "fail"; }
            bool write(const Bulletin &, QIODevice &device) override {
                device.write("partial");
                setErrorString("disk on fire");
                return false;
            }
        } failing;
        QString error;
        QVERIFY(!writeBulletinFile(handBuiltBulletin(), failing, path, &error));
        QVERIFY2(error.contains(path) && error.contains("disk on fire"), qPrintable(error));
        QFile old(path);
        QVERIFY(old.open(QIODevice::ReadOnly));
        QCOMPARE(old.readAll(), QByteArray("previous contents"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{"out.txt"});
    }
};

QTEST_GUILESS_MAIN(TestFormats)
#include "tst_formats.moc"
