// Segmentation: bylines, display lines, headline-to-article matching and the
// articles of whole pages, on blocks typed as a correct repair gives them.
#include "pagefixtures.h"
#include "text/blockclassifier.h"
#include "text/byline.h"
#include "text/headlinematcher.h"
#include "text/segmentation.h"

#include <QTest>

using namespace galley::text;
using pagefixtures::ArticleView;

namespace {

Block makeBlock(const QString &text, int firstLine, int lastLine, bool standalone, int maxLineWidth,
                bool blankBefore = true, bool blankAfter = true) {
    Block block;
    block.text = text;
    block.firstLine = firstLine;
    block.lastLine = lastLine;
    block.standalone = standalone;
    block.maxLineWidth = maxLineWidth;
    block.columnWidth = 30;
    block.blankBefore = blankBefore;
    block.blankAfter = blankAfter;
    return block;
}

QString kindsOf(const QList<ClassifiedBlock> &units) {
    QString kinds;
    for (const ClassifiedBlock &unit : units) {
        switch (unit.kind) {
        case BlockKind::Body:
            kinds += u'B';
            break;
        case BlockKind::Lead:
            kinds += u'L';
            break;
        case BlockKind::Display:
            kinds += u'D';
            break;
        case BlockKind::Aside:
            kinds += u'A';
            break;
        }
    }
    return kinds;
}

QList<ArticleView> viewsOf(const QList<ArticleDraft> &drafts) {
    QList<ArticleView> views;
    for (const ArticleDraft &draft : drafts)
        views.append({draft.headline, draft.deck, draft.byline, draft.paragraphs});
    return views;
}

void compareArticles(const QList<ArticleView> &found, const QList<ArticleView> &expected) {
    QCOMPARE(found.size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const ArticleView &got = found.at(i);
        const ArticleView &want = expected.at(i);
        QCOMPARE(got.headline, want.headline);
        QCOMPARE(got.deck, want.deck);
        QCOMPARE(got.byline, want.byline);
        QCOMPARE(got.paragraphs.size(), want.paragraphs.size());
        for (qsizetype p = 0; p < want.paragraphs.size(); ++p) {
            QVERIFY2(
                pagefixtures::paragraphMatches(got.paragraphs.at(p), want.paragraphs.at(p)),
                qPrintable(QString("article %1, paragraph %2: \"%3\" does not start with \"%4\"")
                               .arg(i)
                               .arg(p)
                               .arg(got.paragraphs.at(p).left(20), want.paragraphs.at(p))));
        }
    }
}

const ArticleDraft *articleWithHeadline(const QList<ArticleDraft> &articles,
                                        const QString &headline) {
    for (const ArticleDraft &article : articles) {
        if (article.headline == headline)
            return &article;
    }
    return nullptr;
}

} // namespace

