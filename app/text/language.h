// The language of a page, which selects the repair rules that apply to it.
#pragma once

#include <QString>
#include <QStringView>
#include <optional>

namespace galley::text {

enum class Language {
    Auto,    // decide from the text itself
    Chinese, // CJK rules: lines join without a space
    English, // Latin rules: lines join with a space, hyphens are resolved
};

// "auto", "zh" and "en", as the command line and the project file spell them.
QString languageCode(Language language);
std::optional<Language> languageFromCode(QStringView code);

// Chinese when the page has CJK ideographs at least a fifth as many as its Latin
// letters (one ideograph carries about a short word), else English.
Language detectLanguage(QStringView text);

// Auto resolved against the text; any other value is returned as it is.
Language resolveLanguage(Language requested, QStringView text);

} // namespace galley::text
