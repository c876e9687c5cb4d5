// Kills the editor with SIGKILL at random moments while it edits, saves and
// autosaves a project, a few hundred times from a fixed seed. After every
// kill the project on disk must be the last version saved or the one being
// saved, complete, never a mix; and the work up to the last autosave must be
// either in that project or in the recovery copy the next start offers.
#include "killprotocol.h"

#include "document/document.h"
#include "formats/bulletinwriter.h"
#include "formats/importer.h"
#include "formats/projectfile.h"
#include "mainwindow.h"
#include "messagebox.h"
#include "recoverymanager.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <csignal>
#include <random>

using namespace galley;

namespace {

// What the driver had reported when it was killed.
struct Progress {
    bool ready = false;
    qint64 lastEdit = -1;
    qint64 lastSaving = -1; // the last save started
    qint64 lastSaved = -1;  // the last save finished
    qint64 lastAutosaved = -1;
    bool autosaving = false; // a recovery copy was being written
};

Progress parseProgress(const QByteArray &output) {
    Progress progress;
    for (const QByteArray &line : output.split('\n')) {
        const QList<QByteArray> words = line.split(' ');
        const QByteArray &what = words.constFirst();
        const qint64 edit = words.size() > 1 ? words.at(1).toLongLong() : -1;
        if (what == killtest::readyLine)
            progress.ready = true;
        else if (what == killtest::editLine)
            progress.lastEdit = edit;
        else if (what == killtest::savingLine)
            progress.lastSaving = edit;
        else if (what == killtest::savedLine)
            progress.lastSaved = edit;
        else if (what == killtest::autosavingLine)
            progress.autosaving = true;
        else if (what == killtest::autosavedLine) {
            progress.autosaving = false;
            progress.lastAutosaved = std::max(progress.lastAutosaved, edit);
        }
    }
    return progress;
}

bool readProject(const QString &path, Bulletin *page) {
    QFile file(path);
    ProjectFile project;
    return file.open(QIODevice::ReadOnly) && project.read(file.readAll(), *page, path);
}

// Everything but the first headline, which the driver rewrites.
bool sameApartFromHeadline(Bulletin a, Bulletin b) {
    if (a.articles.isEmpty() || b.articles.isEmpty())
        return false;
    a.articles.first().headline.clear();
    b.articles.first().headline.clear();
    return a.articles == b.articles;
}

} // namespace

