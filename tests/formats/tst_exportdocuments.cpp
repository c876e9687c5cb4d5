// The word-processor and web exports read back part by part: DOCX and ODT
// packages hold well-formed parts that name each other, every paragraph in
// order in its Kicker, Headline, Deck, Byline or Body Text style, and text that
// comes back as it was written (<&> escaped, runs of spaces kept); HTML is
// semantic and escaped; Markdown escapes whatever it would otherwise read as
// markup. A kicker stands above its headline, in smaller type.
#include "formats/docxwriter.h"
#include "formats/htmlwriter.h"
#include "formats/markdownwriter.h"
#include "formats/odtwriter.h"

#include <QBuffer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <zip.h>

using namespace galley;

namespace {

const QString wordNs = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const QString textNs = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
const QString styleNs = "urn:oasis:names:tc:opendocument:xmlns:style:1.0";

// A paragraph as a reader of the file finds it: its element, style and text.
struct Block {
    QString style;
    QString text;
    friend bool operator==(const Block &, const Block &) = default;
};

char *toString(const Block &block)
{
    return QTest::toString(QString(block.style + ": " + block.text));
}

Bulletin pageWithSpecials()
{
    Bulletin page;
    page.language = text::Language::Chinese;
    Article first;
    first.headline = "工会<通讯> & 快报";
    first.deck = "副题：“两节”慰问";
    first.byline = "本报讯（记者 赵思远）";
    first.paragraphs = {"为深入学习贯彻党的二十大精神。",
                        "据了解，*重点* 与 _要求_  两个空格 [链接](x) #1"};
    Article second;
    second.headline = "Second & last";
    second.paragraphs = {"1. Not a list", "  leading spaces\tand a tab "};
    page.articles = {first, second};
    return page;
}

// One article with a kicker over its headline, and one without.
Bulletin pageWithKicker()
{
    Bulletin page;
    page.language = text::Language::Chinese;
    Article first;
    first.kicker = "迎新春 <送温暖>";
    first.headline = "海淀工会“两节”慰问将惠及10万余职工";
    first.deck = "走访一线医务人员";
    first.paragraphs = {"为深入学习贯彻党的二十大精神。"};
    Article second;
    second.headline = "没有引题的文章";
    second.paragraphs = {"正文。"};
    page.articles = {first, second};
    return page;
}

// Every paragraph of pageWithSpecials() in reading order, with the style it must carry.
QList<Block> expectedBlocks(const QString &bodyStyle)
{
    return {{"Headline", "工会<通讯> & 快报"},
            {"Deck", "副题：“两节”慰问"},
            {"Byline", "本报讯（记者 赵思远）"},
            {bodyStyle, "为深入学习贯彻党的二十大精神。"},
            {bodyStyle, "据了解，*重点* 与 _要求_  两个空格 [链接](x) #1"},
            {"Headline", "Second & last"},
            {bodyStyle, "1. Not a list"},
            {bodyStyle, "  leading spaces\tand a tab "}};
}

QByteArray written(BulletinWriter &writer, const Bulletin &page)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    if (!writer.write(page, buffer))
        qFatal("write failed: %s", qPrintable(writer.errorString()));
    return buffer.data();
}

struct ZipEntry {
    QString name;
    QByteArray data;
    bool stored = false; // not compressed
};

QList<ZipEntry> unzip(const QByteArray &archive)
{
    QList<ZipEntry> entries;
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t *source = zip_source_buffer_create(archive.constData(), zip_uint64_t(archive.size()), 0, &error);
    zip_t *zip = source ? zip_open_from_source(source, ZIP_RDONLY | ZIP_CHECKCONS, &error) : nullptr;
    if (!zip) {
        zip_source_free(source);
        zip_error_fini(&error);
        return entries;
    }
    for (zip_int64_t i = 0; i < zip_get_num_entries(zip, 0); ++i) {
        zip_stat_t stat;
        zip_stat_index(zip, zip_uint64_t(i), 0, &stat);
        ZipEntry entry{QString::fromUtf8(stat.name), QByteArray(qsizetype(stat.size), '\0'),
                       stat.comp_method == ZIP_CM_STORE};
        zip_file_t *file = zip_fopen_index(zip, zip_uint64_t(i), 0);
        zip_fread(file, entry.data.data(), stat.size);
        zip_fclose(file);
        entries.append(entry);
    }
    zip_close(zip);
    zip_error_fini(&error);
    return entries;
}

