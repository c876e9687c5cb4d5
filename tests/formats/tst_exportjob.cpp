// Exporting what the user chose: the whole page, the selected articles, or a
// file per article named safely from its headline; and a cancelled or failed
// export that leaves nothing behind, not even in place of an older file.
#include "formats/exportjob.h"
#include "formats/textwriter.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace galley;

namespace {

Bulletin threeArticles()
{
    Bulletin page;
    page.language = text::Language::Chinese;
    for (const char *headline : {"第一篇", "第二篇", "第三篇"}) {
        Article article;
        article.headline = QString::fromUtf8(headline);
        article.paragraphs = {article.headline + "的正文。"};
        page.articles.append(article);
    }
    return page;
}

QString readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

QStringList filesIn(const QString &folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot,
                                  QDir::Name);
}

} // namespace

class TestExportJob : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void scopeChoosesTheArticles_data()
    {
        QTest::addColumn<int>("scope");
        QTest::addColumn<QList<int>>("rows");
        QTest::addColumn<QString>("text");

        QTest::newRow("nominal: the whole page ignores the selection")
            << int(ExportScope::WholeBulletin) << QList<int>{1}
            << "第一篇\n第一篇的正文。\n\n第二篇\n第二篇的正文。\n\n第三篇\n第三篇的正文。\n";
        QTest::newRow("nominal: selected articles, in page order")
            << int(ExportScope::SelectedArticles) << QList<int>{2, 0}
            << "第一篇\n第一篇的正文。\n\n第三篇\n第三篇的正文。\n";
        QTest::newRow("robustness: duplicate and out-of-range rows")
            << int(ExportScope::SelectedArticles) << QList<int>{1, 1, 7, -1}
            << "第二篇\n第二篇的正文。\n";
    }

    void scopeChoosesTheArticles()
    {
        QFETCH(int, scope);
        QFETCH(QList<int>, rows);
        QFETCH(QString, text);

        QTemporaryDir dir;
        ExportRequest request;
        request.formatId = "txt";
        request.scope = ExportScope(scope);
        request.rows = rows;
        request.destination = dir.filePath("page.txt");
        const ExportResult result = runExport(threeArticles(), request);
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.files, QStringList{request.destination});
        QCOMPARE(readAll(request.destination), text);
    }

    void articlePerFile()
    {
        QTemporaryDir dir;
        ExportRequest request;
        request.formatId = "md";
        request.scope = ExportScope::ArticlePerFile;
        request.rows = {0, 2};
        request.destination = dir.filePath("articles"); // created on the way
        qint64 lastDone = -1;
        qint64 lastTotal = -1;
        const ExportResult result = runExport(threeArticles(), request, [&](qint64 done, qint64 total) {
            lastDone = done;
            lastTotal = total;
            return true;
        });
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(filesIn(request.destination), (QStringList{"01-第一篇.md", "02-第三篇.md"}));
        QCOMPARE(result.files, (QStringList{dir.filePath("articles/01-第一篇.md"),
                                            dir.filePath("articles/02-第三篇.md")}));
        QCOMPARE(readAll(result.files.at(1)), QString("# 第三篇\n\n第三篇的正文。\n"));
        // 第一篇 + 第一篇的正文。 and 第三篇 + 第三篇的正文。: 3 + 7 characters each.
        QCOMPARE(lastTotal, 20);
        QCOMPARE(lastDone, 20);
    }

    void fileNamesAreSafe_data()
    {
        QTest::addColumn<QString>("headline");
        QTest::addColumn<int>("number");
        QTest::addColumn<int>("count");
        QTest::addColumn<QString>("name");

        QTest::newRow("nominal: Chinese headline") << "昌平工会交出职工维权服务工作亮眼成绩单" << 1 << 5
                                                   << "01-昌平工会交出职工维权服务工作亮眼成绩单";
        QTest::newRow("nominal: numbers widen with the count") << "Page" << 7 << 120 << "007-Page";
        QTest::newRow("robustness: path separators and reserved characters")
            << "a/b\\c:d*e?f\"g<h>i|j" << 2 << 3 << "02-a_b_c_d_e_f_g_h_i_j";
        QTest::newRow("robustness: no climbing out of the folder") << "../../etc/passwd" << 1 << 1
                                                                  << "01-_.._etc_passwd";
        QTest::newRow("robustness: leading dot would hide the file") << ".hidden" << 1 << 1 << "01-hidden";
        QTest::newRow("robustness: control characters and runs of space")
            << "第一\n\t篇   标题" << 1 << 1 << "01-第一 篇 标题";
        QTest::newRow("robustness: trailing dots and spaces") << "标题. . " << 1 << 1 << "01-标题";
        QTest::newRow("robustness: no headline") << "" << 3 << 3 << "03-article";
        QTest::newRow("robustness: nothing but forbidden dots") << "..." << 1 << 1 << "01-article";
        QTest::newRow("robustness: a name Windows reserves") << "CON" << 1 << 1 << "01-article";
        QTest::newRow("robustness: long headlines stop at 60 characters")
            << QString(70, QChar(0x5DE5)) << 1 << 1 << "01-" + QString(60, QChar(0x5DE5));
        QTest::newRow("robustness: a surrogate pair is not split")
            << QString(59, QChar(0x5DE5)) + QString::fromUcs4(U"𠀀好") << 1 << 1
            << "01-" + QString(59, QChar(0x5DE5));
    }

    void fileNamesAreSafe()
    {
        QFETCH(QString, headline);
        QFETCH(int, number);
        QFETCH(int, count);
        QFETCH(QString, name);

        Article article;
        article.headline = headline;
        QCOMPARE(articleFileBaseName(article, number, count), name);
    }

    void cancelledExportLeavesNothing_data()
    {
        QTest::addColumn<int>("scope");
        QTest::addColumn<QString>("format");
        QTest::addColumn<int>("stopAt"); // the progress call that answers "cancel"

        QTest::newRow("robustness: one text file, cancelled at once") << int(ExportScope::WholeBulletin) << "txt" << 1;
        QTest::newRow("robustness: one PDF, cancelled while setting it")
            << int(ExportScope::WholeBulletin) << "pdf" << 3;
        QTest::newRow("robustness: a file per article, cancelled after the first")
            << int(ExportScope::ArticlePerFile) << "html" << 2;
        QTest::newRow("robustness: a file per article, cancelled once all are written")
            << int(ExportScope::ArticlePerFile) << "html" << 4;
        // Three calls an article: before it, after its headline, after its paragraph.
        QTest::newRow("robustness: PDF per article, cancelled while setting the last")
            << int(ExportScope::ArticlePerFile) << "pdf" << 8;
    }

    void cancelledExportLeavesNothing()
    {
        QFETCH(int, scope);
        QFETCH(QString, format);
        QFETCH(int, stopAt);

        QTemporaryDir dir;
        ExportRequest request;
        request.formatId = format;
        request.scope = ExportScope(scope);
        request.destination = request.scope == ExportScope::ArticlePerFile
                                  ? dir.filePath("out")
                                  : dir.filePath("page." + format);
        // An older export with the same names must survive a cancelled one.
        const QString older = request.scope == ExportScope::ArticlePerFile
                                  ? dir.filePath("out/01-第一篇." + format)
                                  : request.destination;
        QDir().mkpath(dir.filePath("out"));
        QFile file(older);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("older");
        file.close();

        int calls = 0;
        const ExportResult result =
            runExport(threeArticles(), request, [&](qint64, qint64) { return ++calls < stopAt; });
        QVERIFY(!result.ok);
        QVERIFY(result.cancelled);
        QCOMPARE(calls, stopAt);
        QCOMPARE(readAll(older), QString("older"));
        QCOMPARE(filesIn(dir.filePath("out")),
                 request.scope == ExportScope::ArticlePerFile ? QStringList{"01-第一篇." + format}
                                                              : QStringList{});
        QCOMPARE(filesIn(dir.path()), (QStringList{"out"} + (request.scope == ExportScope::WholeBulletin
                                                                ? QStringList{"page." + format}
                                                                : QStringList{})));
    }

    void unknownFormatFails()
    {
        QTemporaryDir dir;
        ExportRequest request;
        request.formatId = "wpd";
        request.destination = dir.filePath("page.wpd");
        const ExportResult result = runExport(threeArticles(), request);
        QVERIFY(!result.ok);
        QVERIFY(!result.cancelled);
        QVERIFY2(result.error.contains("wpd"), qPrintable(result.error));
        QVERIFY(filesIn(dir.path()).isEmpty());
    }
};

QTEST_MAIN(TestExportJob)
#include "tst_exportjob.moc"
