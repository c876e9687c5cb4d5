// galley-cli as a user runs it: outputs, exit codes 0/1/2, messages that name
// the file, and no output at all when the input cannot be read.
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString samplePath = QStringLiteral(GALLEY_SOURCE_DIR "/resources/samples/union-bulletin-zh.txt");

struct Run {
    int exitCode = -1;
    QByteArray out;
    QString err;
};

Run runCli(const QStringList &arguments,
           const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(GALLEY_CLI_PATH), arguments);
    if (!process.waitForFinished(60000))
        qFatal("galley-cli did not finish");
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            process.readAllStandardOutput(), QString::fromUtf8(process.readAllStandardError())};
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestCli : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void convertsSampleToJson()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath("out.json");
        const Run run = runCli({"convert", samplePath, "-o", out, "--to", "json"});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.err, QString());

        QJsonParseError error;
        const QJsonDocument json = QJsonDocument::fromJson(readFile(out), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QJsonArray articles = json.object().value("articles").toArray();
        QVERIFY(!articles.isEmpty());
        for (const QJsonValue &value : articles) {
            const QJsonObject article = value.toObject();
            QCOMPARE(article.keys(),
                     (QStringList{"byline", "deck", "headline", "kicker", "paragraphs"}));
            QVERIFY(article.value("headline").isString());
            // Segmentation finds no kickers yet; the key is there all the same.
            QCOMPARE(article.value("kicker").toString(QStringLiteral("missing")), QString());
            QVERIFY(article.value("deck").isString());
            QVERIFY(article.value("byline").isString());
            for (const QJsonValue &paragraph : article.value("paragraphs").toArray()) {
                QVERIFY(paragraph.isString());
                QVERIFY(!paragraph.toString().contains('\n'));
            }
        }
        // Lines of the first article, as printed, join into one paragraph text.
        QVERIFY(QString::fromUtf8(readFile(out)).contains("加大职工互助保险"));
    }

    void convertsSampleToText()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath("out.txt");
        const Run run = runCli({"convert", samplePath, "--to", "txt", "-o", out});
        QCOMPARE(run.exitCode, 0);
        const QString text = QString::fromUtf8(readFile(out));
        QVERIFY(text.contains("三里屯街道工会表彰新就业形态劳动者"));
        QVERIFY(text.contains("加大职工互助保险"));
        QVERIFY(text.endsWith('\n'));
    }

    void writesToStandardOutputWithoutOutputOption()
    {
        const Run run = runCli({"convert", samplePath, "--to", "json"});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(QJsonDocument::fromJson(run.out).object().contains("articles"));
    }

    void convertsSeveralInputsIntoAFolder()
    {
        QTemporaryDir dir;
        const QString gb = GALLEY_TEST_DATA_DIR "/encodings/sample-gb18030.txt";
        const Run run = runCli({"convert", samplePath, gb, "-o", dir.filePath("out"), "--to", "txt"});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(QDir(dir.filePath("out")).entryList(QDir::Files),
                 (QStringList{"sample-gb18030.txt", "union-bulletin-zh.txt"}));
        // The same page in two encodings gives the same copy.
        QCOMPARE(readFile(dir.filePath("out/sample-gb18030.txt")),
                 readFile(dir.filePath("out/union-bulletin-zh.txt")));
    }

    void forcedEncodingIsUsed()
    {
        const QString gb = GALLEY_TEST_DATA_DIR "/encodings/sample-gb18030.txt";
        const Run wrong = runCli({"convert", gb, "--to", "txt", "--encoding", "UTF-8"});
        QCOMPARE(wrong.exitCode, 1);
        QVERIFY2(wrong.err.contains(gb), qPrintable(wrong.err));
        const Run right = runCli({"convert", gb, "--to", "txt", "--encoding", "GBK"});
        QCOMPARE(right.exitCode, 0);
    }

    void noRepairKeepsEveryOcrLine()
    {
        const Run run = runCli({"convert", samplePath, "--to", "txt", "--no-repair"});
        QCOMPARE(run.exitCode, 0);
        // The first body line stays as OCR broke it, spaces and all.
        QVERIFY(QString::fromUtf8(run.out).contains("本报讯 （记者 周美玉 ） 开\n展常态化送温暖活动、 加大职工\n"));
    }

    void unreadableInputFailsWithoutOutput_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("reason");

        QTest::newRow("robustness: missing file") << "/no/such/dir/page.txt" << "no such file";
        QTest::newRow("robustness: binary file")
            << QString(GALLEY_TEST_DATA_DIR "/encodings/binary.png") << "binary";
    }

    void unreadableInputFailsWithoutOutput()
    {
        QFETCH(QString, input);
        QFETCH(QString, reason);

        QTemporaryDir dir;
        const QString out = dir.filePath("out.json");
        const Run run = runCli({"convert", input, "-o", out, "--to", "json"});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(input), qPrintable(run.err));
        QVERIFY2(run.err.contains(reason), qPrintable(run.err));
        QVERIFY(!QFile::exists(out));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList());
    }

    void messagesSpeakTheShellsLanguage()
    {
        QProcessEnvironment chinese = QProcessEnvironment::systemEnvironment();
        chinese.insert("LC_ALL", "zh_CN.UTF-8");
        chinese.insert("LANG", "zh_CN.UTF-8");
        chinese.insert("LANGUAGE", "zh_CN");
        const Run run = runCli({"convert", "/no/such/dir/page.txt", "--to", "json"}, chinese);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"无法打开“/no/such/dir/page.txt”：文件不存在"_qs),
                 qPrintable(run.err));
    }

    void badArgumentsExitTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");

        QTest::newRow("robustness: nothing") << QStringList{};
        QTest::newRow("robustness: unknown command") << QStringList{"transmogrify", samplePath};
        QTest::newRow("robustness: no input") << QStringList{"convert", "--to", "json"};
        QTest::newRow("robustness: no format") << QStringList{"convert", samplePath};
        QTest::newRow("robustness: unknown format")
            << QStringList{"convert", samplePath, "--to", "wpd"};
        QTest::newRow("robustness: unknown option")
            << QStringList{"convert", samplePath, "--to", "txt", "--frobnicate"};
        QTest::newRow("robustness: unknown language")
            << QStringList{"convert", samplePath, "--to", "txt", "--lang", "tlh"};
        QTest::newRow("robustness: unknown encoding")
            << QStringList{"convert", samplePath, "--to", "txt", "--encoding", "NO-SUCH"};
        QTest::newRow("robustness: several inputs to stdout")
            << QStringList{"convert", samplePath, samplePath, "--to", "txt"};
        QTest::newRow("robustness: three columns")
            << QStringList{"convert", samplePath, "--to", "pdf", "--columns", "3"};
        QTest::newRow("robustness: unknown page size")
            << QStringList{"convert", samplePath, "--to", "pdf", "--page-size", "a5"};
        QTest::newRow("robustness: impossible date")
            << QStringList{"convert", samplePath, "--to", "pdf", "--date", "2023-13-01"};
        QTest::newRow("robustness: job count not a number")
            << QStringList{"convert", samplePath, "--to", "txt", "--jobs", "many"};
    }

    void badArgumentsExitTwo()
    {
        QFETCH(QStringList, arguments);
        const Run run = runCli(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.startsWith("galley-cli: "));
        QVERIFY(run.out.isEmpty());
    }

    void everyFormatConverts_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QByteArray>("start"); // how a file of the format begins

        QTest::newRow("nominal: md") << "md" << QByteArray("# ");
        QTest::newRow("nominal: html") << "html" << QByteArray("<!DOCTYPE html>");
        QTest::newRow("nominal: odt") << "odt" << QByteArray("PK\x03\x04");
        QTest::newRow("nominal: docx") << "docx" << QByteArray("PK\x03\x04");
        QTest::newRow("nominal: pdf") << "pdf" << QByteArray("%PDF-1.");
    }

    void everyFormatConverts()
    {
        QFETCH(QString, format);
        QFETCH(QByteArray, start);

        QTemporaryDir dir;
        const QString out = dir.filePath("page." + format);
        const Run run = runCli({"convert", samplePath, "-o", out, "--to", format});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(readFile(out).startsWith(start), readFile(out).left(16).toHex().constData());
    }

    void pageOptionsReachThePdf()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath("letter.pdf");
        const Run run = runCli({"convert", samplePath, "-o", out, "--to", "pdf", "--page-size",
                                "letter", "--columns", "2", "--date", "2023-01-06"});
        QCOMPARE(run.exitCode, 0);
        const QByteArray pdf = readFile(out);
        QVERIFY(pdf.startsWith("%PDF-"));
        // US Letter is 612 x 792 points.
        QVERIFY(pdf.contains("/MediaBox [0 0 612.000000 792.000000]"));
        QVERIFY(!pdf.contains("/MediaBox [0 0 595"));
    }

    // Three files, one of them not text: the two others are written all the
    // same, the bad one is named, a summary counts them, and the exit code is 1.
    void batchWritesWhatItCanAndFails_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QByteArray>("start");

        QTest::newRow("nominal: text") << "txt" << QByteArray("昌平工会");
        QTest::newRow("nominal: PDF, set in parallel") << "pdf" << QByteArray("%PDF-");
    }

    void batchWritesWhatItCanAndFails()
    {
        QFETCH(QString, format);
        QFETCH(QByteArray, start);

        QTemporaryDir dir;
        const QString gb = GALLEY_TEST_DATA_DIR "/encodings/sample-gb18030.txt";
        const QString bad = GALLEY_TEST_DATA_DIR "/encodings/undecodable.txt";
        const Run run = runCli({"convert", samplePath, bad, gb, "-o", dir.filePath("out"), "--to",
                                format, "--jobs", "3"});
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(QDir(dir.filePath("out")).entryList(QDir::Files | QDir::Hidden),
                 (QStringList{"sample-gb18030." + format, "union-bulletin-zh." + format}));
        QVERIFY(readFile(dir.filePath("out/union-bulletin-zh." + format)).startsWith(start));
        QVERIFY(readFile(dir.filePath("out/sample-gb18030." + format)).startsWith(start));
        QVERIFY2(run.err.contains(bad), qPrintable(run.err));
        QVERIFY2(run.err.contains("galley-cli: 2 of 3 converted to " + format), qPrintable(run.err));
        QVERIFY2(run.err.contains(", 1 failed"), qPrintable(run.err));
        // No progress line when stderr is not a terminal.
        QVERIFY(!run.err.contains('\r'));
    }

    void versionAndHelp()
    {
        const Run version = runCli({"--version"});
        QCOMPARE(version.exitCode, 0);
        QVERIFY(version.out.startsWith("galley-cli "));
        QVERIFY(QString::fromUtf8(version.out).contains(QRegularExpression("\\d+\\.\\d+\\.\\d+")));

        const Run help = runCli({"--help"});
        QCOMPARE(help.exitCode, 0);
        for (const char *option : {"--to", "--lang", "--encoding", "--no-repair", "-o"})
            QVERIFY2(help.out.contains(option), option);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
