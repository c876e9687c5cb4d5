#include "preferences.h"

#include <QSettings>

namespace galley {

Preferences Preferences::load() {
    const QSettings settings;
    Preferences p;
    p.language =
        text::languageFromCode(
            settings.value(QStringLiteral("repair/language"), QStringLiteral("auto")).toString())
            .value_or(text::Language::Auto);
    p.repair = settings.value(QStringLiteral("repair/enabled"), p.repair).toBool();
    const int spacing = settings.value(QStringLiteral("repair/cjkLatinSpacing"), 0).toInt();
    if (spacing >= int(text::CjkLatinSpacing::Consistent) &&
        spacing <= int(text::CjkLatinSpacing::Insert))
        p.cjkLatinSpacing = text::CjkLatinSpacing(spacing);
    p.latinFont = settings.value(QStringLiteral("view/latinFont")).toString();
    p.cjkFont = settings.value(QStringLiteral("view/cjkFont")).toString();
    p.fontSize = settings.value(QStringLiteral("view/fontSize"), p.fontSize).toDouble();
    p.exportFormat = settings.value(QStringLiteral("export/format"), p.exportFormat).toString();
    p.showWhitespace = settings.value(QStringLiteral("view/showWhitespace"), false).toBool();
    p.autosaveSeconds =
        qMax(5, settings.value(QStringLiteral("recovery/intervalSeconds"), 30).toInt());
    return p;
}

void Preferences::save() const {
    QSettings settings;
    settings.setValue(QStringLiteral("repair/language"), text::languageCode(language));
    settings.setValue(QStringLiteral("repair/enabled"), repair);
    settings.setValue(QStringLiteral("repair/cjkLatinSpacing"), int(cjkLatinSpacing));
    settings.setValue(QStringLiteral("view/latinFont"), latinFont);
    settings.setValue(QStringLiteral("view/cjkFont"), cjkFont);
    settings.setValue(QStringLiteral("view/fontSize"), fontSize);
    settings.setValue(QStringLiteral("export/format"), exportFormat);
    settings.setValue(QStringLiteral("view/showWhitespace"), showWhitespace);
    settings.setValue(QStringLiteral("recovery/intervalSeconds"), autosaveSeconds);
}

ImportOptions Preferences::importOptions() const {
    ImportOptions options;
    options.build.language = language;
    options.build.repair = repair;
    options.build.cjkLatinSpacing = cjkLatinSpacing;
    return options;
}

} // namespace galley
