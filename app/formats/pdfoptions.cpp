#include "formats/pdfoptions.h"

#include <QStringList>

namespace galley {

namespace {

// Frequent characters of news text that each script writes differently, in
// pairs: position i of one string is the counterpart of position i of the other.
const char16_t simplifiedOnly[] =
    u"们这个国会为发时说对经来学门东车长见开关实现动员区业产进过还与体点务书"
    u"问间题结线报记讯华协应级农边让总职机场电话导议设计帮专项组织权维护劳"
    u"贯彻岁万亿张习马历乐将属单购减围觉";
const char16_t traditionalOnly[] =
    u"們這個國會為發時說對經來學門東車長見開關實現動員區業產進過還與體點務書"
    u"問間題結線報記訊華協應級農邊讓總職機場電話導議設計幫專項組織權維護勞"
    u"貫徹歲萬億張習馬歷樂將屬單購減圍覺";

qsizetype countAny(const QString &text, QStringView set) {
    qsizetype count = 0;
    for (QChar c : text) {
        if (c.unicode() >= 0x4E00 && set.contains(c))
            ++count;
    }
    return count;
}

} // namespace

Typefaces typefacesFor(ChineseScript script) {
    const bool traditional = script == ChineseScript::Traditional;
    return {traditional ? QStringLiteral("Noto Serif CJK TC") : QStringLiteral("Noto Serif CJK SC"),
            traditional ? QStringLiteral("Noto Sans CJK TC") : QStringLiteral("Noto Sans CJK SC"),
            QStringLiteral("Noto Serif"), QStringLiteral("Noto Sans")};
}

std::optional<QPageSize::PageSizeId> pageSizeFromName(QStringView name) {
    if (name.compare(u"a4", Qt::CaseInsensitive) == 0)
        return QPageSize::A4;
    if (name.compare(u"letter", Qt::CaseInsensitive) == 0)
        return QPageSize::Letter;
    return std::nullopt;
}

QString pageSizeName(QPageSize::PageSizeId id) {
    return id == QPageSize::Letter ? QStringLiteral("letter") : QStringLiteral("a4");
}

ChineseScript detectChineseScript(const Bulletin &bulletin) {
    static_assert(std::size(simplifiedOnly) == std::size(traditionalOnly));
    qsizetype simplified = 0;
    qsizetype traditional = 0;
    for (const Article &article : bulletin.articles) {
        for (const QString &field :
             {article.kicker, article.headline, article.deck, article.byline, article.body()}) {
            simplified += countAny(field, simplifiedOnly);
            traditional += countAny(field, traditionalOnly);
        }
    }
    return traditional > simplified ? ChineseScript::Traditional : ChineseScript::Simplified;
}

ChineseScript resolveChineseScript(ChineseScript requested, const Bulletin &bulletin) {
    return requested == ChineseScript::Auto ? detectChineseScript(bulletin) : requested;
}

text::Language bulletinLanguage(const Bulletin &bulletin) {
    if (bulletin.language != text::Language::Auto)
        return bulletin.language;
    QString sample;
    for (const Article &article : bulletin.articles) {
        sample += article.headline + article.body();
        if (sample.size() > 20000)
            break;
    }
    return text::resolveLanguage(text::Language::Auto, sample);
}

QString bulletinLanguageTag(const Bulletin &bulletin) {
    if (bulletinLanguage(bulletin) == text::Language::English)
        return QStringLiteral("en");
    return detectChineseScript(bulletin) == ChineseScript::Traditional ? QStringLiteral("zh-Hant")
                                                                       : QStringLiteral("zh-Hans");
}

QString documentTitle(const Bulletin &bulletin, const PdfOptions &options) {
    return options.headerTitle.isEmpty() ? bulletin.title() : options.headerTitle;
}

QString documentAuthor(const Bulletin &bulletin, const PdfOptions &options) {
    if (!options.author.isEmpty())
        return options.author;
    QStringList bylines;
    for (const Article &article : bulletin.articles) {
        const QString byline = article.byline.simplified();
        if (!byline.isEmpty() && !bylines.contains(byline))
            bylines.append(byline);
    }
    return bylines.join(QStringLiteral("; "));
}

} // namespace galley
