// Tests that the editor starts in the desktop's Chinese, unless Help ▸ Language says otherwise.
#include "mainwindow.h"
#include "l10n/translations.h"

#include <QApplication>
#include <QMenuBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace galley;

class TestMainWindowLanguage : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void menusSpeakTheLanguage_data();
    void menusSpeakTheLanguage();

private:
    QTemporaryDir m_settingsDir;
};

void TestMainWindowLanguage::initTestCase() {
    // The desktop is Chinese: tests/packaging/CMakeLists.txt sets LANG=zh_CN.UTF-8.
    QCOMPARE(QLocale::system().name(), u"zh_CN"_qs);
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_settingsDir.isValid());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
    QCoreApplication::setOrganizationName(QStringLiteral("GalleyTest"));
    QCoreApplication::setApplicationName(QStringLiteral("GalleyTest"));
}

void TestMainWindowLanguage::cleanup() {
    QSettings().clear();
    installTranslations(*QCoreApplication::instance(), QLocale(QLocale::English));
}

void TestMainWindowLanguage::menusSpeakTheLanguage_data() {
    QTest::addColumn<QString>("savedLanguage");
    QTest::addColumn<QString>("fileMenu");
    QTest::addColumn<QString>("helpMenu");

    QTest::newRow("nominal: on a Chinese desktop the menus are Chinese")
        << QString() << u"文件(&F)"_qs << u"帮助(&H)"_qs;
    QTest::newRow("nominal: Help ▸ Language ▸ English wins over the desktop")
        << u"en"_qs << u"&File"_qs << u"&Help"_qs;
    QTest::newRow("nominal: Help ▸ Language ▸ 简体中文 is Chinese too")
        << u"zh_CN"_qs << u"文件(&F)"_qs << u"帮助(&H)"_qs;
}

void TestMainWindowLanguage::menusSpeakTheLanguage() {
    QFETCH(QString, savedLanguage);
    QFETCH(QString, fileMenu);
    QFETCH(QString, helpMenu);

    saveLanguage(savedLanguage);
    // As main() does at start, before the window exists.
    installTranslations(*QCoreApplication::instance());
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    const QList<QAction *> menus = window.menuBar()->actions();
    QVERIFY(menus.size() >= 2);
    QCOMPARE(menus.constFirst()->text(), fileMenu);
    QCOMPARE(menus.constLast()->text(), helpMenu);
}

QTEST_MAIN(TestMainWindowLanguage)
#include "tst_mainwindowlanguage.moc"
