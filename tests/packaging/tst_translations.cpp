// Tests the translations loader and Help ▸ Language: which language Galley speaks, and why.
#include "languagemenu.h"
#include "l10n/translations.h"

#include <QAction>
#include <QApplication>
#include <QMainWindow>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace galley;

class TestTranslations : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void installForLocale_data();
    void installForLocale();
    void savedLanguageOverridesSystem_data();
    void savedLanguageOverridesSystem();
    void installingAgainReplaces();
    void englishSpellsItsPlurals_data();
    void englishSpellsItsPlurals();

    void menuChecksSavedLanguage_data();
    void menuChecksSavedLanguage();
    void choosingLanguageSavesItAndSaysWhen_data();
    void choosingLanguageSavesItAndSaysWhen();
    void choosingCurrentLanguageSaysNothing();
    void messageBelongsToTheWindowOfTheMenuBar();

private:
    static QAction *menuAction(const LanguageMenu &menu, const QString &localeName);
    static QMessageBox *languageMessage();

    QTemporaryDir m_settingsDir;
};

void TestTranslations::initTestCase() {
    QVERIFY(m_settingsDir.isValid());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
    QCoreApplication::setOrganizationName(QStringLiteral("GalleyTest"));
    QCoreApplication::setApplicationName(QStringLiteral("GalleyTest"));
    QVERIFY2(!translationsDirectory().isEmpty(),
             "the .qm files are not in bin/../share/galley/translations");
}

void TestTranslations::init() {
    QSettings().clear();
}

void TestTranslations::cleanup() {
    installTranslations(*QCoreApplication::instance(), QLocale(QLocale::English));
    delete languageMessage();
}

void TestTranslations::installForLocale_data() {
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QString>("installed");
    QTest::addColumn<QString>("undoText");
    QTest::addColumn<QString>("closeButton");

    const QLocale simplifiedChinese(QLocale::Chinese, QLocale::SimplifiedChineseScript,
                                    QLocale::China);
    QTest::newRow("nominal: zh_CN speaks Chinese, Qt's buttons too")
        << simplifiedChinese << u"zh_CN"_qs << u"插入文章"_qs << u"关闭"_qs;
    QTest::newRow("nominal: zh without a country means Simplified Chinese")
        << QLocale(QStringLiteral("zh")) << u"zh_CN"_qs << u"插入文章"_qs << u"关闭"_qs;
    QTest::newRow("nominal: English is the source text")
        << QLocale(QLocale::English, QLocale::UnitedStates) << QString() << u"Insert Article"_qs
        << u"Close"_qs;
    QTest::newRow("robustness: a language without translation falls back to English")
        << QLocale(QLocale::German, QLocale::Germany) << QString() << u"Insert Article"_qs
        << u"Close"_qs;
    QTest::newRow("robustness: the C locale is English")
        << QLocale::c() << QString() << u"Insert Article"_qs << u"Close"_qs;
}

void TestTranslations::installForLocale() {
    QFETCH(QLocale, locale);
    QFETCH(QString, installed);
    QFETCH(QString, undoText);
    QFETCH(QString, closeButton);

    QCOMPARE(installTranslations(*QCoreApplication::instance(), locale), installed);
    QCOMPARE(QCoreApplication::translate("Undo", "Insert Article"), undoText);
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Close"), closeButton);
}

void TestTranslations::savedLanguageOverridesSystem_data() {
    QTest::addColumn<QString>("saved");
    QTest::addColumn<QString>("uiLocaleName");

    // The test runs in the C locale (see tests/packaging/CMakeLists.txt).
    QTest::newRow("nominal: nothing saved follows the system") << QString() << u"C"_qs;
    QTest::newRow("nominal: saved Chinese wins over the system") << u"zh_CN"_qs << u"zh_CN"_qs;
    QTest::newRow("nominal: saved English wins over the system") << u"en"_qs << u"en_US"_qs;
}

void TestTranslations::savedLanguageOverridesSystem() {
    QFETCH(QString, saved);
    QFETCH(QString, uiLocaleName);

    saveLanguage(saved);
    QCOMPARE(savedLanguage(), saved);
    QCOMPARE(uiLocale().name(), uiLocaleName);
}

void TestTranslations::installingAgainReplaces() {
    QCoreApplication &app = *QCoreApplication::instance();
    QCOMPARE(installTranslations(app, QLocale(QStringLiteral("zh_CN"))), u"zh_CN"_qs);
    QCOMPARE(QCoreApplication::translate("Undo", "Delete Article"), u"删除文章"_qs);
    QCOMPARE(installTranslations(app, QLocale(QStringLiteral("en"))), QString());
    QCOMPARE(QCoreApplication::translate("Undo", "Delete Article"), u"Delete Article"_qs);
}

