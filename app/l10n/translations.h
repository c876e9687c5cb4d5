// Loads the translations of Galley and of Qt's standard dialogs for the
// language the user chose: the editor's Help ▸ Language, or the system's.
#pragma once

#include <QLocale>
#include <QString>

class QCoreApplication;

namespace galley {

// The settings key of Help ▸ Language: empty to follow the system, otherwise a
// locale name such as "en" or "zh_CN".
inline constexpr char languageSettingsKey[] = "ui/language";

// The language saved in Help ▸ Language, empty when Galley follows the system.
QString savedLanguage();
void saveLanguage(const QString &localeName);

// The locale the user interface speaks: the saved choice, else the system's.
QLocale uiLocale();

// The folder of Galley's .qm files, beside the executable as installed
// (bin/../share/galley/translations); empty when there is none.
QString translationsDirectory();

// Installs on `app` the translators for `locale`, Galley's own and Qt's, in
// place of any installed before. English is the source text and needs none.
// Returns the locale name of the translation installed, empty for English or
// when Galley has no translation for `locale`.
QString installTranslations(QCoreApplication &app, const QLocale &locale);

// The same for uiLocale(). main() calls it once, after naming the organization
// and the application so that QSettings finds the saved choice.
QString installTranslations(QCoreApplication &app);

} // namespace galley