class TestKill : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_project;
    Bulletin m_original;

    // The sample page twenty times over: a project of some hundreds of KB,
    // whose save takes long enough for kills to land inside it.
    static Bulletin largePage() {
        const ImportResult sample = importFile(
            QStringLiteral(GALLEY_SOURCE_DIR "/resources/samples/union-bulletin-zh.txt"));
        Bulletin page = sample.bulletin;
        page.articles.clear();
        for (int copy = 0; copy < 20; ++copy)
            page.articles.append(sample.bulletin.articles);
        page.articles.first().headline = killtest::headlineFor(0);
        return page;
    }

    QByteArray runAndKill(qint64 firstEdit, std::chrono::microseconds delay) {
        QProcess driver;
        driver.start(
            QStringLiteral(GALLEY_KILLDRIVER_PATH),
            {m_project, QString::number(firstEdit), QStringLiteral("4"), QStringLiteral("15")});
        if (!driver.waitForStarted())
            return {};
        QByteArray output;
        while (!output.contains(QByteArray(killtest::readyLine) + '\n') &&
               driver.state() == QProcess::Running && driver.waitForReadyRead(60000))
            output += driver.readAllStandardOutput();
        QThread::usleep(static_cast<unsigned long>(delay.count()));
        ::kill(static_cast<pid_t>(driver.processId()), SIGKILL);
        driver.waitForFinished(60000);
        output += driver.readAllStandardOutput();
        if (driver.exitStatus() != QProcess::CrashExit)
            qWarning("driver ended by itself: %s", driver.readAllStandardError().constData());
        return output;
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        // The driver and this test share settings and recovery files, apart
        // from the user's.
        qputenv("XDG_DATA_HOME", m_dir.filePath(QStringLiteral("data")).toLocal8Bit());
        qputenv("XDG_CONFIG_HOME", m_dir.filePath(QStringLiteral("config")).toLocal8Bit());
        QCoreApplication::setOrganizationName(QStringLiteral("GalleyTests"));
        QCoreApplication::setApplicationName(QStringLiteral("galley-killtest"));
        QVERIFY(RecoveryManager::recoveryDirectory().startsWith(m_dir.path()));
        m_project = m_dir.filePath(QStringLiteral("page.galley"));
        ProjectFile project;
        QString error;
        QVERIFY2(writeBulletinFile(largePage(), project, m_project, &error), qPrintable(error));
        QVERIFY(QFileInfo(m_project).size() > 100 * 1024);
        // What every later version is compared with: the page as the file holds it.
        QVERIFY(readProject(m_project, &m_original));
    }

    void everyKillLeavesACompleteFileAndTheAutosavedWork() {
        const int kills = qEnvironmentVariableIsSet("GALLEY_KILLS")
                              ? qEnvironmentVariableIntValue("GALLEY_KILLS")
                              : 200;
        std::mt19937 random(20261205);
        std::uniform_int_distribution<int> delayMs(0, 400);
        qint64 onDisk = 0; // the edit the project on disk holds
        qint64 nextEdit = 1;
        int duringSave = 0, duringAutosave = 0, recovered = 0, offered = 0, lost = 0;
        for (int kill = 0; kill < kills; ++kill) {
            const QByteArray output =
                runAndKill(nextEdit, std::chrono::milliseconds(delayMs(random)));
            const Progress progress = parseProgress(output);
            QVERIFY2(progress.ready, output.constData());

            // The project: the last version saved, or the one being saved.
            Bulletin saved;
            QVERIFY2(readProject(m_project, &saved), "the project no longer opens");
            QVERIFY(sameApartFromHeadline(saved, m_original));
            const qint64 inFile = killtest::editOf(saved.articles.constFirst().headline);
            const qint64 lastComplete = progress.lastSaved >= 0 ? progress.lastSaved : onDisk;
            const qint64 inFlight =
                progress.lastSaving > progress.lastSaved ? progress.lastSaving : -1;
            QVERIFY2(inFile == lastComplete || inFile == inFlight,
                     qPrintable(QStringLiteral("kill %1: the file holds edit %2, not %3 or %4")
                                    .arg(kill)
                                    .arg(inFile)
                                    .arg(lastComplete)
                                    .arg(inFlight)));
            duringSave += inFlight >= 0 ? 1 : 0;
            duringAutosave += progress.autosaving ? 1 : 0;

            // The recovery copy the next start finds, if any.
            const QList<RecoveryEntry> entries = RecoveryManager::orphanedEntries();
            QVERIFY(entries.size() <= 1);
            qint64 inCopy = -1;
            if (!entries.isEmpty()) {
                Bulletin copy;
                QVERIFY(RecoveryManager::read(entries.constFirst(), &copy, nullptr));
                QVERIFY(sameApartFromHeadline(copy, m_original));
                inCopy = killtest::editOf(copy.articles.constFirst().headline);
                QVERIFY(inCopy <= progress.lastEdit);
                QVERIFY2(inCopy > inFile,
                         qPrintable(QStringLiteral("kill %1: a copy of edit %2 is offered for a "
                                                   "project of edit %3")
                                        .arg(kill)
                                        .arg(inCopy)
                                        .arg(inFile)));
                ++recovered;
            }
            // Work up to the last autosave is never lost.
            if (progress.lastAutosaved > std::max(inFile, inCopy))
                ++lost;

            // Every tenth time the next start is the editor itself.
            if (!entries.isEmpty() && kill % 10 == 0) {
                MainWindow window;
                MessageBox::setNextAnswer(QMessageBox::Yes);
                QVERIFY(window.offerRecovery());
                QCOMPARE(window.document()->model()->article(0).headline,
                         killtest::headlineFor(inCopy));
                QVERIFY(window.document()->isModified());
                ++offered;
            }
            for (const RecoveryEntry &entry : RecoveryManager::orphanedEntries())
                RecoveryManager::remove(entry);
            onDisk = inFile;
            nextEdit = std::max({progress.lastEdit, inFile, inCopy}) + 1;
        }
        qInfo("%d kills: %d during a save, %d during an autosave; %d recovery copies checked, "
              "%d offered by the editor; work lost: %d",
              kills, duringSave, duringAutosave, recovered, offered, lost);
        QCOMPARE(lost, 0);
        // The seed puts kills inside saves and autosaves, or the test shows nothing.
        QVERIFY(duringSave > 0);
        QVERIFY(duringAutosave > 0);
    }
};

QTEST_MAIN(TestKill)
#include "tst_kill.moc"
