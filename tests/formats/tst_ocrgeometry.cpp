// The OCR page structure and its geometry: line text from words and their
// gaps, the text built from the pages, columns found from line boxes, the
// geometric rules at line boundaries, and the reading order of blocks.
#include "text/geometry.h"
#include "text/geometryrepair.h"
#include "text/ocrpage.h"
#include "text/readingorder.h"
#include "text/repair.h"

#include <QTest>

using namespace galley::text;

namespace {

OcrWord word(const QString &text, const QRect &box = QRect(), double confidence = 90) {
    return OcrWord{text, box, confidence};
}

OcrLine line(const QRect &box, const QString &text = QStringLiteral("text")) {
    OcrLine line;
    line.box = box;
    line.words = {word(text, box)};
    return line;
}

OcrBlock block(const QList<OcrLine> &lines, bool vertical = false) {
    OcrBlock block;
    block.vertical = vertical;
    OcrParagraph paragraph;
    paragraph.lines = lines;
    QList<QRect> boxes;
    for (const OcrLine &l : lines)
        boxes.append(l.box);
    paragraph.box = unitedBoxes(boxes);
    block.box = paragraph.box;
    block.paragraphs = {paragraph};
    return block;
}

// Body lines 30 high on a 45 pitch, from y = 200.
QRect row(int left, int index, int width = 300) {
    return QRect(left, 200 + 45 * index, width, 30);
}

// Three columns at x 100, 460 and 820, each 300 wide:
//  source 0      headline over columns 1-2, type 60 high
//  source 2-10   column 1: indented start, full lines, a short line, an indented one
//  source 12-16  column 2: runs on from column 1, one paragraph starts indented
//                after a full line, the last line is short
//  source 18     a one-column headline, type 44 high, over column 3
//  source 19-23  column 3, its last line short
//  source 25     a line in body type set across columns 1-2
QList<OcrPage> threeColumnPage() {
    OcrPage page;
    page.size = QSize(1200, 1600);
    page.blocks.append(block({line(QRect(100, 100, 650, 60), "Headline")}));
    page.blocks.append(block({line(row(160, 0, 240)), line(row(100, 1)), line(row(100, 2)),
                              line(row(100, 3)), line(row(100, 4, 150)), line(row(160, 5, 240)),
                              line(row(100, 6)), line(row(100, 7)), line(row(100, 8))}));
    page.blocks.append(block({line(row(460, 0)), line(row(460, 1)), line(row(460, 2)),
                              line(row(520, 3, 240)), line(row(460, 4, 120))}));
    page.blocks.append(
        block({line(QRect(820, 130, 280, 44), "Second"), line(row(820, 0)), line(row(820, 1)),
               line(row(820, 2)), line(row(820, 3)), line(row(820, 4, 200))}));
    page.blocks.append(block({line(QRect(100, 1000, 650, 30), "Across")}));
    return {page};
}

QList<int> blockTops(const OcrPage &page) {
    QList<int> tops;
    for (const OcrBlock &b : page.blocks)
        tops.append(b.vertical ? b.box.right() : b.box.top() * 10000 + b.box.left());
    return tops;
}

} // namespace

class TestOcrGeometry : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void lineText_data() {
        QTest::addColumn<QList<OcrWord>>("words");
        QTest::addColumn<bool>("hyphenated");
        QTest::addColumn<QString>("expected");