void TestTranslations::englishSpellsItsPlurals_data() {
    QTest::addColumn<QLocale>("locale");
    QTest::newRow("nominal: English") << QLocale(QLocale::English, QLocale::UnitedKingdom);
    QTest::newRow("nominal: the C locale") << QLocale::c();
    QTest::newRow("robustness: a language without translation falls back to English")
        << QLocale(QLocale::German, QLocale::Germany);
}

void TestTranslations::englishSpellsItsPlurals() {
    QFETCH(QLocale, locale);
    QCOMPARE(installTranslations(*QCoreApplication::instance(), locale), QString());
    auto articles = [](int n) {
        return QCoreApplication::translate("galley::DocumentStatusBar", "%n article(s)", nullptr,
                                           n);
    };
    QCOMPARE(articles(1), u"1 article"_qs);
    QCOMPARE(articles(3), u"3 articles"_qs);
    QCOMPARE(QCoreApplication::translate("galley::FindController", "Replace %n Occurrence(s)",
                                         nullptr, 2),
             u"Replace 2 Occurrences"_qs);
}

QAction *TestTranslations::menuAction(const LanguageMenu &menu, const QString &localeName) {
    const QList<QAction *> actions = menu.actions();
    for (QAction *action : actions) {
        if (!action->isSeparator() && action->data().toString() == localeName)
            return action;
    }
    return nullptr;
}

QMessageBox *TestTranslations::languageMessage() {
    const QWidgetList widgets = QApplication::topLevelWidgets();
    for (QWidget *widget : widgets) {
        if (widget->objectName() == u"languageChangedMessage")
            return qobject_cast<QMessageBox *>(widget);
    }
    return nullptr;
}

void TestTranslations::menuChecksSavedLanguage_data() {
    QTest::addColumn<QString>("saved");
    QTest::addColumn<QString>("checkedText");

    QTest::newRow("nominal: nothing saved checks the system language")
        << QString() << u"&System Language"_qs;
    QTest::newRow("nominal: saved English checks English") << u"en"_qs << u"English"_qs;
    QTest::newRow("nominal: saved Chinese checks 简体中文") << u"zh_CN"_qs << u"简体中文"_qs;
}

void TestTranslations::menuChecksSavedLanguage() {
    QFETCH(QString, saved);
    QFETCH(QString, checkedText);

    saveLanguage(saved);
    const LanguageMenu menu;
    QStringList checked;
    const QList<QAction *> actions = menu.actions();
    for (const QAction *action : actions) {
        if (action->isChecked())
            checked.append(action->text());
    }
    QCOMPARE(checked, QStringList{checkedText});
}

void TestTranslations::choosingLanguageSavesItAndSaysWhen_data() {
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("chosen");

    QTest::newRow("nominal: from the system's to Chinese") << QString() << u"zh_CN"_qs;
    QTest::newRow("nominal: from Chinese to English") << u"zh_CN"_qs << u"en"_qs;
    QTest::newRow("nominal: from English back to the system's") << u"en"_qs << QString();
}

void TestTranslations::choosingLanguageSavesItAndSaysWhen() {
    QFETCH(QString, before);
    QFETCH(QString, chosen);

    saveLanguage(before);
    LanguageMenu menu;
    QSignalSpy chosenSpy(&menu, &LanguageMenu::languageChosen);
    QAction *action = menuAction(menu, chosen);
    QVERIFY(action);
    action->trigger();

    QCOMPARE(QSettings().value(QLatin1String(languageSettingsKey), QString()).toString(), chosen);
    QCOMPARE(chosenSpy.count(), 1);
    QCOMPARE(chosenSpy.at(0).at(0).toString(), chosen);
    QVERIFY(action->isChecked());
    QMessageBox *message = languageMessage();
    QVERIFY(message);
    QVERIFY(message->isVisible());
    QCOMPARE(message->text(), u"Galley will use the new language the next time it starts."_qs);
}

void TestTranslations::choosingCurrentLanguageSaysNothing() {
    saveLanguage(QStringLiteral("zh_CN"));
    LanguageMenu menu;
    QSignalSpy chosenSpy(&menu, &LanguageMenu::languageChosen);
    menuAction(menu, QStringLiteral("zh_CN"))->trigger();

    QCOMPARE(chosenSpy.count(), 0);
    QCOMPARE(languageMessage(), nullptr);
    QCOMPARE(savedLanguage(), u"zh_CN"_qs);
}

void TestTranslations::messageBelongsToTheWindowOfTheMenuBar() {
    QMainWindow window;
    QMenu *help = window.menuBar()->addMenu(QStringLiteral("&Help"));
    auto *menu = new LanguageMenu(help);
    help->addMenu(menu);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    menuAction(*menu, QStringLiteral("zh_CN"))->trigger();
    QMessageBox *message = window.findChild<QMessageBox *>(u"languageChangedMessage"_qs);
    QVERIFY(message);
    QCOMPARE(message->parentWidget(), &window);
    QVERIFY(message->isVisible());
}

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
