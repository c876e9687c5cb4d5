// galley: the editor window, on FILE or, with no file, on the bundled sample page.
#include "appicon.h"
#include "galleyinfo.h"
#include "mainwindow.h"
#include "l10n/translations.h"

#include <QApplication>
#include <QCommandLineParser>

int main(int argc, char *argv[]) {
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QString::fromLatin1(galley::info::organization));
    QCoreApplication::setApplicationName(QString::fromLatin1(galley::info::applicationName));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(galley::info::version));
    QGuiApplication::setDesktopFileName(QString::fromLatin1(galley::info::appId));
    QApplication::setWindowIcon(galley::appIcon());
    // Before the parser, so that --help speaks the user's language too.
    galley::installTranslations(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Repair the OCR text of a scanned newspaper page into article-structured copy."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(
        QStringLiteral("file"),
        QCoreApplication::translate("main", "The OCR text or Galley project to open."),
        QStringLiteral("[FILE]"));
    parser.process(app);

    galley::MainWindow window;
    window.show();
    const QStringList files = parser.positionalArguments();
    // Unsaved work from a crash comes first: the user answers for it before
    // anything else replaces the window's page.
    if (!window.offerRecovery())
        window.openFile(files.isEmpty() ? galley::MainWindow::bundledSamplePath()
                                        : files.constFirst());
    return app.exec();
}