QByteArray entry(const QList<ZipEntry> &entries, const QString &name)
{
    for (const ZipEntry &e : entries) {
        if (e.name == name)
            return e.data;
    }
    return {};
}

QString xmlError(const QByteArray &xml)
{
    QXmlStreamReader reader(xml);
    while (!reader.atEnd())
        reader.readNext();
    return reader.hasError() ? reader.errorString() : QString();
}

// The paragraphs of word/document.xml.
QList<Block> docxBlocks(const QByteArray &xml)
{
    QList<Block> blocks;
    QXmlStreamReader reader(xml);
    while (reader.readNextStartElement() || !reader.atEnd()) {
        if (!reader.isStartElement() || reader.namespaceUri() != wordNs)
            continue;
        if (reader.name() == u"p")
            blocks.append(Block{});
        else if (reader.name() == u"pStyle")
            blocks.last().style = reader.attributes().value(wordNs, "val").toString();
        else if (reader.name() == u"t")
            blocks.last().text += reader.readElementText();
        else if (reader.name() == u"tab" && !blocks.isEmpty())
            blocks.last().text += '\t';
    }
    return blocks;
}

// The paragraphs and headings of content.xml, with ODF's space elements
// expanded, each with its named style (the parent of an automatic one).
QList<Block> odtBlocks(const QByteArray &xml, QList<int> *outlineLevels)
{
    QList<Block> blocks;
    QHash<QString, QString> parents; // automatic style -> the named style it is based on
    QXmlStreamReader reader(xml);
    int depth = 0;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement() && reader.namespaceUri() == styleNs && reader.name() == u"style") {
            parents.insert(reader.attributes().value(styleNs, "name").toString(),
                           reader.attributes().value(styleNs, "parent-style-name").toString());
        } else if (reader.isStartElement() && reader.namespaceUri() == textNs) {
            if (reader.name() == u"p" || reader.name() == u"h") {
                const QString style = reader.attributes().value(textNs, "style-name").toString();
                blocks.append({parents.value(style, style), {}});
                outlineLevels->append(reader.attributes().value(textNs, "outline-level").toInt());
                depth = 1;
            } else if (reader.name() == u"s") {
                const int count = reader.attributes().hasAttribute(textNs, "c")
                                      ? reader.attributes().value(textNs, "c").toInt()
                                      : 1;
                blocks.last().text += QString(count, ' ');
            } else if (reader.name() == u"tab") {
                blocks.last().text += '\t';
            }
        } else if (reader.isCharacters() && depth > 0) {
            // ODF collapses white space in text: a run of spaces counts as one.
            blocks.last().text += reader.text().toString().replace(QRegularExpression(" {2,}"), " ");
        } else if (reader.isEndElement() && reader.namespaceUri() == textNs &&
                   (reader.name() == u"p" || reader.name() == u"h")) {
            depth = 0;
        }
    }
    return blocks;
}

QString htmlUnescaped(QString text)
{
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&amp;", "&");
}

QString findOffice()
{
    for (const char *name : {"soffice", "libreoffice"}) {
        const QString path = QStandardPaths::findExecutable(QString::fromLatin1(name));
        if (!path.isEmpty())
            return path;
    }
    return {};
}

} // namespace

