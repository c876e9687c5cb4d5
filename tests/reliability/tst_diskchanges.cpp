// Another program changes the file the window has open: an editor saves over
// it, a sync tool replaces it by a rename, someone deletes it. The window
// asks before it reloads, keeps the user's version when told to, and never
// asks about a change that is no change (a touch, the same bytes written
// back) or about its own saves.
#include "../gui/guitest.h"

#include "diskchangewatcher.h"
#include "formats/projectfile.h"
#include "messagebox.h"

#include <QFile>
#include <QTemporaryDir>
#include <QUndoStack>

#include <cstdio>

using namespace galley;
using namespace galley::test;

namespace {

constexpr std::chrono::milliseconds settle{50};

QList<Article> otherVersion() {
    return {makeArticle(QStringLiteral("另一个程序的标题"),
                        {QStringLiteral("这一段是另一个程序写的。")})};
}

// What another program leaves at `path`: a project of its own.
bool writeOtherProject(const QString &path) {
    Bulletin page;
    page.sourceFile = QStringLiteral("/tmp/other-page.txt");
    page.encoding = QStringLiteral("UTF-8");
    page.articles = otherVersion();
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           file.write(ProjectFile::toJson(page, path)) > 0;
}

// Every title and paragraph of the page, to look for a sentence in.
QString pageText(const ArticleModel &model) {
    QStringList parts;
    for (int row = 0; row < model.rowCount(); ++row) {
        const Article article = model.article(row);
        parts << article.headline << article.paragraphs;
    }
    return parts.join(u'\n');
}

QByteArray contentsOf(const QString &path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestDiskChanges : public QObject {
    Q_OBJECT

private:
    // A window on the three-article page, saved at `path`.
    static bool openSaved(MainWindow &window, const QString &path) {
        window.diskChangeWatcher()->setSettleInterval(settle);
        setPage(window, threeArticles());
        return window.saveTo(path) && window.diskChangeWatcher()->path() == path;
    }

private Q_SLOTS:
    void init() { initEnvironment(); }

    void anUnmodifiedPageReloadsTheOtherProgramsVersion() {
        QTemporaryDir dir;
        const QString path = dir.filePath("page.galley");
        MainWindow window;
        QVERIFY(openSaved(window, path));
        QSignalSpy opened(&window, &MainWindow::documentOpened);

        MessageBox::setNextAnswer(QMessageBox::Yes);
        QVERIFY(writeOtherProject(path));
        QVERIFY(opened.wait(10000));
        QCOMPARE(MessageBox::lastText(),
                 QStringLiteral("The file \"page.galley\" was changed by another program."));
        const ArticleModel *model = window.document()->model();
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(model->article(0).headline, QStringLiteral("另一个程序的标题"));
        QVERIFY(!window.document()->isModified());
        QCOMPARE(window.document()->filePath(), path);
    }

    void keepingMyVersionKeepsItAndLeavesThePageModified() {
        QTemporaryDir dir;
        const QString path = dir.filePath("page.galley");
        MainWindow window;
        QVERIFY(openSaved(window, path));
        window.document()->model()->editField(0, ArticleField::Deck, "我的副题");
        QSignalSpy changed(window.diskChangeWatcher(), &DiskChangeWatcher::changed);

        MessageBox::setNextAnswer(QMessageBox::No);
        QVERIFY(writeOtherProject(path));
        QTRY_COMPARE(changed.count(), 1);
        const ArticleModel *model = window.document()->model();
        QCOMPARE(model->rowCount(), 3);
        QCOMPARE(model->article(0).deck, QStringLiteral("我的副题"));
        QVERIFY(window.document()->isModified());
        // The edit is still one undo step away from the page as it was opened.
        window.document()->undoStack()->undo();
        QCOMPARE(model->article(0).deck, QString());
        // Undone to where it was saved, the page still differs from the disk.
        QVERIFY(window.document()->isModified());
        window.document()->undoStack()->redo();

        // Saving now replaces the other program's version with the user's.
        QVERIFY(window.saveTo(path));
        const ImportResult saved = importFile(path);
        QVERIFY2(saved.ok, qPrintable(saved.error));
        QCOMPARE(saved.bulletin.articles.size(), 3);
        QCOMPARE(saved.bulletin.articles.at(0).deck, QStringLiteral("我的副题"));
    }

    void aFileReplacedByARenameIsNoticedEveryTime() {
        QTemporaryDir dir;
        const QString path = dir.filePath("page.galley");
        MainWindow window;
        QVERIFY(openSaved(window, path));
        QSignalSpy changed(window.diskChangeWatcher(), &DiskChangeWatcher::changed);

        MessageBox::setNextAnswer(QMessageBox::No);
        const QString replacement = dir.filePath("page.galley.new");
        QVERIFY(writeOtherProject(replacement));
        QCOMPARE(std::rename(QFile::encodeName(replacement).constData(),
                             QFile::encodeName(path).constData()),
                 0);
        QTRY_COMPARE(changed.count(), 1);

        // The watch moved to the new file: a change written into it counts too.
        MessageBox::setNextAnswer(QMessageBox::No);
        QFile file(path);
        QVERIFY(file.open(QIODevice::Append));
        QVERIFY(file.write("\n") == 1);
        file.close();
        QTRY_COMPARE(changed.count(), 2);
        QCOMPARE(window.document()->model()->rowCount(), 3);
    }

    void aTouchOrTheSameBytesWrittenBackAsksNothing() {
        QTemporaryDir dir;
        const QString path = dir.filePath("page.galley");
        MainWindow window;
        QVERIFY(openSaved(window, path));
        QSignalSpy changed(window.diskChangeWatcher(), &DiskChangeWatcher::changed);
        // An answer in store, so that a wrong question cannot block the test.
        MessageBox::setNextAnswer(QMessageBox::No);

        const QByteArray bytes = contentsOf(path);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.setFileTime(QDateTime::currentDateTime().addSecs(3600),
                                 QFileDevice::FileModificationTime));
        file.close();
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QCOMPARE(file.write(bytes), bytes.size());
        file.close();
        QTest::qWait(10 * settle.count());
        QCOMPARE(changed.count(), 0);
        QVERIFY(!window.document()->isModified());
    }

    void theWindowsOwnSavesAskNothing() {
        QTemporaryDir dir;
        const QString path = dir.filePath("page.galley");
        MainWindow window;
        QVERIFY(openSaved(window, path));
        QSignalSpy changed(window.diskChangeWatcher(), &DiskChangeWatcher::changed);
        QSignalSpy removed(window.diskChangeWatcher(), &DiskChangeWatcher::removed);
        MessageBox::setNextAnswer(QMessageBox::No);

        for (const char *deck : {"一", "二", "三"}) {
            window.document()->model()->editField(1, ArticleField::Deck, QString::fromUtf8(deck));
            QVERIFY(window.saveTo(path));
        }
        QTest::qWait(10 * settle.count());
        QCOMPARE(changed.count(), 0);
        QCOMPARE(removed.count(), 0);
        QVERIFY(!window.document()->isModified());
    }

    void aDeletedFileIsReportedAndThePageKept() {
        QTemporaryDir dir;
        const QString path = dir.filePath("page.galley");
        MainWindow window;
        QVERIFY(openSaved(window, path));
        QSignalSpy removed(window.diskChangeWatcher(), &DiskChangeWatcher::removed);

        MessageBox::setNextAnswer(QMessageBox::Ok);
        QVERIFY(QFile::remove(path));
        QTRY_COMPARE(removed.count(), 1);
        QVERIFY(MessageBox::lastText().contains(QDir::toNativeSeparators(path)));
        QCOMPARE(window.document()->model()->rowCount(), 3);
        // The page is on disk nowhere now: closing must ask, saving puts it back.
        QVERIFY(window.document()->isModified());
        QVERIFY(window.saveTo(path));
        QCOMPARE(importFile(path).bulletin.articles.size(), 3);
    }

    void anImportedOcrFileReloadsFromF5() {
        QTemporaryDir dir;
        const QString path = dir.filePath("ocr.txt");
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("工会送温暖\n\n本报讯 工会开展送温暖活动。\n");
        file.close();
        MainWindow window;
        window.diskChangeWatcher()->setSettleInterval(settle);
        QVERIFY(openAndWait(window, path));
        QCOMPARE(window.diskChangeWatcher()->path(), path);
        QSignalSpy opened(&window, &MainWindow::documentOpened);

        // A change to the OCR file is asked about like a project's.
        MessageBox::setNextAnswer(QMessageBox::No);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("职工之家\n\n本报讯 职工之家今日开放。\n");
        file.close();
        QTRY_VERIFY(MessageBox::lastText().contains(u"ocr.txt"));
        QVERIFY(pageText(*window.document()->model()).contains(u"工会开展送温暖活动。"));

        // File ▸ Reload from Disk reads it again, after asking to drop the changes.
        QAction *reload = window.findChild<QAction *>(QStringLiteral("actionReload"));
        QVERIFY(reload);
        QCOMPARE(reload->shortcut(), QKeySequence(Qt::Key_F5));
        MessageBox::setNextAnswer(QMessageBox::Discard);
        reload->trigger();
        QVERIFY(opened.wait(10000));
        const QString text = pageText(*window.document()->model());
        QVERIFY2(text.contains(u"职工之家今日开放。"), qPrintable(text));
        QVERIFY(!text.contains(u"送温暖"));
        QVERIFY(!window.document()->isModified());
    }
};

QTEST_MAIN(TestDiskChanges)
#include "tst_diskchanges.moc"
