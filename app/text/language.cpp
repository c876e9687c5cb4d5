#include "text/language.h"

#include <QList>

namespace galley::text {

QString languageCode(Language language) {
    switch (language) {
    case Language::Chinese:
        return QStringLiteral("zh");
    case Language::English:
        return QStringLiteral("en");
    case Language::Auto:
        break;
    }
    return QStringLiteral("auto");
}

std::optional<Language> languageFromCode(QStringView code) {
    if (code == u"auto")
        return Language::Auto;
    if (code == u"zh" || code.startsWith(u"zh_") || code.startsWith(u"zh-"))
        return Language::Chinese;
    if (code == u"en" || code.startsWith(u"en_") || code.startsWith(u"en-"))
        return Language::English;
    return std::nullopt;
}

static bool isCjkIdeograph(char32_t c) {
    return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) ||
           (c >= 0x20000 && c <= 0x2FA1F) || (c >= 0xF900 && c <= 0xFAFF);
}

Language detectLanguage(QStringView text) {
    // A sample from the start is enough to tell a Chinese page from an English one,
    // and keeps detection cheap on very large inputs.
    constexpr qsizetype sampleLength = 64 * 1024;
    const QStringView sample = text.left(sampleLength);
    qsizetype cjk = 0;
    qsizetype latin = 0;
    for (const char32_t c : sample.toUcs4()) {
        if (isCjkIdeograph(c))
            ++cjk;
        else if ((c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z'))
            ++latin;
    }
    return cjk * 5 >= latin && cjk > 0 ? Language::Chinese : Language::English;
}

Language resolveLanguage(Language requested, QStringView text) {
    return requested == Language::Auto ? detectLanguage(text) : requested;
}

} // namespace galley::text