class TestSegmentation : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void findsLead_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("found");
        QTest::addColumn<QString>("byline");
        QTest::addColumn<QString>("rest");

        QTest::newRow("nominal: paper's lead with the reporter")
            << "本报讯（记者 周美玉）开展常态化送温暖活动" << true << "本报讯（记者 周美玉）"
            << "开展常态化送温暖活动";
        QTest::newRow("nominal: OCR spaces around the brackets")
            << " 本报讯 （记者 白莹 ） 1月5日上午，北京市总工会" << true << "本报讯（记者 白莹）"
            << "1月5日上午，北京市总工会";
        QTest::newRow("nominal: lead naming the place and day")
            << "本报北京1月5日讯（记者 张华 通讯员 李强）近日，" << true
            << "本报北京1月5日讯（记者 张华 通讯员 李强）"
            << "近日，";
        QTest::newRow("nominal: agency lead")
            << "新华社北京1月5日电（记者 王明）国务院新闻办公室5日发布" << true
            << "新华社北京1月5日电（记者 王明）"
            << "国务院新闻办公室5日发布";
        QTest::newRow("nominal: lead without a reporter")
            << "本报讯 近日，朝阳区总工会" << true << "本报讯"
            << "近日，朝阳区总工会";
        QTest::newRow("nominal: credit line standing alone")
            << "本报记者 李明" << true << "本报记者 李明"
            << "";
        QTest::newRow("nominal: two credits on one line")
            << "记者 王路曼 通讯员 张伟" << true << "记者 王路曼 通讯员 张伟"
            << "";
        QTest::newRow("nominal: English credit line")
            << "By MARIA LOPEZ" << true << "By MARIA LOPEZ"
            << "";
        QTest::newRow("nominal: English credit with a title")
            << "By John Smith and Mary Jones, Staff Writers" << true
            << "By John Smith and Mary Jones, Staff Writers"
            << "";
        QTest::newRow("nominal: dateline stays in the paragraph")
            << "WASHINGTON, Jan. 5 — The D.C. Council voted" << true << ""
            << "WASHINGTON, Jan. 5 — The D.C. Council voted";
        QTest::newRow("nominal: dateline with a state and an agency")
            << "ANNAPOLIS, Md., Jan. 5 (AP) — Lawmakers met" << true << ""
            << "ANNAPOLIS, Md., Jan. 5 (AP) — Lawmakers met";
        QTest::newRow("robustness: headline that starts like a credit")
            << "记者走基层" << false << ""
            << "";
        QTest::newRow("robustness: body sentence about a reporter")
            << "记者昨天从密云区总工会获悉，1月9日起" << false << ""
            << "";
        QTest::newRow("robustness: sentence opening with By")
            << "By the end of the year, the plan will cover every route." << false << ""
            << "";
        QTest::newRow("robustness: capitals without a dash")
            << "NASA launched the probe on Thursday." << false << ""
            << "";
    }

    void findsLead() {
        QFETCH(QString, text);
        QFETCH(bool, found);
        QFETCH(QString, byline);
        QFETCH(QString, rest);

        const std::optional<Lead> lead = findLead(text);
        QCOMPARE(lead.has_value(), found);
        if (!found)
            return;
        QCOMPARE(lead->byline, byline);
        QCOMPARE(textAfterLead(text, *lead), rest);
    }

    void classifiesBlock_data() {
        QTest::addColumn<Block>("block");
        QTest::addColumn<BlockKind>("kind");

        QTest::newRow("nominal: body paragraph")
            << makeBlock("一直以来，昌平区总工会常态化开展送温暖和普惠制服务活动。", 14, 24, false,
                         32)
            << BlockKind::Body;
        QTest::newRow("nominal: headline set apart by the repair")
            << makeBlock("三里屯街道工会表彰新就业形态劳动者", 307, 307, true, 34, true, false)
            << BlockKind::Display;
        QTest::newRow("nominal: deck as wide as the column")
            << makeBlock("7000份新春年货将免费向职工发放", 305, 305, true, 30)
            << BlockKind::Display;
        QTest::newRow("nominal: headline between blank lines, wider than the column")
            << makeBlock("密云区总工会将启动“工会服务惠万家，职工欢乐过大年”活动", 303, 303, false,
                         54)
            << BlockKind::Display;
        QTest::newRow("nominal: English headline asking a question")
            << makeBlock("IS THE BUS PLAN WORTH $2 BILLION?", 1, 1, true, 33) << BlockKind::Display;
        QTest::newRow("nominal: photo caption")
            << makeBlock("图为职工在延庆区冰雪运动体验中心学习滑雪 刘涛 摄", 11, 11, true, 48)
            << BlockKind::Aside;
        QTest::newRow("nominal: paragraph opening with a byline")
            << makeBlock("本报讯（记者 赵思远）为深入学习贯彻党的二十大精神。", 211, 221, false, 31)
            << BlockKind::Lead;
        QTest::newRow("robustness: paragraph cut at a column break mid-sentence")
            << makeBlock("在助力构建和谐劳动关系方面，去年，昌平区总工会举办系列讲座，", 61, 63,
                         false, 30, true, true)
            << BlockKind::Body;
        QTest::newRow("robustness: last words of a paragraph left alone")
            << makeBlock("上。", 59, 59, false, 4) << BlockKind::Body;
        QTest::newRow("robustness: long line the repair left in the text")
            << makeBlock(
                   "全面贯彻落实党的二十大精神为谱写全面建设社会主义现代化国家的北京篇章贡献工会"
                   "力量全面贯彻落实党的二十大精神为谱写全面建设社会主义现代化国家",
                   10, 10, false, 140)
            << BlockKind::Body;
    }

    void classifiesBlock() {
        QFETCH(Block, block);
        QFETCH(BlockKind, kind);

        const QList<ClassifiedBlock> units = classifyBlocks({block});
        QCOMPARE(units.size(), 1);
        QCOMPARE(units.front().kind, kind);
    }

    void classifiesLineAboveByline_data() {
        QTest::addColumn<Block>("line");
        QTest::addColumn<BlockKind>("kind");

        // Raw OCR lines, as with repair off: line 308 of the sample stands
        // right above the paragraph that opens with 本报讯（记者 刘欣欣）.
        QTest::newRow("nominal: headline right above a byline, not set apart")
            << makeBlock("三里屯街道工会表彰新就业形态劳动者", 307, 307, false, 34, true, false)
            << BlockKind::Display;
        QTest::newRow("robustness: sentence cut at a comma above a byline")
            << makeBlock("据了解，三里屯街道总工会持续关注新就业形态劳动者群体，", 307, 307, false,
                         30, true, false)
            << BlockKind::Body;
    }

    void classifiesLineAboveByline() {
        QFETCH(Block, line);
        QFETCH(BlockKind, kind);

        const Block byline =
            makeBlock("本报讯 （记者 刘欣欣） 在新", 308, 308, false, 24, false, true);
        const QList<ClassifiedBlock> units = classifyBlocks({line, byline});
        QCOMPARE(units.size(), 2);
        QCOMPARE(units.front().kind, kind);
        QCOMPARE(units.back().kind, BlockKind::Lead);
    }

    void classifiesSamplePage() {
        // Read off the page: headline, 昌平 (byline + 5), deck, 白莹 (byline + 8),
        // four display lines (the two-line deck merged), 赵思远 (byline + 2),
        // 王路曼 (byline + 4), three display lines, 刘欣欣 (byline + 3).
        const QList<ClassifiedBlock> units =
            classifyBlocks(pagefixtures::readBlocks("union-bulletin-zh").blocks);
        QCOMPARE(kindsOf(units), QString("DLBBBBB"
                                         "DLBBBBBBBB"
                                         "DDDD"
                                         "LBB"
                                         "LBBBB"
                                         "DDD"
                                         "LBBB"));
        const ClassifiedBlock &deck = units.at(18);
        QCOMPARE(deck.text, QString("全面贯彻落实党的二十大精神 为谱写全面建设"
                                    "社会主义现代化国家的北京篇章贡献工会力量"));
        QCOMPARE(deck.firstLine, 205);
        QCOMPARE(deck.lastLine, 206);
    }

    void mergesWrappedDisplayLines_data() {
        QTest::addColumn<Block>("previous");
        QTest::addColumn<Block>("next");
        QTest::addColumn<bool>("continues");

        QTest::newRow("nominal: deck wrapped over two lines")
            << makeBlock("全面贯彻落实党的二十大精神 为谱写全面建设", 205, 205, true, 41, false,
                         false)
            << makeBlock("社会主义现代化国家的北京篇章贡献工会力量", 206, 206, true, 40, false,
                         true)
            << true;
        QTest::newRow("nominal: headline over its deck")
            << makeBlock("北京市总工会党组召开学习贯彻党的二十大精神研讨会暨2023年工作务虚会", 204,
                         204, true, 66, true, false)
            << makeBlock("全面贯彻落实党的二十大精神 为谱写全面建设", 205, 205, true, 41, false,
                         false)
            << false;
        QTest::newRow("nominal: headline over a longer deck")
            << makeBlock("海淀工会“两节”慰问将惠及10万余职工", 208, 208, true, 34, true, false)
            << makeBlock("走访一线医务人员 慰问值守干部职工 开展“将温暖带回家”活动", 209, 209, true,
                         56, false, true)
            << false;
        QTest::newRow("nominal: headline in capitals wrapped")
            << makeBlock("SNOWSTORM CLOSES SCHOOLS", 24, 24, true, 24, true, false)
            << makeBlock("ACROSS THE REGION", 25, 25, true, 17, false, true) << true;
        QTest::newRow("nominal: line ending on a word that needs the next")
            << makeBlock("Voters turn out in record numbers for", 1, 1, true, 37, true, false)
            << makeBlock("a school budget vote", 2, 2, true, 20, false, true) << true;
        QTest::newRow("nominal: capitals over small letters")
            << makeBlock("CITY COUNCIL APPROVES $2 BILLION TRANSIT PLAN", 1, 1, true, 45, true,
                         false)
            << makeBlock("Vote ends months of debate over bus routes and fares", 2, 2, true, 52,
                         false, true)
            << false;
        QTest::newRow("robustness: blank line between")
            << makeBlock("密云区总工会将启动“工会服务惠万家，职工欢乐过大年”活动", 303, 303, true,
                         54)
            << makeBlock("7000份新春年货将免费向职工发放", 305, 305, true, 30) << false;
    }

    void mergesWrappedDisplayLines() {
        QFETCH(Block, previous);
        QFETCH(Block, next);
        QFETCH(bool, continues);

        QCOMPARE(continuesDisplayLine(previous, next), continues);
    }

    void scoresSharedText_data() {
        QTest::addColumn<QString>("display");
        QTest::addColumn<QStringList>("owner");
        QTest::addColumn<QStringList>("other");
        QTest::addColumn<double>("least");

        QTest::newRow("nominal: name in headline and body")
            << "密云区总工会将启动“工会服务惠万家，职工欢乐过大年”活动"
            << QStringList{"记者昨天从密云区总工会获悉，1月9日起，2023年度“工会服务惠万家，"
                           "职工欢乐过大年”活动即将启动。"}
            << QStringList{"三里屯街道总工会为职工们发放了“暖冬礼包”。"} << 0.5;
        QTest::newRow("nominal: English headline in capitals")
            << "SNOWSTORM CLOSES SCHOOLS ACROSS THE REGION"
            << QStringList{"A fast-moving snowstorm dropped up to 10 inches of snow, closing "
                           "hundreds of schools."}
            << QStringList{"The D.C. Council voted to approve a plan that will redraw the "
                           "city's bus network."}
            << 0.3; // three of its five words, none of its word pairs
    }

    void scoresSharedText() {
        QFETCH(QString, display);
        QFETCH(QStringList, owner);
        QFETCH(QStringList, other);
        QFETCH(double, least);

        const double own = sharedTextScore(display, owner);
        const double foreign = sharedTextScore(display, other);
        QVERIFY2(own >= least, qPrintable(QString::number(own)));
        QVERIFY2(foreign < own / 3, qPrintable(QString("%1 vs %2").arg(foreign).arg(own)));
    }

    void matchesRunBetweenTwoArticles() {
        // The display lines between the 白莹 article (1) and the 赵思远 one (2):
        // the first headline and its deck describe 1, the next pair 2.
        const QList<QStringList> bodies{
            {"开展常态化送温暖活动、加大职工互助保险保障力度。"},
            {"1月5日上午，北京市总工会党组召开学习贯彻党的二十大精神研讨会暨2023年工作务虚会。",
             "为谱写全面建设社会主义现代化国家的北京篇章贡献力量。"},
            {"为深入学习贯彻党的二十大精神，海淀区总工会启动“迎两节、送温暖”系列专项走访慰问"
             "活动，预计惠及职工10万余人。",
             "海淀区总工会将走访慰问奋战在医疗救治一线医护人员；慰问“两节”期间值守干部职工；"
             "继续开展“将海淀温暖带回家”活动。"},
            {"记者昨天从密云区总工会获悉。"}};
        QList<DisplayLine> run;
        const QStringList texts{
            "北京市总工会党组召开学习贯彻党的二十大精神研讨会暨2023年工作务虚会",
            "全面贯彻落实党的二十大精神 为谱写全面建设社会主义现代化国家的北京篇章贡献工会力量",
            "海淀工会“两节”慰问将惠及10万余职工",
            "走访一线医务人员 慰问值守干部职工 开展“将温暖带回家”活动"};
        for (int i = 0; i < texts.size(); ++i)
            run.append(DisplayLine{texts.at(i), 204 + i, 204 + i, 1, 2, 1});

        HeadlineMatcher matcher(bodies);
        const QList<DisplayMatch> matches = matcher.match(run);
        QCOMPARE(matches.size(), 4);
        QCOMPARE(matches.at(0).article, 1);
        QCOMPARE(matches.at(1).article, 1);
        QCOMPARE(matches.at(2).article, 2);
        QCOMPARE(matches.at(3).article, 2);
        QCOMPARE(matches.at(0).runnerUp, 2);
        QCOMPARE(matches.at(2).runnerUp, 1);
        QVERIFY(matches.at(0).score > matches.at(0).runnerUpScore);
        QCOMPARE(matches.at(0).evidence,
                 QString("北京市总工会党组召开学习贯彻党的二十大精神研讨会暨2023年工作务虚会"));
    }

    void choosesHeadline_data() {
        QTest::addColumn<QStringList>("lines");
        QTest::addColumn<QList<int>>("sourceLines");
        QTest::addColumn<int>("headline");

        QTest::newRow("nominal: headline above its deck")
            << QStringList{"密云区总工会将启动“工会服务惠万家，职工欢乐过大年”活动",
                           "7000份新春年货将免费向职工发放"}
            << QList<int>{303, 305} << 0;
        QTest::newRow("nominal: kicker above the headline")
            << QStringList{"新春走基层", "除夕夜，他们守护城市的干净与平安"} << QList<int>{1, 2}
            << 1;
        QTest::newRow("nominal: deck set in clauses first")
            << QStringList{"走访一线医务人员 慰问值守干部职工",
                           "海淀工会“两节”慰问将惠及10万余职工"}
            << QList<int>{5, 9} << 1;
        QTest::newRow("nominal: capitals over small letters")
            << QStringList{"Vote ends months of debate", "CITY COUNCIL APPROVES TRANSIT PLAN"}
            << QList<int>{1, 2} << 1;
        QTest::newRow("robustness: one line")
            << QStringList{"三里屯街道工会表彰新就业形态劳动者"} << QList<int>{307} << 0;
    }

    void choosesHeadline() {
        QFETCH(QStringList, lines);
        QFETCH(QList<int>, sourceLines);
        QFETCH(int, headline);

        QList<DisplayLine> display;
        for (qsizetype i = 0; i < lines.size(); ++i)
            display.append(DisplayLine{lines.at(i), sourceLines.at(i), sourceLines.at(i), 0, 1, 1});
        QCOMPARE(chooseHeadline(display), headline);
    }

    void segmentsPage_data() {
        pagefixtures::addPageRows();
    }

    void segmentsPage() {
        QFETCH(QString, page);

        const QList<ArticleView> found = viewsOf(segmentArticles(pagefixtures::readBlocks(page)));
        const QList<ArticleView> expected = pagefixtures::readExpected(page);
        const pagefixtures::PageScore score = pagefixtures::scorePage(found, expected);
        qInfo("%s: articles %lld/%lld, headlines %d, decks %d, bylines %d, bodies %d",
              qPrintable(page), qlonglong(score.found), qlonglong(score.expected), score.headlines,
              score.decks, score.bylines, score.bodies);
        compareArticles(found, expected);
    }

    void keepsScoresAndRunnerUp() {
        const QList<ArticleDraft> articles =
            segmentArticles(pagefixtures::readBlocks("union-bulletin-zh"));
        const ArticleDraft *miyun =
            articleWithHeadline(articles, "密云区总工会将启动“工会服务惠万家，职工欢乐过大年”活动");
        QVERIFY(miyun);
        QCOMPARE(miyun->displays.size(), 2);
        const DisplayDraft &headline = miyun->displays.front();
        QVERIFY(headline.headline);
        QCOMPARE(headline.firstLine, 303);
        QVERIFY(headline.evidence.contains("密云区总工会"));
        // Its runner-up is the 三里屯 article, which follows it on the page.
        QCOMPARE(headline.runnerUp, 4);
        QVERIFY(headline.score > headline.runnerUpScore);
        QVERIFY(!miyun->displays.back().headline);
        // The article spans its body and the display lines after it.
        QCOMPARE(miyun->firstLine, 255);
        QCOMPARE(miyun->lastLine, 305);
    }

    void segmentsRobustly_data() {
        QTest::addColumn<QList<Block>>("blocks");
        QTest::addColumn<int>("articles");
        QTest::addColumn<QString>("firstHeadline");

        QTest::newRow("robustness: empty page") << QList<Block>{} << 0 << "";
        QTest::newRow("robustness: headlines and no text")
            << QList<Block>{makeBlock("昌平工会交出职工维权服务工作亮眼成绩单", 0, 0, true, 38)}
            << 1 << "昌平工会交出职工维权服务工作亮眼成绩单";
        QTest::newRow("robustness: text and no headline")
            << QList<Block>{makeBlock("同时，加大职工互助保障力度，为职工排忧解难。", 0, 3, false,
                                      30)}
            << 1 << "";
        QTest::newRow("robustness: credit line, headline, then text")
            << QList<Block>{makeBlock("本报记者 李明", 0, 0, true, 14),
                            makeBlock("除夕夜，他们守护城市的干净与平安", 2, 2, true, 34),
                            makeBlock("除夕夜的北京街头，灯笼高挂，年味正浓。", 4, 6, false, 30)}
            << 1 << "除夕夜，他们守护城市的干净与平安";
    }

    void segmentsRobustly() {
        QFETCH(QList<Block>, blocks);
        QFETCH(int, articles);
        QFETCH(QString, firstHeadline);

        RepairResult repair;
        repair.blocks = blocks;
        const QList<ArticleDraft> drafts = segmentArticles(repair);
        QCOMPARE(drafts.size(), articles);
        if (articles > 0)
            QCOMPARE(drafts.front().headline, firstHeadline);
    }
};

QTEST_GUILESS_MAIN(TestSegmentation)
#include "tst_segmentation.moc"
