// galley-killdriver PROJECT FIRST_EDIT SAVE_EVERY AUTOSAVE_MS: the editor
// window, offscreen, editing and saving PROJECT without end until it is
// killed. Every edit renames the first article's headline; every SAVE_EVERY
// edits the project is saved; the recovery copy is written every AUTOSAVE_MS.
// Each step is reported on standard output (killprotocol.h).
#include "killprotocol.h"

#include "document/document.h"
#include "formats/projectfile.h"
#include "mainwindow.h"
#include "recoverymanager.h"

#include <QApplication>
#include <QFile>
#include <QTimer>

#include <cstdio>

using namespace galley;

namespace {

void report(const char *what, qint64 edit = -1) {
    if (edit < 0)
        std::printf("%s\n", what);
    else
        std::printf("%s %lld\n", what, static_cast<long long>(edit));
    // The test reads the pipe after the kill: nothing may wait in a buffer.
    std::fflush(stdout);
}

// The edit the recovery copy holds, read back from the file itself.
qint64 editInCopy(const QString &path) {
    QFile file(path);
    Bulletin copy;
    ProjectFile project;
    if (!file.open(QIODevice::ReadOnly) || !project.read(file.readAll(), copy) ||
        copy.articles.isEmpty())
        return -1;
    return killtest::editOf(copy.articles.constFirst().headline);
}

} // namespace

int main(int argc, char *argv[]) {
    QApplication app(argc, argv);
    if (argc != 5) {
        std::fprintf(stderr, "usage: %s PROJECT FIRST_EDIT SAVE_EVERY AUTOSAVE_MS\n", argv[0]);
        return 2;
    }
    QCoreApplication::setOrganizationName(QStringLiteral("GalleyTests"));
    QCoreApplication::setApplicationName(QStringLiteral("galley-killtest"));
    const QString project = QString::fromLocal8Bit(argv[1]);
    qint64 edit = QByteArray(argv[2]).toLongLong();
    const int saveEvery = QByteArray(argv[3]).toInt();
    const int autosaveMs = QByteArray(argv[4]).toInt();

    MainWindow window;
    window.recoveryManager()->setInterval(std::chrono::milliseconds(autosaveMs));
    QObject::connect(window.recoveryManager(), &RecoveryManager::autosaveStarted,
                     [] { report(killtest::autosavingLine); });
    QObject::connect(
        window.recoveryManager(), &RecoveryManager::autosaved,
        [](const QString &path) { report(killtest::autosavedLine, editInCopy(path)); });
    QObject::connect(&window, &MainWindow::openFailed, [](const QString &error) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        QCoreApplication::exit(1);
    });

    QTimer step;
    QObject::connect(&step, &QTimer::timeout, [&] {
        window.document()->model()->editField(0, ArticleField::Headline,
                                              killtest::headlineFor(edit));
        report(killtest::editLine, edit);
        if (edit % saveEvery == 0) {
            report(killtest::savingLine, edit);
            if (window.saveTo(project))
                report(killtest::savedLine, edit);
        }
        ++edit;
    });
    QObject::connect(&window, &MainWindow::documentOpened, [&] {
        report(killtest::readyLine);
        step.start(1);
    });
    window.openFile(project);
    return app.exec();
}
