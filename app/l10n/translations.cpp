#include "l10n/translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

namespace galley {

namespace {

// Marks the translators installed here, so that installing again replaces them.
const QLatin1String translatorName("galley-translator");

// Mirrors install(... ${CMAKE_INSTALL_DATADIR}/galley/translations) relative to
// the binaries; the build tree lays out bin/ and share/ the same way.
const QLatin1String relativeTranslationsPath("/../share/galley/translations");

void removeInstalledTranslators(QCoreApplication &app) {
    const QList<QTranslator *> translators =
        app.findChildren<QTranslator *>(translatorName, Qt::FindDirectChildrenOnly);
    for (QTranslator *translator : translators) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}

bool installTranslator(QCoreApplication &app, const QLocale &locale, const QString &fileName,
                       const QString &directory) {
    auto *translator = new QTranslator(&app);
    translator->setObjectName(translatorName);
    if (!translator->load(locale, fileName, QStringLiteral("_"), directory) ||
        !QCoreApplication::installTranslator(translator)) {
        delete translator;
        return false;
    }
    return true;
}

} // namespace

QString savedLanguage() {
    return QSettings().value(QLatin1String(languageSettingsKey)).toString();
}

void saveLanguage(const QString &localeName) {
    QSettings settings;
    if (localeName.isEmpty())
        settings.remove(QLatin1String(languageSettingsKey));
    else
        settings.setValue(QLatin1String(languageSettingsKey), localeName);
}

QLocale uiLocale() {
    const QString saved = savedLanguage();
    return saved.isEmpty() ? QLocale::system() : QLocale(saved);
}

QString translationsDirectory() {
    const QDir directory(QCoreApplication::applicationDirPath() + relativeTranslationsPath);
    return directory.exists() ? directory.canonicalPath() : QString();
}

QString installTranslations(QCoreApplication &app, const QLocale &locale) {
    removeInstalledTranslators(app);
    const QString directory = translationsDirectory();
    if (directory.isEmpty())
        return {};
    // The user's languages in order of preference: English, the source text,
    // wins over a translation the user ranks lower.
    for (const QString &language : locale.uiLanguages()) {
        const QLocale candidate(language);
        if (candidate.language() == QLocale::English || candidate.language() == QLocale::C)
            break;
        if (installTranslator(app, candidate, QStringLiteral("galley"), directory)) {
            installTranslator(app, candidate, QStringLiteral("qtbase"),
                              QLibraryInfo::path(QLibraryInfo::TranslationsPath));
            return candidate.name();
        }
    }
    // The source text, with the plural forms it cannot spell itself.
    installTranslator(app, QLocale(QLocale::English), QStringLiteral("galley"), directory);
    return {};
}

QString installTranslations(QCoreApplication &app) {
    return installTranslations(app, uiLocale());
}

} // namespace galley
