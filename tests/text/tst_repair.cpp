// The repair engine, rule by rule, on short passages (most taken from the
// sample page), and its decisions API: spans, flipping, rebuilding.
#include "text/charclass.h"
#include "text/linefeatures.h"
#include "text/repair.h"

#include <QFile>
#include <QTest>

using namespace galley::text;

namespace {

QStringList blockTexts(const QList<Block> &blocks) {
    QStringList texts;
    for (const Block &block : blocks)
        texts.append(block.text);
    return texts;
}

QString readSample() {
    QFile file(QStringLiteral(GALLEY_SOURCE_DIR "/resources/samples/union-bulletin-zh.txt"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing sample page");
    return QString::fromUtf8(file.readAll());
}

// The first decision whose span starts at the first occurrence of `marker`
// in `text` (the marker placed where the span begins).
qsizetype decisionAfter(const QString &text, const QList<Decision> &decisions,
                        const QString &before) {
    const qsizetype position = text.indexOf(before) + before.size();
    for (qsizetype i = 0; i < decisions.size(); ++i)
        if (decisions[i].position == position)
            return i;
    return -1;
}

} // namespace

Q_DECLARE_METATYPE(galley::text::RepairOptions)
Q_DECLARE_METATYPE(galley::text::CjkLatinSpacing)
Q_DECLARE_METATYPE(galley::text::CharClass)
Q_DECLARE_METATYPE(galley::text::Language)

class TestRepair : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void repairsPassages_data() {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<RepairOptions>("options");
        const RepairOptions defaults;
        RepairOptions english;
        english.language = Language::English;

        QTest::newRow("nominal: CJK lines wrapped at the column join without a space")
            << QStringLiteral(u"展常态化送温暖活动、 加大职工\n互助保险保障力度、 助力构建和\n"
                              u"谐劳动关系……2022年， 昌平区\n总工会深化维权服务， 使职工群\n"
                              u"众获得感、 幸福感、 安全感进一\n步增强。")
            << QStringList{u"展常态化送温暖活动、加大职工互助保险保障力度、助力构建和谐劳动关系……"
                           u"2022年，昌平区总工会深化维权服务，使职工群众获得感、幸福感、安全感进一步增强。"_qs}
            << defaults;
        QTest::newRow("nominal: a blank line in mid-sentence is a column break")
            << QStringLiteral(u"段， 指导企业与职工协商处理劳\n动合同、 劳动报酬、 休息休假等\n"
                              u"问题， 年内集体协商动态建制率\n始终保持在92%以上， 工资专项\n\n"
                              u"合同保持在90%以上。 在深化厂\n务公开民主管理方面。")
            << QStringList{u"段，指导企业与职工协商处理劳动合同、劳动报酬、休息休假等问题，年内集体"
                           u"协商动态"
                           u"建制率始终保持在92%以上，工资专项合同保持在90%以上。在深化厂务公开民主管理方面。"_qs}
            << defaults;
        QTest::newRow("nominal: a blank line after a sentence end is a paragraph break")
            << QStringLiteral(u"全额返还工会经费100万元。 此\n外， 有效开展集体协商， 把集体\n"
                              u"协商作为维护职工权益的重要手\n段。\n\n在助力构建和谐劳动关系方\n"
                              u"面 ， 去年 ， 昌平区总工会举办\n系列讲座。")
            << QStringList{u"全额返还工会经费100万元。此外，有效开展集体协商，把集体协商作为维护职工权益的重要手段。"_qs,
                           u"在助力构建和谐劳动关系方面，去年，昌平区总工会举办系列讲座。"_qs}
            << defaults;
        QTest::newRow("nominal: a sentence end on a short line ends the paragraph")
            << QStringLiteral(u"会议对2022年首都工会重点工作进\n行了总结， 对2023年工作思路进行\n"
                              u"深入讨论。\n会议要求， 2023年首都工会工作要\n围绕中心， 服务大局。")
            << QStringList{u"会议对2022年首都工会重点工作进行了总结，对2023年工作思路进行深入讨论。"_qs,
                           u"会议要求，2023年首都工会工作要围绕中心，服务大局。"_qs}
            << defaults;
        QTest::newRow("nominal: letter-spaced characters close up across a line break")
            << QStringLiteral(
                   u"国特色社会主义思想的精髓要\n义 ， 运用好贯穿其中的立场 观\n"
                   u"点 方 法 ； 牢 牢 把 握 新 时 代 新\n征程党的使命任务， 更好落实全\n"
                   u"心全意依靠工人阶级方针。")
            << QStringList{u"国特色社会主义思想的精髓要义，运用好贯穿其中的立场观点方法；牢牢把握新"
                           u"时代新"
                           u"征程党的使命任务，更好落实全心全意依靠工人阶级方针。"_qs}
            << defaults;
        QTest::newRow("nominal: a byline keeps the space before the reporter's name")
            << QStringLiteral(u"三里屯街道工会表彰新就业形态劳动者\n本报讯 （记者 刘欣欣） 在新\n\n"
                              u"春佳节即将来临之际， 朝阳区三\n里屯街道总工会从关心关爱新就\n"
                              u"业形态劳动者群体的角度出发。")
            << QStringList{u"三里屯街道工会表彰新就业形态劳动者"_qs,
                           u"本报讯（记者 "
                           u"刘欣欣）在新春佳节即将来临之际，朝阳区三里屯街道总工会从关心关爱"
                           u"新就业形态劳动者群体的角度出发。"_qs}
            << defaults;
        QTest::newRow("nominal: headline clauses keep their spaces")
            << QStringLiteral(u"海淀工会“两节”慰问将惠及10万余职工\n"
                              u"走访一线医务人员 慰问值守干部职工 开展“将温暖带回家”活动\n\n"
                              u"本报讯 （记者 赵思远） 为深\n入学习贯彻党的二十大精神和中\n"
                              u"央经济工作会议精神。")
            << QStringList{u"海淀工会“两节”慰问将惠及10万余职工"_qs,
                           u"走访一线医务人员 慰问值守干部职工 开展“将温暖带回家”活动"_qs,
                           u"本报讯（记者 赵思远）为深入学习贯彻党的二十大精神和中央经济工作会议精神。"_qs}
            << defaults;
        QTest::newRow("nominal: digits and CJK join tight at a line break")
            << QStringLiteral(u"计划 ， 完成培育助推企业共11\n家 。 积极化解劳动争议 ， 完善\n"
                              u"元调解机制， 工会调解组织及时\n介入开展调解工作。")
            << QStringList{u"计划，完成培育助推企业共11家。积极化解劳动争议，完善元调解机制，工会调解组织及时介入开展调解工作。"_qs}
            << defaults;
        QTest::newRow("nominal: Latin lines join with a space")
            << QStringLiteral(
                   "The vote was not unanimous. Members\nof the crane operators' branch said\n"
                   "the deal did not go far enough.")
            << QStringList{QStringLiteral(
                   "The vote was not unanimous. Members of the crane operators' "
                   "branch said the deal did not go far enough.")}
            << english;
        // Evening Star, Washington, 1862-08-25 (tests/corpus/real), as its OCR read it:
        // ragged proportional lines, one ending in a full stop, all one sentence run.
        QTest::newRow("nominal: a line the next continues in a small letter joins, short or not")
            << QStringLiteral("the 81oux Indians in that State. Mr. Fremer Las\n"
                              "returned from a virit, made in disguise as an Indian.\n"
                              "and reports that the inhabitants Lave been\n"
                              "murdered in their houses along tbe road. He recognized")
            << QStringList{QStringLiteral(
                   "the 81oux Indians in that State. Mr. Fremer Las returned from a virit, made "
                   "in disguise as an Indian. and reports that the inhabitants Lave been "
                   "murdered in their houses along tbe road. He recognized")}
            << english;
        QTest::newRow("nominal: a word broken at the line end loses its hyphen")
            << QStringLiteral("Members wanted a cor-\nrect reading of the safety rules and\n"
                              "a new training scheme for the crews.")
            << QStringList{QStringLiteral(
                   "Members wanted a correct reading of the safety rules and "
                   "a new training scheme for the crews.")}
            << english;
        QTest::newRow("nominal: a compound of two words keeps its hyphen")
            << QStringLiteral("Union leaders called it a well-\nknown compromise between the two\n"
                              "sides of the long dispute.")
            << QStringList{QStringLiteral("Union leaders called it a well-known compromise between "
                                          "the two sides of the long dispute.")}
            << english;
        QTest::newRow("nominal: a hyphen the page itself writes stays")
            << QStringLiteral(
                   "The branch asked the port to co-\noperate on a new scheme, and the port\n"
                   "agreed to co-operate on the review.")
            << QStringList{QStringLiteral(
                   "The branch asked the port to co-operate on a new scheme, "
                   "and the port agreed to co-operate on the review.")}
            << english;
        QTest::newRow("nominal: a number range keeps its hyphen")
            << QStringLiteral("The fund was set up by dockers who served\nin the war of 1914-\n"
                              "1918 and their families.")
            << QStringList{QStringLiteral("The fund was set up by dockers who served in the war of "
                                          "1914-1918 and their families.")}
            << english;
        QTest::newRow("nominal: an English name in Chinese text keeps its space")
            << QStringLiteral(
                   u"率达到98%以上。 项目负责人 John\nSmith 表示， 团队共有15名开发者参与，\n"
                   u"累计提交代码3200余次。")
            << QStringList{u"率达到98%以上。项目负责人 John Smith 表示，团队共有15名开发者参与，累计提交代码3200余次。"_qs}
            << defaults;
        QTest::newRow("robustness: carriage returns and tabs are spaces")
            << QStringLiteral(u"一直以来， 昌平区总工会常\r\n态化开展送温暖和普惠制服务活\t\n动。")
            << QStringList{u"一直以来，昌平区总工会常态化开展送温暖和普惠制服务活动。"_qs}
            << defaults;
        QTest::newRow("robustness: a line of spaces counts as blank")
            << QStringLiteral(
                   u"度，为职工排忧解难。 去年，昌平\n   \n区职工互助保障基本实现镇全覆\n盖。")
            << QStringList{u"度，为职工排忧解难。去年，昌平区职工互助保障基本实现镇全覆盖。"_qs}
            << defaults;
        QTest::newRow("robustness: ideographs outside the basic plane join like CJK")
            << QStringLiteral(u"这是一个生僻字𠀀组成的句子的第一\n𠀁行和第二行， 中间没有空格。")
            << QStringList{u"这是一个生僻字𠀀组成的句子的第一𠀁行和第二行，中间没有空格。"_qs}
            << defaults;
        // 31 letters, a line-end hyphen, 32 letters: the hyphenated form is 64
        // units long, one past the longest word the page scan looks up; neither
        // form is a word, so the line-end hyphen goes as any other would.
        QTest::newRow("robustness: a broken word longer than any looked up")
            << QStringLiteral(
                   "Xabcdefghijabcdefghijabcdefghij-\nabcdefghijabcdefghijabcdefghijab and more.")
            << QStringList{QStringLiteral(
                   "Xabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijab and more.")}
            << english;
        QTest::newRow("robustness: empty text") << QString() << QStringList{} << defaults;
        QTest::newRow("robustness: only blank lines")
            << QStringLiteral("\n \n\t\n") << QStringList{} << defaults;
    }

    void repairsPassages() {
        QFETCH(QString, input);
        QFETCH(QStringList, expected);
        QFETCH(RepairOptions, options);
        QCOMPARE(blockTexts(repairText(input, options).blocks), expected);
    }

    void spacingBetweenCjkAndLatin_data() {
        QTest::addColumn<CjkLatinSpacing>("spacing");
        QTest::addColumn<QString>("expected");
        // OCR gave "达到了 95%" with a space, "2022年" and "APP客户端" without.
        QTest::newRow("nominal: consistent with the page (tight)")
            << CjkLatinSpacing::Consistent
            << QStringLiteral(u"2022年全区达到了95%以上，手机APP客户端和12351服务网进行预定。");
        QTest::newRow("nominal: keep as OCR'd")
            << CjkLatinSpacing::Keep
            << QStringLiteral(u"2022年全区达到了 95%以上，手机APP客户端和12351服务网进行预定。");
        QTest::newRow("nominal: drop")
            << CjkLatinSpacing::Drop
            << QStringLiteral(u"2022年全区达到了95%以上，手机APP客户端和12351服务网进行预定。");
        QTest::newRow("nominal: insert (pangu)")
            << CjkLatinSpacing::Insert
            << QStringLiteral(
                   u"2022 年全区达到了 95%以上，手机 APP 客户端和 12351 服务网进行预定。");
    }

    void spacingBetweenCjkAndLatin() {
        QFETCH(CjkLatinSpacing, spacing);
        QFETCH(QString, expected);
        RepairOptions options;
        options.cjkLatinSpacing = spacing;
        const QString input =
            QStringLiteral(u"2022年全区达到了 95%以上，手机APP客户端和12351\n服务网进行预定。");
        QCOMPARE(blockTexts(repairText(input, options).blocks), QStringList{expected});
    }

    void noRepairKeepsEveryLine() {
        RepairOptions options;
        options.enabled = false;
        const QString input =
            QStringLiteral(u"\n昌平工会交出职工维权服务工作亮眼成绩单\n本报讯 （记者 周美玉 ） "
                           u"开\n\n展常态化送温暖活动、 加大职工\n");
        const RepairResult result = repairText(input, options);
        QCOMPARE(
            blockTexts(result.blocks),
            (QStringList{u"昌平工会交出职工维权服务工作亮眼成绩单"_qs,
                         u"本报讯 （记者 周美玉 ） 开"_qs, u"展常态化送温暖活动、 加大职工"_qs}));
        QVERIFY(result.decisions.isEmpty());
        QCOMPARE(result.blocks[2].firstLine, 4);
        QVERIFY(result.blocks[2].blankBefore);
        QVERIFY(!result.blocks[0].blankAfter);
        QVERIFY(result.blocks[1].blankAfter);
        QCOMPARE(result.language, Language::Chinese);
    }

    void decisionsRecordSpanRuleAndConfidence() {
        const QString sample = readSample();
        const RepairResult result = repairText(sample);
        // "开\n\n展": a blank line in mid-sentence, the span covers both line breaks.
        qsizetype i = decisionAfter(sample, result.decisions, u"（记者 周美玉 ） 开"_qs);
        QVERIFY(i >= 0);
        QCOMPARE(result.decisions[i].kind, DecisionKind::Join);
        QCOMPARE(result.decisions[i].length, 2);
        QCOMPARE(ruleId(result.decisions[i].rule), QLatin1String("blank.mid-sentence"));
        QVERIFY(result.decisions[i].confidence > 50 && result.decisions[i].confidence <= 100);
        QVERIFY(!result.decisions[i].flipped);
        // "周美玉 ）": a space before full-width punctuation.
        i = decisionAfter(sample, result.decisions, u"周美玉"_qs);
        QCOMPARE(result.decisions[i].kind, DecisionKind::DropSpace);
        QCOMPARE(result.decisions[i].length, 1);
        QCOMPARE(ruleId(result.decisions[i].rule), QLatin1String("space.cjk-punct"));
        // "记者 周美玉": the byline's space stays.
        i = decisionAfter(sample, result.decisions, u"（记者"_qs);
        QCOMPARE(result.decisions[i].kind, DecisionKind::KeepSpace);
        QCOMPARE(ruleId(result.decisions[i].rule), QLatin1String("space.byline"));
        // "牢 牢": letter-spacing.
        i = decisionAfter(sample, result.decisions, u"方 法 ； 牢"_qs);
        QCOMPARE(ruleId(result.decisions[i].rule), QLatin1String("space.letterspaced"));
        // The headline before the first byline stands alone.
        i = decisionAfter(sample, result.decisions, u"亮眼成绩单"_qs);
        QCOMPARE(result.decisions[i].kind, DecisionKind::BlockBreak);
        QVERIFY(result.decisions[i].displayBefore);
        QVERIFY(!result.decisions[i].displayAfter);
        QCOMPARE(ruleId(result.decisions[i].rule), QLatin1String("display.before-byline"));
        // Decisions come in text order.
        for (qsizetype k = 1; k < result.decisions.size(); ++k)
            QVERIFY(result.decisions[k - 1].position < result.decisions[k].position);
    }

    void displayAndBylineLinesNameTheirRule_data() {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("before"); // the text the decision follows
        QTest::addColumn<int>("language");
        QTest::addColumn<QString>("rule");
        const QString body =
            QStringLiteral(u"一直以来，昌平区总工会常态化开展送温暖和普惠制服务活动，去年投入资金\n"
                           u"666万元开展“两节”送温暖、疫情防控送温暖等常态化送温暖活动，惠及职工\n"
                           u"共计4.5万人次。\n");
        QTest::newRow("nominal: a headline standing alone between blank lines")
            << u"昌平工会交出职工维权服务工作亮眼成绩单\n\n"_qs + body << u"成绩单"_qs
            << int(Language::Chinese) << "display.headline";
        QTest::newRow("nominal: a deck under its headline")
            << u"昌平工会交出职工维权服务工作亮眼成绩单\n全区国有和集体企事业单位建制率保持100%\n\n"_qs +
                   body
            << u"保持100%"_qs << int(Language::Chinese) << "display.deck";
        QTest::newRow("nominal: a Chinese byline on a line of its own")
            << u"本报记者 周美玉\n\n"_qs + body << u"周美玉"_qs << int(Language::Chinese)
            << "byline.line";
        QTest::newRow("nominal: an English byline on a line of its own")
            << u"By JANE DOE\nThe district union council began its winter relief drive on "
               u"Monday,\nsending staff to hospitals, bus depots and building sites across "
               u"the\ncity to meet the workers who keep them running.\n"_qs
            << u"DOE"_qs << int(Language::English) << "byline.line";
    }

    void displayAndBylineLinesNameTheirRule() {
        QFETCH(QString, input);
        QFETCH(QString, before);
        QFETCH(int, language);
        QFETCH(QString, rule);
        RepairOptions options;
        options.language = Language(language);
        const RepairResult result = repairText(input, options);
        const qsizetype i = decisionAfter(input, result.decisions, before);
        QVERIFY(i >= 0);
        QVERIFY(result.decisions[i].kind != DecisionKind::Join);
        QCOMPARE(QString(ruleId(result.decisions[i].rule)), rule);
    }

    void flippingADecisionRecomputesTheBlocks_data() {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("before"); // text just before the decision's span
        QTest::addColumn<QStringList>("flipped");
        QTest::addColumn<RepairOptions>("options");
        RepairOptions english;
        english.language = Language::English;
        const QString cjk = QStringLiteral(
            u"一直以来， 昌平区总工会常\n态化开展送温暖和普惠制服务活\n动。\n\n同时， "
            u"加大职工互助保障力\n度。");
        QTest::newRow("nominal: a join becomes a paragraph break")
            << cjk << u"昌平区总工会常"_qs
            << QStringList{u"一直以来，昌平区总工会常"_qs, u"态化开展送温暖和普惠制服务活动。"_qs,
                           u"同时，加大职工互助保障力度。"_qs}
            << RepairOptions{};
        QTest::newRow("nominal: a paragraph break becomes a join")
            << cjk << u"服务活\n动。"_qs
            << QStringList{u"一直以来，昌平区总工会常态化开展送温暖和普惠制服务活动。同时，加大职工互助保障力度。"_qs}
            << RepairOptions{};
        QTest::newRow("nominal: a dropped space is kept")
            << cjk << u"一直以来，"_qs
            << QStringList{u"一直以来， 昌平区总工会常态化开展送温暖和普惠制服务活动。"_qs,
                           u"同时，加大职工互助保障力度。"_qs}
            << RepairOptions{};
        QTest::newRow("nominal: a removed hyphen is kept")
            << QStringLiteral("Members wanted a cor-\nrect reading of the rules.")
            << QStringLiteral("cor-")
            << QStringList{QStringLiteral("Members wanted a cor-rect reading of the rules.")}
            << english;
        QTest::newRow("nominal: a kept hyphen is removed")
            << QStringLiteral("They called it a well-\nknown compromise.")
            << QStringLiteral("well-")
            << QStringList{QStringLiteral("They called it a wellknown compromise.")} << english;
    }

    void flippingADecisionRecomputesTheBlocks() {
        QFETCH(QString, input);
        QFETCH(QString, before);
        QFETCH(QStringList, flipped);
        QFETCH(RepairOptions, options);
        RepairResult result = repairText(input, options);
        const qsizetype i = decisionAfter(input, result.decisions, before);
        QVERIFY(i >= 0);
        flipDecision(result.decisions, i);
        QVERIFY(result.decisions[i].flipped);
        QCOMPARE(blockTexts(buildBlocks(input, result.decisions)), flipped);
        flipDecision(result.decisions, i);
        QCOMPARE(buildBlocks(input, result.decisions), repairText(input, options).blocks);
    }

    // Found by tests/fuzz through a project file: a space decision whose
    // alternative was a paragraph break, flipped, broke a line that has no
    // next line to start the new block on.
    void aFlipIntoTheOtherFamilyIsIgnored() {
        const QString input = QStringLiteral(u"工会 ， 职工\n慰问");
        RepairResult result = repairText(input);
        const qsizetype i = decisionAfter(input, result.decisions, u"工会"_qs);
        QVERIFY(i >= 0);
        QCOMPARE(result.decisions[i].kind, DecisionKind::DropSpace);
        result.decisions[i].alternative = DecisionKind::ParagraphBreak;
        result.decisions[i].flipped = true;
        // The space before the comma stays as OCR left it; the rest is repaired.
        QCOMPARE(blockTexts(buildBlocks(input, result.decisions)),
                 QStringList{u"工会 ，职工慰问"_qs});
    }

    void flippingADisplayBreakMergesTheDeck() {
        // The two lines of the deck are one display block once the break
        // between them is flipped; the headline above stays apart.
        const QString sample = readSample();
        RepairResult result = repairText(sample);
        const qsizetype i = decisionAfter(sample, result.decisions, u"为谱写全面建设"_qs);
        QCOMPARE(result.decisions[i].kind, DecisionKind::BlockBreak);
        flipDecision(result.decisions, i);
        const QList<Block> blocks = buildBlocks(sample, result.decisions);
        const auto deck = std::find_if(blocks.begin(), blocks.end(), [](const Block &b) {
            return b.text.startsWith(u"全面贯彻落实");
        });
        QVERIFY(deck != blocks.end());
        QCOMPARE(deck->text,
                 QStringLiteral(u"全面贯彻落实党的二十大精神 "
                                u"为谱写全面建设社会主义现代化国家的北京篇章贡献工会力量"));
        QVERIFY(deck->standalone);
        QVERIFY((deck - 1)->standalone);
        QCOMPARE(blocks.size(), result.blocks.size() - 1);
    }

    void decisionAtFindsTheSpan() {
        const QString input =
            QStringLiteral(u"一直以来， 昌平区总工会常\n态化开展送温暖和普惠制服务活\n动。");
        const RepairResult result = repairText(input);
        const qsizetype space = input.indexOf(u' ');
        const qsizetype i = decisionAt(result.decisions, space);
        QVERIFY(i >= 0);
        QCOMPARE(result.decisions[i].position, space);
        QCOMPARE(decisionAt(result.decisions, input.indexOf(u'\n')), i + 1);
        QCOMPARE(decisionAt(result.decisions, 0), qsizetype(-1));
    }

    void blocksDescribeTheirLines() {
        const QString sample = readSample();
        const RepairResult result = repairText(sample);
        QCOMPARE(result.language, Language::Chinese);
        const Block &headline = result.blocks.at(0);
        QCOMPARE(headline.firstLine, 1); // after the page's opening blank line
        QCOMPARE(headline.lastLine, 1);
        QVERIFY(headline.standalone);
        QVERIFY(headline.blankBefore);
        QVERIFY(!headline.blankAfter);
        QCOMPARE(headline.maxLineWidth, 38); // 19 ideographs
        QCOMPARE(headline.columnWidth, 28);  // 14 ideographs a line
        QCOMPARE(headline.sourceStart, sample.indexOf(u"昌平工会"));
        const Block &first = result.blocks.at(1);
        QCOMPARE(first.firstLine, 2);
        QCOMPARE(first.lastLine, 12);
        QVERIFY(!first.standalone);
        QVERIFY(!first.blankBefore);
        QVERIFY(first.blankAfter);
        QCOMPARE(first.maxLineWidth, 28);
        QCOMPARE(first.sourceEnd, sample.indexOf(u"100%。") + 5);
    }

    void lineFeatures() {
        const QString input =
            QStringLiteral(u"  本报讯 （记者 周美玉 ） 开\n\n“两节”送温暖、冬奥会\nwell-\nBy Jane "
                           u"Smith\n一、 扩大覆盖面；");
        const PageFeatures page = analysePage(input);
        QCOMPARE(page.lines.size(), size_t(5));
        const LineFeatures &byline = page.lines[0];
        QCOMPARE(byline.start, 2);
        QCOMPARE(byline.number, 0);
        QVERIFY(byline.has(BlankBefore));
        QVERIFY(byline.has(Indented));
        QVERIFY(byline.has(StartsByline));
        QVERIFY(byline.has(InnerSpace));
        QVERIFY(!byline.has(InnerGap));
        QCOMPARE(byline.inkWidth, 22); // 11 full-width characters
        QCOMPARE(byline.width, 26);    // and 4 spaces
        QCOMPARE(byline.last, CharClass::Ideograph);
        const LineFeatures &quoted = page.lines[1];
        QVERIFY(quoted.has(BlankBefore));
        QVERIFY(quoted.has(StartsOpenQuote));
        QCOMPARE(quoted.inkWidth, 22); // curly quotes fill a cell in CJK text
        QCOMPARE(quoted.number, 2);
        const LineFeatures &hyphen = page.lines[2];
        QVERIFY(hyphen.has(EndsLetterHyphen));
        QVERIFY(hyphen.has(EndsContinuing));
        QVERIFY(!hyphen.has(CjkLine));
        QCOMPARE(hyphen.width, 5);
        QVERIFY(page.lines[3].has(StartsByline));
        QVERIFY(page.lines[3].has(LatinBylineLine));
        QVERIFY(page.lines[4].has(StartsListItem));
        QVERIFY(!page.lines[4].has(EndsTerminal));
        QVERIFY(page.hasLetterHyphen);
    }

    void terminalPunctuation_data() {
        QTest::addColumn<QString>("line");
        QTest::addColumn<bool>("terminal");
        QTest::newRow("nominal: 。") << QStringLiteral(u"保持在100%。") << true;
        QTest::newRow("nominal: ！") << QStringLiteral(u"记住了！") << true;
        QTest::newRow("nominal: 。” with a stray space")
            << QStringLiteral(u"村振兴事业。 ”") << true;
        QTest::newRow("nominal: ……") << QStringLiteral(u"劳动关系……") << true;
        QTest::newRow("nominal: English full stop in quotes")
            << QStringLiteral("he said \"No.\"") << true;
        QTest::newRow("nominal: a closing quote alone") << QStringLiteral(u"“工匠精神”") << false;
        QTest::newRow("nominal: a comma") << QStringLiteral(u"深化产业工人队伍建设改革，") << false;
        QTest::newRow("nominal: mid-line full stop") << QStringLiteral(u"步增强。 其中") << false;
    }

    void terminalPunctuation() {
        QFETCH(QString, line);
        QFETCH(bool, terminal);
        QCOMPARE(analysePage(line).lines.front().has(EndsTerminal), terminal);
    }

    void columnWidths() {
        QCOMPARE(analysePage(readSample()).lines[5].column, 28);
        // Two articles, one in 13-character lines (26 cells), one in 24-character lines.
        QFile file(QStringLiteral(GALLEY_TEST_DATA_DIR "/pages/repair/two-column-widths.txt"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const PageFeatures page = analysePage(QString::fromUtf8(file.readAll()));
        QCOMPARE(page.lines[3].column, 26);
        QCOMPARE(page.lines[page.lines.size() - 2].column, 48);
    }

    void characterClasses_data() {
        QTest::addColumn<QString>("character");
        QTest::addColumn<CharClass>("expected");
        QTest::addColumn<bool>("wide");
        QTest::newRow("nominal: ideograph")
            << QStringLiteral(u"工") << CharClass::Ideograph << true;
        QTest::newRow("nominal: full stop")
            << QStringLiteral(u"。") << CharClass::FullTerminal << true;
        QTest::newRow("nominal: full-width comma")
            << QStringLiteral(u"，") << CharClass::FullPause << true;
        QTest::newRow("nominal: enumeration comma")
            << QStringLiteral(u"、") << CharClass::FullPause << true;
        QTest::newRow("nominal: full-width bracket")
            << QStringLiteral(u"（") << CharClass::FullOpen << true;
        QTest::newRow("nominal: corner bracket")
            << QStringLiteral(u"」") << CharClass::FullClose << true;
        QTest::newRow("nominal: curly quote")
            << QStringLiteral(u"“") << CharClass::QuoteOpen << false;
        QTest::newRow("nominal: ellipsis") << QStringLiteral(u"…") << CharClass::Ellipsis << false;
        QTest::newRow("nominal: Latin letter")
            << QStringLiteral("a") << CharClass::LatinLetter << false;
        QTest::newRow("nominal: accented letter")
            << QStringLiteral(u"é") << CharClass::LatinLetter << false;
        QTest::newRow("nominal: digit") << QStringLiteral("7") << CharClass::Digit << false;
        QTest::newRow("nominal: full-width digit")
            << QStringLiteral(u"７") << CharClass::Digit << true;
        QTest::newRow("nominal: hyphen") << QStringLiteral("-") << CharClass::Hyphen << false;
        QTest::newRow("nominal: ideographic space")
            << QStringLiteral(u"\u3000") << CharClass::Space << true;
        QTest::newRow("nominal: kana") << QStringLiteral(u"の") << CharClass::Ideograph << true;
        QTest::newRow("nominal: hangul") << QStringLiteral(u"한") << CharClass::Ideograph << true;
    }

    void characterClasses() {
        QFETCH(QString, character);
        QFETCH(CharClass, expected);
        QFETCH(bool, wide);
        const CharInfo info = charInfo(character.front().unicode());
        QCOMPARE(info.charClass(), expected);
        QCOMPARE(info.isWide(), wide);
    }

    void ruleIdsAreDistinct() {
        QSet<QString> ids;
        for (int rule = 0; rule < ruleCount; ++rule) {
            const QString id = ruleId(Rule(rule));
            QVERIFY2(id.contains(u'.'), qPrintable(id));
            QVERIFY(!ruleDescription(Rule(rule)).isEmpty());
            ids.insert(id);
        }
        QCOMPARE(ids.size(), ruleCount);
        QCOMPARE(ruleId(Rule::CjkColumnWrap), QLatin1String("cjk.column-wrap"));
        QCOMPARE(ruleId(Rule::LatinHyphen), QLatin1String("latin.hyphen"));
    }

    void languageIsDetected_data() {
        QTest::addColumn<QString>("input");
        QTest::addColumn<Language>("expected");
        QTest::newRow("nominal: Chinese") << readSample() << Language::Chinese;
        QTest::newRow("nominal: English")
            << QStringLiteral("The vote was not unanimous.\n") << Language::English;
    }

    void languageIsDetected() {
        QFETCH(QString, input);
        QFETCH(Language, expected);
        QCOMPARE(repairText(input).language, expected);
    }
};

QTEST_GUILESS_MAIN(TestRepair)
#include "tst_repair.moc"
