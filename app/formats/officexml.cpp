#include "formats/officexml.h"

namespace galley {

QString xmlSafe(const QString &text) {
    QString safe;
    safe.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            safe += c;
            safe += text.at(++i);
            continue;
        }
        const char16_t u = c.unicode();
        if ((u < 0x20 && u != u'\t' && u != u'\n' && u != u'\r') || c.isSurrogate() ||
            u == 0xFFFE || u == 0xFFFF)
            continue;
        safe += c;
    }
    return safe;
}

LanguageCountry pageLanguage(const Bulletin &bulletin) {
    if (!isChinesePage(bulletin))
        return {QStringLiteral("en"), QStringLiteral("US")};
    if (detectChineseScript(bulletin) == ChineseScript::Traditional)
        return {QStringLiteral("zh"), QStringLiteral("TW")};
    return {QStringLiteral("zh"), QStringLiteral("CN")};
}

bool isChinesePage(const Bulletin &bulletin) {
    return bulletinLanguage(bulletin) != text::Language::English;
}

} // namespace galley
