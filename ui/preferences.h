// The user's preferences, kept in QSettings: how new pages are read and
// repaired, how text is shown, and what export offers first.
#pragma once

#include "formats/importer.h"
#include "text/language.h"
#include "text/spacing.h"

#include <QString>

namespace galley {

struct Preferences {
    text::Language language = text::Language::Auto; // of pages opened from now on
    bool repair = true;
    text::CjkLatinSpacing cjkLatinSpacing = text::CjkLatinSpacing::Consistent;
    QString latinFont;   // empty: the system's default
    QString cjkFont;     // empty: the system's default
    double fontSize = 0; // points; 0: the system's default
    QString exportFormat = QStringLiteral("txt");
    bool showWhitespace = false;
    int autosaveSeconds = 30;

    static Preferences load();
    void save() const;

    ImportOptions importOptions() const;

    friend bool operator==(const Preferences &, const Preferences &) = default;
};

} // namespace galley
