#include "text/byline.h"

#include "text/charclass.h"

#include <QRegularExpression>
#include <QStringList>

#include <algorithm>
#include <array>

namespace galley::text {

namespace {

bool isHanOrDigit(QChar c) {
    const char16_t u = c.unicode();
    return (u >= 0x4E00 && u <= 0x9FFF) || (u >= 0x3400 && u <= 0x4DBF) || (u >= u'0' && u <= u'9');
}

// The length of `text`'s opening up to `last` (讯 or 电), which follows `head`
// after at most `most` ideographs or digits (本报北京1月5日讯); 0 when it does not.
qsizetype leadHeadLength(QStringView text, QStringView head, QChar last, qsizetype most) {
    if (!text.startsWith(head))
        return 0;
    for (qsizetype i = head.size(); i < text.size() && i <= head.size() + most; ++i) {
        if (text.at(i) == last)
            return i > head.size() ? i + 1 : 0;
        if (!isHanOrDigit(text.at(i)))
            return 0;
    }
    return 0;
}

// The reporters in brackets after a lead, （记者 周美玉）: its length from
// `from`, spaces before it included; 0 when there is none.
qsizetype creditBracketsLength(QStringView text, qsizetype from) {
    qsizetype i = from;
    while (i < text.size() && text.at(i).isSpace())
        ++i;
    if (i >= text.size() || (text.at(i) != u'（' && text.at(i) != u'('))
        return 0;
    constexpr qsizetype longestCredit = 40;
    for (qsizetype end = i + 1; end < text.size() && end <= i + longestCredit + 1; ++end) {
        const QChar c = text.at(end);
        if (c == u'）' || c == u')')
            return end > i + 1 ? end + 1 - from : 0;
        if (c == u'（' || c == u'(' || c == u'。')
            return 0;
    }
    return 0;
}

// A Chinese paper's or agency's lead: 本报讯, 本报北京1月5日讯, 新华社北京1月5日电,
// each with the reporters in brackets after it when it names them. Every
// paragraph is tried, so this is plain code, not a pattern.
qsizetype chineseLeadLength(QStringView text) {
    if (text.isEmpty() || !oneOf(text.front(), u"本新中人央"))
        return 0; // the usual paragraph, settled by its first character
    qsizetype head = text.startsWith(u"本报讯") ? 3 : leadHeadLength(text, u"本报", u'讯', 12);
    static constexpr std::array<QStringView, 7> agencies{u"新华社", u"中新社", u"中新网", u"人民网",
                                                         u"新华网", u"央视网", u"央广网"};
    for (qsizetype a = 0; head == 0 && a < qsizetype(agencies.size()); ++a)
        head = leadHeadLength(text, agencies[size_t(a)], u'电', 16);
    return head == 0 ? 0 : head + creditBracketsLength(text, head);
}

// 本报讯 （记者 周美玉 ） as 本报讯（记者 周美玉）: one space between words, none at a bracket.
QString tidyByline(QStringView byline) {
    QString tidy;
    tidy.reserve(byline.size());
    bool pendingSpace = false;
    for (const QChar c : byline) {
        if (c.isSpace()) {
            pendingSpace = !tidy.isEmpty();
            continue;
        }
        const bool bracket = c == u'（' || c == u'）';
        if (pendingSpace && !bracket && !tidy.endsWith(u'（'))
            tidy += u' ';
        pendingSpace = false;
        tidy += c;
    }
    return tidy;
}

// WASHINGTON, Jan. 5 — · SPRINGFIELD, Ill., Jan. 5 — · BEIJING, Jan. 5 (Xinhua) --
const QRegularExpression &datelinePattern() {
    static const QRegularExpression pattern(QStringLiteral(
        "^[A-Z][A-Z.'’-]+(?:\\s+[A-Z][A-Z.'’-]+){0,3}"
        "(?:,\\s*[A-Z][A-Za-z.]+(?:\\s+[A-Z][A-Za-z.]+)?)?"
        "(?:,?\\s+(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|"
        "Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?\\s+\\d{1,2})?"
        "(?:\\s*\\([A-Za-z .]+\\))?\\s*(?:—|–|--)"));
    return pattern;
}

bool isCreditTitle(QStringView word) {
    static const QStringList titles{QStringLiteral("本报记者"),  QStringLiteral("本报特约记者"),
                                    QStringLiteral("特约记者"),  QStringLiteral("记者"),
                                    QStringLiteral("通讯员"),    QStringLiteral("实习生"),
                                    QStringLiteral("本报通讯员")};
    return titles.contains(word);
}

bool isChineseName(QStringView word) {
    constexpr qsizetype shortest = 2;
    constexpr qsizetype longest = 6; // room for a middle dot: 阿依古丽·买买提 is rare, 4 is usual
    if (word.size() < shortest || word.size() > longest)
        return false;
    for (const QChar c : word) {
        if (c.script() != QChar::Script_Han && c != u'·')
            return false;
    }
    return true;
}

// 本报记者 周美玉 · 记者 王路曼 通讯员 李明: a credit line standing alone. The
// title stands apart from the names, so a headline such as 记者走基层 is no credit.
bool isChineseCreditLine(QStringView text) {
    constexpr qsizetype longestCredit = 40;
    if (text.size() > longestCredit || !oneOf(text.front(), u"本记通实特"))
        return false;
    static const QRegularExpression separators(QStringLiteral("[\\s、：:]+"));
    const QList<QStringView> words = text.split(separators, Qt::SkipEmptyParts);
    if (words.size() < 2 || !isCreditTitle(words.front()))
        return false;
    for (QStringView word : words) {
        if (!isCreditTitle(word) && !isChineseName(word))
            return false;
    }
    return !isCreditTitle(words.back());
}

bool isNameParticle(QStringView word) {
    static const QStringList particles{
        QStringLiteral("and"), QStringLiteral("de"),  QStringLiteral("van"), QStringLiteral("von"),
        QStringLiteral("der"), QStringLiteral("la"),  QStringLiteral("le"),  QStringLiteral("da"),
        QStringLiteral("del"), QStringLiteral("the"), QStringLiteral("of"),  QStringLiteral("&")};
    return particles.contains(word);
}

// By JANE DOE · By John Smith and Mary Jones, Staff Writers: a credit line standing alone.
bool isEnglishCreditLine(QStringView text) {
    if (!(text.startsWith(u"By ") || text.startsWith(u"BY ")))
        return false;
    const QList<QStringView> words = text.mid(3).split(u' ', Qt::SkipEmptyParts);
    constexpr qsizetype mostWords = 10;
    if (words.isEmpty() || words.size() > mostWords)
        return false;
    for (QStringView word : words) {
        if (word.endsWith(u','))
            word.chop(1);
        if (word.isEmpty() || !(word.front().isUpper() || isNameParticle(word)))
            return false;
    }
    const QChar last = text.back();
    return last.isLetter() || last == u'.';
}

// Capitals, then a dash soon after.
bool mayOpenDateline(QStringView text) {
    constexpr qsizetype longestDateline = 60;
    const auto capital = [](QChar c) { return c.unicode() >= u'A' && c.unicode() <= u'Z'; };
    if (text.size() < 2 || !capital(text.at(0)) || !capital(text.at(1)))
        return false;
    const QStringView head = text.left(longestDateline);
    return head.contains(u'—') || head.contains(u'–') || head.contains(u"--");
}

// Most paragraphs start and end with text: trimming them is wasted work.
QStringView trimmedFast(QStringView text) {
    // Printable ASCII, and the punctuation (“”…—), full-width forms (，）)
    // and ideographs of Chinese text: no space among them.
    const auto plain = [](QChar c) {
        const char16_t u = c.unicode();
        return (u > 0x20 && u < 0x7F) || (u >= 0x2010 && u <= 0x2027) ||
               (u >= 0x3001 && u <= 0x9FFF) || (u >= 0xFF01 && u <= 0xFFEF);
    };
    if (!text.isEmpty() && plain(text.front()) && plain(text.back()))
        return text;
    return text.trimmed();
}

} // namespace

std::optional<Lead> findLead(QStringView text) {
    const QStringView trimmed = trimmedFast(text);
    if (trimmed.isEmpty())
        return std::nullopt;
    const qsizetype indent = trimmed.data() - text.data(); // what trimming took off the front
    constexpr qsizetype longestCreditLine = 80;
    if (trimmed.size() <= longestCreditLine &&
        (isChineseCreditLine(trimmed) || isEnglishCreditLine(trimmed)))
        return Lead{trimmed.toString().simplified(), text.size(), true};

    if (const qsizetype lead = chineseLeadLength(trimmed)) {
        const qsizetype length = indent + lead;
        return Lead{tidyByline(trimmed.left(lead)), length,
                    textAfterLead(text, Lead{{}, length, false}).isEmpty()};
    }
    if (mayOpenDateline(trimmed) && datelinePattern().match(trimmed).hasMatch())
        return Lead{};
    return std::nullopt;
}

QString textAfterLead(QStringView text, const Lead &lead) {
    QStringView rest = text.mid(lead.length).trimmed();
    // A colon or comma after the brackets belongs to the byline, not the sentence.
    while (!rest.isEmpty() &&
           (rest.front() == u'：' || rest.front() == u'，' || rest.front() == u':'))
        rest = rest.mid(1).trimmed();
    return rest.toString();
}

} // namespace galley::text