class TestExportDocuments : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void docxPackageIsComplete()
    {
        DocxWriter writer;
        const QList<ZipEntry> entries = unzip(written(writer, pageWithSpecials()));
        QStringList names;
        for (const ZipEntry &e : entries) {
            names.append(e.name);
            QVERIFY2(xmlError(e.data).isEmpty(), qPrintable(e.name + ": " + xmlError(e.data)));
        }
        QCOMPARE(names.value(0), QString("[Content_Types].xml"));
        names.sort();
        QCOMPARE(names, (QStringList{"[Content_Types].xml", "_rels/.rels", "docProps/app.xml",
                                     "docProps/core.xml", "word/_rels/document.xml.rels",
                                     "word/document.xml", "word/settings.xml", "word/styles.xml"}));

        const QString types = QString::fromUtf8(entry(entries, "[Content_Types].xml"));
        QVERIFY(types.contains(
            "<Override PartName=\"/word/document.xml\" ContentType=\"application/"
            "vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"));
        QVERIFY(types.contains("PartName=\"/word/styles.xml\""));
        // The relationships point at parts the package has.
        const QRegularExpression target("Target=\"([^\"]+)\"");
        for (const auto &[rels, base] : {std::pair{"_rels/.rels", ""},
                                         std::pair{"word/_rels/document.xml.rels", "word/"}}) {
            auto matches = target.globalMatch(QString::fromUtf8(entry(entries, QString::fromLatin1(rels))));
            int count = 0;
            while (matches.hasNext()) {
                const QString part = QString::fromLatin1(base) + matches.next().captured(1);
                QVERIFY2(names.contains(part), qPrintable(part));
                ++count;
            }
            QVERIFY(count >= 2);
        }
    }

    void docxParagraphsCarryTheirStyles()
    {
        DocxWriter writer;
        const QList<ZipEntry> entries = unzip(written(writer, pageWithSpecials()));
        const QByteArray document = entry(entries, "word/document.xml");
        QCOMPARE(docxBlocks(document), expectedBlocks("BodyText"));
        QVERIFY(document.contains("工会&lt;通讯&gt; &amp; 快报"));
        // A4 in twentieths of a point, two centimetres of side margin.
        QVERIFY(document.contains("<w:pgSz w:w=\"11906\" w:h=\"16838\"/>"));
        QVERIFY(document.contains("w:left=\"1134\""));
    }

    void docxStylesAreNamedAndShaped()
    {
        DocxWriter writer;
        const QString styles =
            QString::fromUtf8(entry(unzip(written(writer, pageWithSpecials())), "word/styles.xml"));
        const QList<std::pair<QString, QString>> named{
            {"Headline", "Headline"}, {"Deck", "Deck"}, {"Byline", "Byline"}, {"BodyText", "Body Text"}};
        for (const auto &[id, name] : named) {
            const QString style = QString("<w:style w:type=\"paragraph\" w:styleId=\"%1\">"
                                          "<w:name w:val=\"%2\"/>")
                                      .arg(id, name);
            QVERIFY2(styles.contains(style), qPrintable(id));
        }
        const QString headline = styles.section("w:styleId=\"Headline\"", 1).section("</w:style>", 0, 0);
        QVERIFY(headline.contains("<w:outlineLvl w:val=\"0\"/>"));
        QVERIFY(headline.contains("<w:b/>"));
        QVERIFY(headline.contains("<w:sz w:val=\"36\"/>")); // 1.7 x 10.5 pt, in half points
        QVERIFY(headline.contains("w:eastAsia=\"Noto Sans CJK SC\""));
        const QString body = styles.section("w:styleId=\"BodyText\"", 1).section("</w:style>", 0, 0);
        // Two characters of first-line indent: 200 hundredths of a character, 420 twips.
        QVERIFY(body.contains("<w:ind w:firstLineChars=\"200\" w:firstLine=\"420\"/>"));
        QVERIFY(body.contains("<w:jc w:val=\"both\"/>"));
        QVERIFY(styles.contains("w:eastAsia=\"Noto Serif CJK SC\""));
        QVERIFY(styles.contains("w:eastAsia=\"zh-CN\""));
    }

    void docxKickerStandsAboveItsHeadline()
    {
        DocxWriter writer;
        const QList<ZipEntry> entries = unzip(written(writer, pageWithKicker()));
        QCOMPARE(docxBlocks(entry(entries, "word/document.xml")),
                 (QList<Block>{{"Kicker", "迎新春 <送温暖>"},
                               {"HeadlineUnderKicker", "海淀工会“两节”慰问将惠及10万余职工"},
                               {"Deck", "走访一线医务人员"},
                               {"BodyText", "为深入学习贯彻党的二十大精神。"},
                               {"Headline", "没有引题的文章"},
                               {"BodyText", "正文。"}}));
        const QString styles = QString::fromUtf8(entry(entries, "word/styles.xml"));
        auto style = [&styles](const QString &id) {
            return styles.section(QString("w:styleId=\"%1\"").arg(id), 1)
                .section("</w:style>", 0, 0);
        };
        const QString kicker = style("Kicker");
        QVERIFY(kicker.contains("<w:name w:val=\"Kicker\"/>"));
        QVERIFY(kicker.contains("<w:next w:val=\"Headline\"/>"));
        // 1.2 x 10.5 pt in half points: smaller than the headline's 36.
        QVERIFY(kicker.contains("<w:sz w:val=\"25\"/>"));
        QVERIFY(kicker.contains("<w:jc w:val=\"center\"/>"));
        QVERIFY(!kicker.contains("<w:outlineLvl")); // not a heading of its own
        const QString under = style("HeadlineUnderKicker");
        QVERIFY(under.contains("<w:name w:val=\"Headline under Kicker\"/>"));
        QVERIFY(under.contains("<w:spacing w:before=\"0\""));
        QVERIFY(under.contains("<w:sz w:val=\"36\"/>"));
        QVERIFY(under.contains("<w:outlineLvl w:val=\"0\"/>"));
        QVERIFY(style("Headline").contains("<w:spacing w:before=\"420\""));
    }

    void odtKickerStandsAboveItsHeadline()
    {
        OdtWriter writer;
        const QList<ZipEntry> entries = unzip(written(writer, pageWithKicker()));
        QList<int> levels;
        QCOMPARE(odtBlocks(entry(entries, "content.xml"), &levels),
                 (QList<Block>{{"Kicker", "迎新春 <送温暖>"},
                               {"Headline_20_under_20_Kicker", "海淀工会“两节”慰问将惠及10万余职工"},
                               {"Deck", "走访一线医务人员"},
                               {"Body_20_Text", "为深入学习贯彻党的二十大精神。"},
                               {"Headline", "没有引题的文章"},
                               {"Body_20_Text", "正文。"}}));
        // The kicker is a paragraph; the headline under it is still the heading.
        QCOMPARE(levels, (QList<int>{0, 1, 0, 0, 1, 0}));
        const QString styles = QString::fromUtf8(entry(entries, "styles.xml"));
        const QString kicker =
            styles.section("style:name=\"Kicker\"", 1).section("</style:style>", 0, 0);
        QVERIFY(kicker.contains("fo:font-size=\"12.60pt\"")); // the headline's is 17.85pt
        QVERIFY(kicker.contains("fo:text-align=\"center\""));
        QVERIFY(kicker.contains("style:next-style-name=\"Headline\""));
        const QString under = styles.section("style:name=\"Headline_20_under_20_Kicker\"", 1)
                                  .section("</style:style>", 0, 0);
        QVERIFY(under.contains("style:display-name=\"Headline under Kicker\""));
        QVERIFY(under.contains("style:parent-style-name=\"Headline\""));
        QVERIFY(under.contains("fo:margin-top=\"0.00pt\""));
    }

    void htmlKickerOpensTheHeader()
    {
        const QString html = HtmlWriter::toHtml(pageWithKicker());
        QVERIFY(html.contains("<header>\n<p class=\"kicker\">迎新春 &lt;送温暖&gt;</p>\n"
                              "<h1>海淀工会“两节”慰问将惠及10万余职工</h1>\n"
                              "<p class=\"deck\">走访一线医务人员</p>\n</header>"));
        QVERIFY(html.contains("<header>\n<h1>没有引题的文章</h1>"));
        QCOMPARE(html.count("class=\"kicker\""), 1);
        QVERIFY(html.contains(".kicker { font-size: 1.2em;"));
    }

    void odtPackageIsComplete()
    {
        OdtWriter writer;
        const QByteArray archive = written(writer, pageWithSpecials());
        const QList<ZipEntry> entries = unzip(archive);
        QVERIFY(!entries.isEmpty());
        // ODF: "mimetype" first and stored, so its type reads at byte 38 of the file.
        QCOMPARE(entries.constFirst().name, QString("mimetype"));
        QVERIFY(entries.constFirst().stored);
        QCOMPARE(archive.mid(30, 8), QByteArray("mimetype"));
        QCOMPARE(archive.mid(38, 39), QByteArray("application/vnd.oasis.opendocument.text"));
        for (const ZipEntry &e : entries) {
            if (e.name != "mimetype")
                QVERIFY2(xmlError(e.data).isEmpty(), qPrintable(e.name + ": " + xmlError(e.data)));
        }
        const QString manifest = QString::fromUtf8(entry(entries, "META-INF/manifest.xml"));
        for (const QString &part : QStringList{"content.xml", "styles.xml", "meta.xml"}) {
            QVERIFY2(manifest.contains(QString("manifest:full-path=\"%1\"").arg(part)), qPrintable(part));
            QVERIFY(!entry(entries, part).isEmpty());
        }
        QVERIFY(manifest.contains("manifest:full-path=\"/\" manifest:version=\"1.3\" "
                                  "manifest:media-type=\"application/vnd.oasis.opendocument.text\""));
    }

    void odtParagraphsCarryTheirStyles()
    {
        OdtWriter writer;
        const QList<ZipEntry> entries = unzip(written(writer, pageWithSpecials()));
        const QByteArray content = entry(entries, "content.xml");
        QList<int> levels;
        QCOMPARE(odtBlocks(content, &levels), expectedBlocks("Body_20_Text"));
        // Headlines are headings at outline level 1; nothing else is.
        QCOMPARE(levels, (QList<int>{1, 0, 0, 0, 0, 1, 0, 0}));
        QVERIFY(content.contains("<text:h text:style-name=\"Headline\" text:outline-level=\"1\">"));
        QVERIFY(content.contains("工会&lt;通讯&gt; &amp; 快报"));

        const QString styles = QString::fromUtf8(entry(entries, "styles.xml"));
        QVERIFY(styles.contains("style:name=\"Headline\" style:display-name=\"Headline\" "
                                "style:family=\"paragraph\""));
        QVERIFY(styles.contains("style:default-outline-level=\"1\""));
        QVERIFY(styles.contains("style:name=\"Body_20_Text\" style:display-name=\"Body Text\""));
        QVERIFY(styles.contains("fo:text-indent=\"21.00pt\"")); // two characters of 10.5 pt
        QVERIFY(styles.contains("style:font-name-asian=\"Noto Serif CJK SC\""));
        QVERIFY(styles.contains("style:language-asian=\"zh\" style:country-asian=\"CN\""));
    }

    // LibreOffice, when installed, opens both packages and keeps the styles.
    void libreOfficeOpensThePackages_data()
    {
        QTest::addColumn<QString>("format");
        QTest::newRow("nominal: docx") << "docx";
        QTest::newRow("nominal: odt") << "odt";
    }

    void libreOfficeOpensThePackages()
    {
        QFETCH(QString, format);
        const QString office = findOffice();
        if (office.isEmpty())
            QSKIP("LibreOffice is not installed; the package structure is checked above");
        QTemporaryDir dir;
        std::unique_ptr<BulletinWriter> writer;
        if (format == "docx")
            writer = std::make_unique<DocxWriter>();
        else
            writer = std::make_unique<OdtWriter>();
        QFile file(dir.filePath("page." + format));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(written(*writer, pageWithSpecials()));
        file.close();

        // To ODT (from DOCX) or to Word (from ODT), and back to ODT to read the styles.
        const QString via = format == "docx" ? QString("odt") : QString("docx");
        QProcess process;
        process.setWorkingDirectory(dir.path());
        const QStringList common{"--headless", "-env:UserInstallation=file://" + dir.filePath("profile")};
        process.start(office, common + QStringList{"--convert-to", via, "--outdir", dir.filePath("via"), file.fileName()});
        QVERIFY(process.waitForFinished(180000));
        const QString converted = dir.filePath("via/page." + via);
        QVERIFY2(QFile::exists(converted), process.readAllStandardError().constData());
        QString odt = converted;
        if (via == "docx") {
            process.start(office, common + QStringList{"--convert-to", "odt", "--outdir", dir.filePath("back"), converted});
            QVERIFY(process.waitForFinished(180000));
            odt = dir.filePath("back/page.odt");
        }
        QFile result(odt);
        QVERIFY(result.open(QIODevice::ReadOnly));
        const QList<ZipEntry> entries = unzip(result.readAll());
        QList<int> levels;
        const QList<Block> blocks = odtBlocks(entry(entries, "content.xml"), &levels);
        QStringList texts;
        for (const Block &block : blocks)
            texts.append(block.text);
        QStringList expected;
        for (const Block &block : expectedBlocks(QString()))
            expected.append(block.text);
        QCOMPARE(texts, expected);
        QCOMPARE(blocks.constFirst().style, QString("Headline"));
        QCOMPARE(levels.constFirst(), 1);
    }

    void htmlIsSemanticAndEscaped()
    {
        const QString html = HtmlWriter::toHtml(pageWithSpecials());
        QVERIFY(html.startsWith("<!DOCTYPE html>\n<html lang=\"zh-Hans\">"));
        QVERIFY(html.contains("<title>工会&lt;通讯&gt; &amp; 快报</title>"));
        QCOMPARE(html.count("<article>"), 2);
        QCOMPARE(html.count("</article>"), 2);

        QList<Block> blocks;
        const QRegularExpression element("<(h1|p)(?: class=\"(deck|byline)\")?>(.*?)</\\1>");
        auto matches = element.globalMatch(html.section("<body>", 1));
        while (matches.hasNext()) {
            const QRegularExpressionMatch match = matches.next();
            QString style = "Body";
            if (match.captured(1) == "h1")
                style = "Headline";
            else if (!match.captured(2).isEmpty())
                style = match.captured(2) == "deck" ? QString("Deck") : QString("Byline");
            QVERIFY2(!match.captured(3).contains('<') && !match.captured(3).contains('>'),
                     qPrintable(match.captured(3)));
            blocks.append({style, htmlUnescaped(match.captured(3))});
        }
        QCOMPARE(blocks, expectedBlocks("Body"));
        QVERIFY(html.contains("<header>\n<h1>工会&lt;通讯&gt; &amp; 快报</h1>\n<p class=\"deck\">"));
    }

    void markdownEscapes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("markdown");

        QTest::newRow("nominal: Chinese text is left alone") << "本报讯（记者 周美玉）开展“两节”活动" << "本报讯（记者 周美玉）开展“两节”活动";
        QTest::newRow("nominal: emphasis") << "*重点* and _要求_" << "\\*重点\\* and \\_要求\\_";
        QTest::newRow("nominal: heading sign") << "# not a heading, C#" << "\\# not a heading, C\\#";
        QTest::newRow("nominal: ordered list") << "1. Not a list" << "1\\. Not a list";
        QTest::newRow("nominal: ordered list with parenthesis") << "2022) year" << "2022\\) year";
        QTest::newRow("nominal: bullet") << "- item" << "\\- item";
        QTest::newRow("nominal: plus bullet") << "+ item" << "\\+ item";
        QTest::newRow("nominal: quote") << "> quoted" << "\\> quoted";
        QTest::newRow("nominal: html and entities") << "<b>&amp;</b>" << "\\<b\\>\\&amp;\\</b\\>";
        QTest::newRow("nominal: link") << "[链接](x)" << "\\[链接\\](x)";
        QTest::newRow("nominal: code") << "`code`" << "\\`code\\`";
        QTest::newRow("nominal: table pipe and strikethrough") << "a | ~~b~~" << "a \\| \\~\\~b\\~\\~";
        QTest::newRow("nominal: backslash") << "C:\\path" << "C:\\\\path";
        QTest::newRow("robustness: leading spaces would make code")
            << "    code?" << "&#32;&#32;&#32;&#32;code?";
        QTest::newRow("robustness: trailing spaces") << "end  " << "end&#32;&#32;";
        QTest::newRow("robustness: a hyphen mid-line stays") << "中-英 2-3" << "中-英 2-3";
        QTest::newRow("robustness: a decimal stays") << "4.5万人次" << "4.5万人次";
    }

    void markdownEscapes()
    {
        QFETCH(QString, text);
        QFETCH(QString, markdown);
        QCOMPARE(MarkdownWriter::escaped(text), markdown);
    }

    void markdownKickerIsAStrongLineAboveTheHeadline()
    {
        QCOMPARE(MarkdownWriter::toMarkdown(pageWithKicker()),
                 QString("**迎新春 \\<送温暖\\>**\n\n"
                         "# 海淀工会“两节”慰问将惠及10万余职工\n\n"
                         "## 走访一线医务人员\n\n"
                         "为深入学习贯彻党的二十大精神。\n\n"
                         "---\n\n"
                         "# 没有引题的文章\n\n"
                         "正文。\n"));
    }

    void markdownDocument()
    {
        Bulletin page;
        Article first;
        first.headline = "工会<通讯> & 快报";
        first.deck = "副题";
        first.byline = "本报讯（记者 赵思远）";
        first.paragraphs = {"第一段。", "*第二段*"};
        Article second;
        second.headline = "Second";
        second.paragraphs = {"1. Last"};
        page.articles = {first, second};
        QCOMPARE(MarkdownWriter::toMarkdown(page),
                 QString("# 工会\\<通讯\\> \\& 快报\n\n"
                         "## 副题\n\n"
                         "*本报讯（记者 赵思远）*\n\n"
                         "第一段。\n\n"
                         "\\*第二段\\*\n\n"
                         "---\n\n"
                         "# Second\n\n"
                         "1\\. Last\n"));
    }
};

QTEST_MAIN(TestExportDocuments)
#include "tst_exportdocuments.moc"