        const QRect a(0, 0, 60, 30);
        QTest::newRow("nominal: Latin words join with a space")
            << QList<OcrWord>{word("The", a), word("council", QRect(70, 0, 140, 30))} << false
            << "The council";
        QTest::newRow("nominal: CJK words set close join without one")
            << QList<OcrWord>{word("工会", a), word("活动", QRect(64, 0, 60, 30))} << false
            << "工会活动";
        QTest::newRow("nominal: CJK words an em apart keep a space")
            << QList<OcrWord>{word("记者", a), word("周美玉", QRect(95, 0, 90, 30))} << false
            << "记者 周美玉";
        QTest::newRow("nominal: never a space beside full-width punctuation")
            << QList<OcrWord>{word("2022年，", QRect(0, 0, 120, 30)),
                              word("昌平区", QRect(160, 0, 90, 30))}
            << false << "2022年，昌平区";
        QTest::newRow("nominal: Latin set close to CJK joins")
            << QList<OcrWord>{word("使用", a), word("Python", QRect(66, 0, 100, 30))} << false
            << "使用Python";
        QTest::newRow("nominal: vertical words, gap measured down the line")
            << QList<OcrWord>{word("记者", QRect(0, 0, 30, 60)),
                              word("周美玉", QRect(0, 95, 30, 90))}
            << false << "记者 周美玉";
        QTest::newRow("robustness: without boxes CJK joins")
            << QList<OcrWord>{word("工会"), word("活动")} << false << "工会活动";
        QTest::newRow("robustness: without boxes Latin takes a space")
            << QList<OcrWord>{word("By"), word("JANE")} << false << "By JANE";
        QTest::newRow("robustness: empty words are skipped")
            << QList<OcrWord>{word("a", a), word("", a), word("b", QRect(70, 0, 10, 30))} << false
            << "a b";
        QTest::newRow("nominal: a hyphen the source marked ends the line")
            << QList<OcrWord>{word("coun", a)} << true << "coun-";
    }

    void lineText() {
        QFETCH(QList<OcrWord>, words);
        QFETCH(bool, hyphenated);
        QFETCH(QString, expected);
        OcrLine l;
        l.words = words;
        l.hyphenated = hyphenated;
        l.box = QRect(0, 0, 300, 30);
        for (const OcrWord &w : words) {
            if (w.box.height() > w.box.width() * 1.5)
                l.box = QRect(0, 0, 30, 300);
        }
        QCOMPARE(l.text(), expected);
    }

    void lineConfidenceIsItsWeakestWord() {
        OcrLine l;
        l.words = {word("a", QRect(), 91), word("b", QRect(), 47), word("c", QRect(), -1)};
        QCOMPARE(l.confidence(), 47.0);
        QVERIFY(l.words.at(1).isLowConfidence());
        QVERIFY(!l.words.at(2).isLowConfidence());
    }

    void textHasALinePerOcrLine() {
        OcrPage first;
        first.blocks = {block({line(row(0, 0), "a"), line(row(0, 1), "b")}),
                        block({line(row(400, 0), "c"), line(row(400, 1), " ")})};
        OcrPage second;
        second.blocks = {block({line(row(0, 0), "d")})};
        const OcrText text = ocrText({first, second});
        // Blank lines between blocks and pages; a line without text is left out.
        QCOMPARE(text.text, QString("a\nb\n\nc\n\nd"));
        const QList<OcrLineRef> expected = {{0, 0, 0, 0}, {0, 0, 0, 1}, {},
                                            {0, 1, 0, 0}, {},           {1, 0, 0, 0}};
        QCOMPARE(text.lines, expected);
        QCOMPARE(ocrLine({first, second}, text.lines.at(3))->text(), QString("c"));
        QCOMPARE(ocrLine({first, second}, text.lines.at(2)), nullptr);
    }

    void doubtfulWordsAreFoundInTheText() {
        // "The council" / "工会活动" with "council" and "活动" below the threshold.
        OcrLine first;
        first.box = QRect(0, 0, 300, 30);
        first.words = {word("The", QRect(0, 0, 60, 30), 95),
                       word("council", QRect(70, 0, 140, 30), 42)};
        OcrLine second;
        second.box = QRect(0, 45, 300, 30);
        second.words = {word("工会", QRect(0, 45, 60, 30), 91),
                        word("活动", QRect(64, 45, 60, 30), 12)};
        OcrPage page;
        page.blocks = {block({first}), block({second})};
        QCOMPARE(first.wordRanges(), (QList<std::pair<int, int>>{{0, 3}, {4, 7}}));
        QCOMPARE(second.wordRanges(), (QList<std::pair<int, int>>{{0, 2}, {2, 2}}));
        const QString text = ocrText({page}).text;
        QCOMPARE(text, QString("The council\n\n工会活动"));
        const QList<std::pair<qsizetype, qsizetype>> spans = lowConfidenceSpans({page});
        QCOMPARE(spans.size(), 2);
        QCOMPARE(text.mid(spans.at(0).first, spans.at(0).second - spans.at(0).first),
                 QString("council"));
        QCOMPARE(text.mid(spans.at(1).first, spans.at(1).second - spans.at(1).first),
                 QString("活动"));
    }

    void columnsAreFoundFromLineBoxes() {
        const Geometry geometry = geometryFromOcr(threeColumnPage());
        QCOMPARE(geometry.bodySize, 30.0);
        QCOMPARE(geometry.columns.size(), 3);
        QCOMPARE(geometry.columns.at(0).start, 100);
        QCOMPARE(geometry.columns.at(0).end, 400);
        QCOMPARE(geometry.columns.at(1).start, 460);
        QCOMPARE(geometry.columns.at(1).end, 760);
        QCOMPARE(geometry.columns.at(2).start, 820);
        QCOMPARE(geometry.columns.at(2).end, 1120);
        QCOMPARE(geometry.lines.size(), 26);
        QCOMPARE(geometry.lines.at(3).column, 0);
        QCOMPARE(geometry.lines.at(13).column, 1);
        QCOMPARE(geometry.lines.at(21).column, 2);
        QVERIFY(!geometry.lines.at(1).isKnown());
    }

    void rulesReadThePage_data() {
        QTest::addColumn<int>("line");
        QTest::addColumn<bool>("shortOfColumn");
        QTest::addColumn<bool>("indented");
        QTest::addColumn<bool>("largerType");
        QTest::addColumn<bool>("acrossColumns");

        QTest::newRow("nominal: headline over two columns") << 0 << false << false << true << true;
        QTest::newRow("nominal: indented first line") << 2 << false << true << false << false;
        QTest::newRow("nominal: full line") << 3 << false << false << false << false;
        QTest::newRow("nominal: short last line") << 6 << true << false << false << false;
        QTest::newRow("nominal: one-column headline") << 18 << false << false << true << false;
        QTest::newRow("nominal: body type across columns") << 25 << false << false << false << true;
        QTest::newRow("robustness: blank line") << 1 << false << false << false << false;
    }

    void rulesReadThePage() {
        QFETCH(int, line);
        QFETCH(bool, shortOfColumn);
        QFETCH(bool, indented);
        QFETCH(bool, largerType);
        QFETCH(bool, acrossColumns);
        const Geometry geometry = geometryFromOcr(threeColumnPage());
        QCOMPARE(endsShortOfColumn(geometry, line), shortOfColumn);
        QCOMPARE(startsIndented(geometry, line), indented);
        QCOMPARE(isLargerType(geometry, line), largerType);
        QCOMPARE(spansColumns(geometry, line), acrossColumns);
        QCOMPARE(isDisplayLine(geometry, line), largerType || acrossColumns);
    }

    void boundaries_data() {
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("next");
        QTest::addColumn<int>("verdict");
        QTest::addColumn<QString>("rule");

        QTest::newRow("nominal: headline above its body")
            << 0 << 2 << int(GeometryVerdict::BlockBreak) << "geometry.display-size";
        QTest::newRow("nominal: a full line runs on")
            << 2 << 3 << int(GeometryVerdict::Join) << "geometry.full-line";
        QTest::newRow("nominal: a short line ends its paragraph")
            << 6 << 7 << int(GeometryVerdict::ParagraphBreak) << "geometry.short-line";
        QTest::newRow("nominal: column change is a column break, not a paragraph break")
            << 10 << 12 << int(GeometryVerdict::Join) << "geometry.column-change";
        QTest::newRow("nominal: an indent after a full line starts a paragraph")
            << 14 << 15 << int(GeometryVerdict::ParagraphBreak) << "geometry.indent";
        QTest::newRow("nominal: body before a one-column headline")
            << 16 << 18 << int(GeometryVerdict::BlockBreak) << "geometry.display-size";
        QTest::newRow("nominal: a body-type line across columns")
            << 23 << 25 << int(GeometryVerdict::BlockBreak) << "geometry.spans-columns";
        QTest::newRow("robustness: a blank line has no geometry")
            << 0 << 1 << int(GeometryVerdict::Unknown) << "";
        QTest::newRow("robustness: beyond the text")
            << 25 << 40 << int(GeometryVerdict::Unknown) << "";
    }

    void boundaries() {
        QFETCH(int, line);
        QFETCH(int, next);
        QFETCH(int, verdict);
        QFETCH(QString, rule);
        const GeometryDecision decision =
            decideBoundary(geometryFromOcr(threeColumnPage()), line, next);
        QCOMPARE(int(decision.verdict), verdict);
        QCOMPARE(QString(geometryRuleId(decision.rule)), rule);
    }

    void displaySidesAreMarked() {
        const Geometry geometry = geometryFromOcr(threeColumnPage());
        const GeometryDecision before = decideBoundary(geometry, 0, 2);
        QVERIFY(before.displayBefore && !before.displayAfter);
        const GeometryDecision after = decideBoundary(geometry, 16, 18);
        QVERIFY(!after.displayBefore && after.displayAfter);
        QVERIFY(changesColumn(geometry, 10, 12));
        QVERIFY(!changesColumn(geometry, 2, 3));
    }

    void pieceOfALineIsNotAColumn() {
        // OCR cut two lines of column 1 at a wide space; their right halves
        // start mid-column and must not be taken for a column of their own.
        QList<OcrPage> pages = threeColumnPage();
        pages[0].blocks.append(
            block({line(QRect(300, 245, 100, 30)), line(QRect(300, 290, 100, 30))}));
        const Geometry geometry = geometryFromOcr(pages);
        QCOMPARE(geometry.columns.size(), 3);
    }

    void verticalTextHasBands() {
        // Two vertical lines 300 high, right to left; the second stops short.
        OcrPage page;
        page.blocks = {block({line(QRect(800, 100, 40, 300)), line(QRect(740, 100, 40, 300)),
                              line(QRect(680, 100, 40, 180))},
                             true)};
        const Geometry geometry = geometryFromOcr({page});
        QCOMPARE(geometry.columns.size(), 1);
        QCOMPARE(geometry.columns.at(0).start, 100);
        QCOMPARE(geometry.columns.at(0).end, 400);
        QVERIFY(!endsShortOfColumn(geometry, 0));
        QVERIFY(endsShortOfColumn(geometry, 2));
        QCOMPARE(decideBoundary(geometry, 0, 1).rule, GeometryRule::FullLine);
    }

    void repairFollowsTheGeometry_data() {
        QTest::addColumn<int>("boundary"); // the source line before it
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("rule");

        QTest::newRow("nominal: a headline in larger type stands apart") << 0 << "block"
                                                                         << "geometry.display-size";
        QTest::newRow("nominal: a full line runs on") << 2 << "join"
                                                      << "geometry.full-line";
        QTest::newRow("nominal: a line short of the column ends a paragraph, punctuation or not")
            << 3 << "paragraph"
            << "geometry.short-line";
        QTest::newRow("nominal: a sentence end at the column's foot runs on into the next column")
            << 5 << "join"
            << "geometry.column-change";
        QTest::newRow("nominal: a byline the text shows still breaks") << 7 << "paragraph"
                                                                       << "byline.start";
    }

    void repairFollowsTheGeometry() {
        QFETCH(int, boundary);
        QFETCH(QString, kind);
        QFETCH(QString, rule);

        // source 0: headline; 2-5: column 1 (3 stops short, 5 ends a sentence
        // at the column's edge); 7-8: column 2, the second line a byline.
        OcrPage page;
        page.blocks = {
            block({line(QRect(100, 100, 650, 60), "标题在此")}),
            block({line(row(100, 0), "甲乙丙丁戊己庚辛壬"), line(row(100, 1, 150), "子丑寅卯"),
                   line(row(100, 2), "天地玄黄宇宙洪荒日"),
                   line(row(100, 3), "盈昃辰宿列张寒来。")}),
            block({line(row(460, 0), "秋收冬藏闰余成岁律"), line(row(460, 1), "本报讯记者周美玉报"),
                   line(row(460, 2), "道云腾致雨露结为霜")})};
        const QList<OcrPage> pages{page};
        const OcrText text = ocrText(pages);
        const Geometry geometry = geometryFromOcr(pages);
        RepairOptions options;
        options.language = Language::Chinese;
        options.geometry = &geometry;
        const RepairResult repair = repairText(text.text, options);

        const QStringList lines = text.text.split('\n');
        qsizetype end = 0;
        for (int i = 0; i <= boundary; ++i)
            end += lines.at(i).size() + (i < boundary ? 1 : 0);
        const qsizetype index = decisionAt(repair.decisions, end);
        QVERIFY(index >= 0);
        const Decision &decision = repair.decisions.at(index);
        QVERIFY(decision.isBoundary());
        QCOMPARE(QString(kindId(decision.kind)), kind);
        QCOMPARE(QString(ruleId(decision.rule)), rule);
    }

    void withoutGeometryTheTextDecides() {
        // The same boundary as "a sentence end at the column's foot", read as
        // plain text: a blank line after a sentence end is a paragraph break.
        const RepairResult repair =
            repairText(QStringLiteral("盈昃辰宿列张寒来。\n\n秋收冬藏闰余成岁律"));
        QCOMPARE(repair.decisions.size(), 1);
        QCOMPARE(repair.decisions.at(0).kind, DecisionKind::ParagraphBreak);
        QCOMPARE(QString(ruleId(repair.decisions.at(0).rule)), QString("blank.sentence-end"));
    }

    void blocksAreOrdered_data() {
        QTest::addColumn<QList<OcrBlock>>("blocks");
        QTest::addColumn<QList<int>>("expectedTops");

        // Tesseract cuts columns where their lines line up and lists the
        // pieces row by row.
        const OcrBlock a1 = block({line(row(100, 0)), line(row(100, 1))});
        const OcrBlock b1 = block({line(row(460, 0)), line(row(460, 1))});
        const OcrBlock a2 = block({line(row(100, 2))});
        const OcrBlock b2 = block({line(row(460, 2))});
        const OcrBlock a3 = block({line(row(100, 3)), line(row(100, 4))});
        const OcrBlock b3 = block({line(row(460, 3))});
        QTest::newRow("nominal: pieces of two columns listed row by row")
            << QList<OcrBlock>{a1, b1, a2, b2, a3, b3}
            << QList<int>{blockTops(OcrPage{{}, {}, 0, {a1, a2, a3, b1, b2, b3}})};

        const OcrBlock headline = block({line(QRect(100, 100, 650, 60))});
        const OcrBlock third = block({line(row(820, 0)), line(row(820, 1))});
        const OcrBlock thirdHeadline = block({line(QRect(820, 100, 280, 44))});
        QTest::newRow("nominal: headline over two columns, a third column beside")
            << QList<OcrBlock>{third, a3, headline, thirdHeadline, a1, b1}
            << QList<int>{
                   blockTops(OcrPage{{}, {}, 0, {headline, a1, a3, b1, thirdHeadline, third}})};

        const OcrBlock topRight = block({line(QRect(800, 100, 40, 300))}, true);
        const OcrBlock topLeft = block({line(QRect(600, 100, 40, 300))}, true);
        const OcrBlock bottom = block({line(QRect(800, 500, 40, 300))}, true);
        QTest::newRow("nominal: vertical text, bands down the page, lines right to left")
            << QList<OcrBlock>{bottom, topLeft, topRight}
            << QList<int>{blockTops(OcrPage{{}, {}, 0, {topRight, topLeft, bottom}})};
    }

    void blocksAreOrdered() {
        QFETCH(QList<OcrBlock>, blocks);
        QFETCH(QList<int>, expectedTops);
        OcrPage page;
        page.blocks = blocks;
        orderBlocks(page);
        QCOMPARE(blockTops(page), expectedTops);
    }

    void piecesOfAColumnAreJoined() {
        OcrPage page;
        page.blocks = {block({line(row(100, 0)), line(row(100, 1))}), block({line(row(100, 2))}),
                       block({line(row(460, 0))}),
                       // A headline in bigger type below stays a block of its own.
                       block({line(QRect(460, 250, 300, 50))})};
        mergeColumnBlocks(page);
        QCOMPARE(page.blocks.size(), 3);
        QCOMPARE(page.blocks.at(0).box, QRect(100, 200, 300, 120));
        QCOMPARE(page.blocks.at(0).paragraphs.size(), 2);
    }

    void piecesOfALineGoBack() {
        OcrPage page;
        OcrLine cut = line(row(100, 1, 120));
        cut.words = {word("said", QRect(100, 245, 50, 30)), word("the", QRect(170, 245, 50, 30))};
        page.blocks = {block({line(row(100, 0), "Officials"), cut, line(row(100, 2), "would")}),
                       block({line(QRect(350, 246, 50, 28), "drive")})};
        mergeLineFragments(page);
        QCOMPARE(page.blocks.size(), 1);
        const OcrLine &joined = page.blocks.at(0).paragraphs.at(0).lines.at(1);
        QCOMPARE(joined.text(), QString("said the drive"));
        QCOMPARE(joined.box, QRect(100, 245, 300, 30));
    }
};

QTEST_GUILESS_MAIN(TestOcrGeometry)
#include "tst_ocrgeometry.moc"
