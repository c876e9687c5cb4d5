// Saves that the machine refuses: the disk fills during the write, the folder
// may not be written. The user is told which file and why, the project on
// disk is the one saved before, no partial file is left beside it, and the
// page stays modified in the window so that nothing is lost.
#include "../gui/guitest.h"

#include "messagebox.h"

#include <QFile>
#include <QTemporaryDir>

#include <csignal>
#include <sys/resource.h>
#include <unistd.h>

using namespace galley;
using namespace galley::test;

namespace {

QByteArray contentsOf(const QString &path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Files may grow to `bytes` at most while it lives: a write past that fails
// as it would on a full disk, with EFBIG where the disk gives ENOSPC, and
// QSaveFile takes the same path for both.
class FileSizeLimit {
public:
    explicit FileSizeLimit(rlim_t bytes) {
        getrlimit(RLIMIT_FSIZE, &m_old);
        // Past the limit the kernel sends SIGXFSZ, which would end the test.
        m_oldHandler = std::signal(SIGXFSZ, SIG_IGN);
        const rlimit limit{bytes, m_old.rlim_max};
        m_set = setrlimit(RLIMIT_FSIZE, &limit) == 0;
    }
    ~FileSizeLimit() {
        setrlimit(RLIMIT_FSIZE, &m_old);
        std::signal(SIGXFSZ, m_oldHandler);
    }
    bool isSet() const { return m_set; }

    FileSizeLimit(const FileSizeLimit &) = delete;
    FileSizeLimit &operator=(const FileSizeLimit &) = delete;

private:
    rlimit m_old{};
    void (*m_oldHandler)(int) = nullptr;
    bool m_set = false;
};

// The process acts as an ordinary user while it lives. Root may write any
// folder, so a read-only folder binds only once root is someone else.
class ActAsOrdinaryUser {
public:
    ActAsOrdinaryUser() {
        if (geteuid() == 0)
            m_switched = seteuid(nobody) == 0;
    }
    ~ActAsOrdinaryUser() {
        if (m_switched && seteuid(0) != 0)
            qFatal("cannot become root again");
    }
    bool isOrdinary() const { return geteuid() != 0; }

    ActAsOrdinaryUser(const ActAsOrdinaryUser &) = delete;
    ActAsOrdinaryUser &operator=(const ActAsOrdinaryUser &) = delete;

private:
    static constexpr uid_t nobody = 65534;
    bool m_switched = false;
};

} // namespace

class TestSaveFailures : public QObject {
    Q_OBJECT

private:
    // A window on the three-article page saved at `path`, then edited.
    static bool savedAndEdited(MainWindow &window, const QString &path) {
        setPage(window, threeArticles());
        if (!window.saveTo(path))
            return false;
        window.document()->model()->editField(0, ArticleField::Deck,
                                              QStringLiteral("未保存的副题"));
        return window.document()->isModified();
    }

    // What a failed save must leave: the old project alone in its folder,
    // byte for byte, and the edit still in the window.
    static void verifyNothingLost(const MainWindow &window, const QString &path,
                                  const QByteArray &before) {
        QCOMPARE(contentsOf(path), before);
        QCOMPARE(QDir(QFileInfo(path).absolutePath()).entryList(QDir::Files),
                 QStringList{QFileInfo(path).fileName()});
        QVERIFY(window.document()->isModified());
        QCOMPARE(window.document()->model()->article(0).deck, QStringLiteral("未保存的副题"));
        QCOMPARE(window.document()->filePath(), path);
    }

private Q_SLOTS:
    void init() { initEnvironment(); }

    void aDiskThatFillsDuringTheSaveLosesNothing() {
        QTemporaryDir dir;
        const QString path = dir.filePath("page.galley");
        MainWindow window;
        QVERIFY(savedAndEdited(window, path));
        const QByteArray before = contentsOf(path);
        QVERIFY(before.size() > 100);

        bool saved = true;
        MessageBox::setNextAnswer(QMessageBox::Ok);
        {
            // Room for part of the project, not all of it.
            const FileSizeLimit diskFull(before.size() / 2);
            QVERIFY(diskFull.isSet());
            saved = window.saveTo(path);
        }
        QVERIFY(!saved);
        QCOMPARE(MessageBox::lastText(), QStringLiteral("Cannot write \"%1\": File too large")
                                             .arg(QDir::toNativeSeparators(path)));
        verifyNothingLost(window, path, before);

        // With room again, the same save goes through.
        QVERIFY(window.saveTo(path));
        QVERIFY(!window.document()->isModified());
        QCOMPARE(importFile(path).bulletin.articles.at(0).deck, QStringLiteral("未保存的副题"));
    }

    void aFolderThatMayNotBeWrittenLosesNothing() {
        QTemporaryDir dir;
        // The ordinary user may enter the folders but not write the inner one.
        QVERIFY(QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner |
                                                      QFile::ExeOwner | QFile::ReadOther |
                                                      QFile::ExeOther));
        const QString folder = dir.filePath("readonly");
        QVERIFY(QDir().mkpath(folder));
        const QString path = folder + QStringLiteral("/page.galley");
        MainWindow window;
        QVERIFY(savedAndEdited(window, path));
        const QByteArray before = contentsOf(path);
        QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner |
                                                  QFile::ReadOther | QFile::ExeOther));

        bool saved = true;
        MessageBox::setNextAnswer(QMessageBox::Ok);
        {
            const ActAsOrdinaryUser user;
            QVERIFY(user.isOrdinary());
            saved = window.saveTo(path);
        }
        QVERIFY(!saved);
        const QString message = MessageBox::lastText();
        QVERIFY2(message.startsWith(
                     QStringLiteral("Cannot write \"%1\": ").arg(QDir::toNativeSeparators(path))),
                 qPrintable(message));
        QVERIFY2(message.contains(u"ermission denied"), qPrintable(message));
        verifyNothingLost(window, path, before);

        // Saved elsewhere, the page is whole and no longer modified.
        const QString elsewhere = dir.filePath("page.galley");
        QVERIFY(window.saveTo(elsewhere));
        QVERIFY(!window.document()->isModified());
        QCOMPARE(importFile(elsewhere).bulletin.articles.at(0).deck,
                 QStringLiteral("未保存的副题"));
        QVERIFY(
            QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    }
};

QTEST_MAIN(TestSaveFailures)
#include "tst_savefailures.moc"
