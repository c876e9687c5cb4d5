// Never lose work: an edited page is copied to a recovery file within the
// autosave interval; a window that ends without closing (a crash) leaves it
// behind, and the next window offers it back; saving or closing cleanly
// removes it.
#include "guitest.h"

#include "articlelistview.h"
#include "filedialog.h"
#include "messagebox.h"

#include <QFile>
#include <QTemporaryDir>
#include <QUndoStack>

using namespace galley;
using namespace galley::test;

class TestRecovery : public QObject {
    Q_OBJECT

private:
    static constexpr std::chrono::milliseconds fast{50};

    // A window on the test page with one unsaved edit, autosaved.
    static MainWindow *editedWindow(QString *recoveryPath) {
        auto *window = new MainWindow;
        window->recoveryManager()->setInterval(fast);
        setPage(*window, threeArticles());
        window->document()->model()->editField(1, ArticleField::Headline, "Recovered headline");
        *recoveryPath = window->recoveryManager()->recoveryFilePath();
        return window;
    }

private Q_SLOTS:
    void init() { initEnvironment(); }

    void anEditIsAutosaved() {
        MainWindow window;
        window.recoveryManager()->setInterval(fast);
        setPage(window, threeArticles());
        const QString path = window.recoveryManager()->recoveryFilePath();
        // An unmodified page has nothing to recover.
        QTest::qWait(4 * fast.count());
        QVERIFY(!QFile::exists(path));
        window.document()->model()->editField(0, ArticleField::Deck, "副题");
        QTRY_VERIFY(QFile::exists(path));
        QVERIFY(path.startsWith(RecoveryManager::recoveryDirectory()));
    }

    void aCrashedSessionIsOfferedBack() {
        QString path;
        MainWindow *crashed = editedWindow(&path);
        QTRY_VERIFY(QFile::exists(path));
        // The first window never closes: it ends as a crash would end it.
        delete crashed;
        QVERIFY(QFile::exists(path));

        MainWindow window;
        MessageBox::setNextAnswer(QMessageBox::Yes);
        QVERIFY(window.offerRecovery());
        QVERIFY(MessageBox::lastText().contains(u"test-page.txt"));
        const ArticleModel *model = window.document()->model();
        QCOMPARE(model->rowCount(), 3);
        QCOMPARE(model->article(1).headline, QStringLiteral("Recovered headline"));
        QCOMPARE(model->article(0), threeArticles().at(0));
        // The recovered page is not saved anywhere yet.
        QVERIFY(window.document()->isModified());
        QVERIFY(window.isWindowModified());
        // It is offered once only.
        QVERIFY(RecoveryManager::orphanedEntries().isEmpty());
    }

    void aKickerIsRecovered() {
        QString path;
        {
            MainWindow crashed;
            crashed.recoveryManager()->setInterval(fast);
            setPage(crashed, threeArticles());
            crashed.document()->model()->editField(2, ArticleField::Kicker, "迎新春 送温暖");
            path = crashed.recoveryManager()->recoveryFilePath();
            QTRY_VERIFY(QFile::exists(path));
        } // no clean close: the copy stays, as after a crash
        QVERIFY(QFile::exists(path));

        MainWindow window;
        MessageBox::setNextAnswer(QMessageBox::Yes);
        QVERIFY(window.offerRecovery());
        const ArticleModel *model = window.document()->model();
        QCOMPARE(model->article(2).kicker, QStringLiteral("迎新春 送温暖"));
        QCOMPARE(model->article(2).headline, threeArticles().at(2).headline);
        QCOMPARE(model->article(1).kicker, QString());
    }

    void discardingTheOfferDeletesIt() {
        QString path;
        MainWindow *crashed = editedWindow(&path);
        QTRY_VERIFY(QFile::exists(path));
        delete crashed;
        QVERIFY(!RecoveryManager::orphanedEntries().isEmpty());
        MainWindow window;
        MessageBox::setNextAnswer(QMessageBox::Discard);
        QVERIFY(!window.offerRecovery());
        QVERIFY(!QFile::exists(path));
        QVERIFY(RecoveryManager::orphanedEntries().isEmpty());
    }

    void aRunningSessionIsNotOffered() {
        QString path;
        std::unique_ptr<MainWindow> running(editedWindow(&path));
        QTRY_VERIFY(QFile::exists(path));
        QVERIFY(RecoveryManager::orphanedEntries().isEmpty());
    }

    void savingRemovesTheCopy() {
        QTemporaryDir dir;
        QString path;
        std::unique_ptr<MainWindow> window(editedWindow(&path));
        QTRY_VERIFY(QFile::exists(path));
        fileDialog()->setNextFileName(dir.filePath("saved.galley"));
        QVERIFY(window->save());
        QTRY_VERIFY(!QFile::exists(path));
    }

    void undoingBackToTheSavedStateRemovesTheCopy() {
        QString path;
        std::unique_ptr<MainWindow> window(editedWindow(&path));
        QTRY_VERIFY(QFile::exists(path));
        window->document()->undoStack()->undo();
        QTRY_VERIFY(!QFile::exists(path));
    }

    void closingCleanlyRemovesTheCopy() {
        QString path;
        std::unique_ptr<MainWindow> window(editedWindow(&path));
        QTRY_VERIFY(QFile::exists(path));
        MessageBox::setNextAnswer(QMessageBox::Discard);
        QVERIFY(window->close());
        QVERIFY(!QFile::exists(path));
        QVERIFY(RecoveryManager::orphanedEntries().isEmpty());
    }
};

QTEST_MAIN(TestRecovery)
#include "tst_recovery.moc"
