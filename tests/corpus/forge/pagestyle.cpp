#include "pagestyle.h"

#include <QDate>

namespace galley::forge {

namespace {

// Invented titles: the forge must not pass its pages off as a real paper's.
const QStringList chinesePapers = {
    QStringLiteral("滨江日报"), QStringLiteral("东城晚报"), QStringLiteral("职工导报"),
    QStringLiteral("南山时报"), QStringLiteral("新桥商报"), QStringLiteral("北湖工人报"),
};
const QStringList englishPapers = {
    QStringLiteral("The Riverside Courier"), QStringLiteral("Evening Ledger"),
    QStringLiteral("The Harbor Gazette"),    QStringLiteral("Valley Morning Star"),
    QStringLiteral("The County Herald"),     QStringLiteral("Lakeshore Tribune"),
};
const QStringList chineseSections = {QStringLiteral("要闻"), QStringLiteral("综合"),
                                     QStringLiteral("国际"), QStringLiteral("社会"),
                                     QStringLiteral("经济"), QStringLiteral("文体")};
const QStringList englishSections = {QStringLiteral("NEWS"), QStringLiteral("WORLD"),
                                     QStringLiteral("LOCAL"), QStringLiteral("BUSINESS"),
                                     QStringLiteral("SPORTS")};
const QStringList chineseWeekdays = {QStringLiteral("星期一"), QStringLiteral("星期二"),
                                     QStringLiteral("星期三"), QStringLiteral("星期四"),
                                     QStringLiteral("星期五"), QStringLiteral("星期六"),
                                     QStringLiteral("星期日")};
const QStringList englishWeekdays = {QStringLiteral("Monday"),    QStringLiteral("Tuesday"),
                                     QStringLiteral("Wednesday"), QStringLiteral("Thursday"),
                                     QStringLiteral("Friday"),    QStringLiteral("Saturday"),
                                     QStringLiteral("Sunday")};
const QStringList englishMonths = {
    QStringLiteral("January"), QStringLiteral("February"), QStringLiteral("March"),
    QStringLiteral("April"),   QStringLiteral("May"),      QStringLiteral("June"),
    QStringLiteral("July"),    QStringLiteral("August"),   QStringLiteral("September"),
    QStringLiteral("October"), QStringLiteral("November"), QStringLiteral("December")};

} // namespace

PageStyle choosePageStyle(Random &random, bool chinese, bool vertical) {
    PageStyle style;
    style.chinese = chinese;
    style.vertical = vertical;
    style.columns = vertical ? random.between(3, 5) : random.between(2, 6);
    style.indented = random.chance(0.6);
    style.columnRules = random.chance(0.4);
    style.frontPage = random.chance(0.35);
    // A4 for few columns, A3 for many: a column keeps a readable measure.
    const bool large = vertical || style.columns >= 4;
    style.size = large ? QSizeF(8420, 11910) : QSizeF(5950, 8420);
    if (vertical)
        style.size.transpose();
    style.margin = random.between(300, 450);
    style.gutter = random.between(110, 170);
    style.bodySize = chinese ? random.between(90, 105) : random.between(85, 100);
    style.leading = style.bodySize * (chinese ? random.real(1.45, 1.65) : random.real(1.18, 1.3));
    style.paper = random.pick(chinese ? chinesePapers : englishPapers);
    style.section = random.pick(chinese ? chineseSections : englishSections);
    style.pageNumber = style.frontPage ? 1 : random.between(2, 16);
    const int year = random.between(2008, 2023);
    const int month = random.between(1, 12);
    const int day = random.between(1, 28);
    const int weekday = QDate(year, month, day).dayOfWeek() - 1;
    style.date = chinese ? QStringLiteral("%1年%2月%3日 %4")
                               .arg(year)
                               .arg(month)
                               .arg(day)
                               .arg(chineseWeekdays.at(weekday))
                         : QStringLiteral("%1, %2 %3, %4")
                               .arg(englishWeekdays.at(weekday), englishMonths.at(month - 1))
                               .arg(day)
                               .arg(year);
    return style;
}

} // namespace galley::forge
