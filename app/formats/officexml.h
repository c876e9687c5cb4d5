// Helpers the DOCX and ODT writers share: XML text that is safe to write, and
// the language and page facts both formats record.
#pragma once

#include "document/bulletin.h"
#include "formats/pdfoptions.h"

#include <QString>

namespace galley {

// `text` without the characters XML 1.0 cannot hold (C0 controls other than
// tab, unpaired surrogates, U+FFFE and U+FFFF).
QString xmlSafe(const QString &text);

// The language and country of a page's text, e.g. {"zh", "CN"}, {"en", "US"}.
struct LanguageCountry {
    QString language;
    QString country;
    QString tag() const { return language + u'-' + country; }
};
LanguageCountry pageLanguage(const Bulletin &bulletin);

// Whether the page's text is Chinese, which decides its first-line indent.
bool isChinesePage(const Bulletin &bulletin);

} // namespace galley
