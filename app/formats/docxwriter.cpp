#include "formats/docxwriter.h"

#include "formats/officexml.h"
#include "galleyinfo.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QPageSize>
#include <QXmlStreamWriter>

namespace galley {

namespace {

const QString wordNs =
    QStringLiteral("http://schemas.openxmlformats.org/wordprocessingml/2006/main");
const QString relationshipsNs =
    QStringLiteral("http://schemas.openxmlformats.org/package/2006/relationships");
const QString officeRelationships =
    QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/relationships/");

// Word measures pages in twentieths of a point and type in half points.
int twips(qreal points) {
    return qRound(points * 20.0);
}
QString halfPoints(qreal points) {
    return QString::number(qRound(points * 2.0));
}

void element(QXmlStreamWriter &xml, const QString &name,
             std::initializer_list<std::pair<QString, QString>> attributes) {
    xml.writeEmptyElement(wordNs, name);
    for (const auto &[attribute, value] : attributes)
        xml.writeAttribute(wordNs, attribute, value);
}

QByteArray contentTypes() {
    XmlPart xml(true);
    const QString ns =
        QStringLiteral("http://schemas.openxmlformats.org/package/2006/content-types");
    xml->writeDefaultNamespace(ns);
    xml->writeStartElement(ns, QStringLiteral("Types"));
    auto byExtension = [&](const char *extension, const char *type) {
        xml->writeEmptyElement(ns, QStringLiteral("Default"));
        xml->writeAttribute(QStringLiteral("Extension"), QString::fromLatin1(extension));
        xml->writeAttribute(QStringLiteral("ContentType"), QString::fromLatin1(type));
    };
    auto byPart = [&](const char *part, const char *type) {
        xml->writeEmptyElement(ns, QStringLiteral("Override"));
        xml->writeAttribute(QStringLiteral("PartName"), QString::fromLatin1(part));
        xml->writeAttribute(QStringLiteral("ContentType"), QString::fromLatin1(type));
    };
    byExtension("rels", "application/vnd.openxmlformats-package.relationships+xml");
    byExtension("xml", "application/xml");
    byPart("/word/document.xml",
           "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml");
    byPart("/word/styles.xml",
           "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml");
    byPart("/word/settings.xml",
           "application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml");
    byPart("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml");
    byPart("/docProps/app.xml",
           "application/vnd.openxmlformats-officedocument.extended-properties+xml");
    xml->writeEndElement();
    return xml.finish();
}

QByteArray relationships(std::initializer_list<std::pair<QString, QString>> targets) {
    XmlPart xml(true);
    xml->writeDefaultNamespace(relationshipsNs);
    xml->writeStartElement(relationshipsNs, QStringLiteral("Relationships"));
    int id = 0;
    for (const auto &[type, target] : targets) {
        xml->writeEmptyElement(relationshipsNs, QStringLiteral("Relationship"));
        xml->writeAttribute(QStringLiteral("Id"), QStringLiteral("rId%1").arg(++id));
        xml->writeAttribute(QStringLiteral("Type"), type);
        xml->writeAttribute(QStringLiteral("Target"), target);
    }
    xml->writeEndElement();
    return xml.finish();
}

void runFonts(QXmlStreamWriter &xml, const QString &latin, const QString &eastAsian) {
    element(xml, QStringLiteral("rFonts"),
            {{QStringLiteral("ascii"), latin},
             {QStringLiteral("hAnsi"), latin},
             {QStringLiteral("eastAsia"), eastAsian},
             {QStringLiteral("cs"), latin}});
}

void runSize(QXmlStreamWriter &xml, qreal points) {
    element(xml, QStringLiteral("sz"), {{QStringLiteral("val"), halfPoints(points)}});
    element(xml, QStringLiteral("szCs"), {{QStringLiteral("val"), halfPoints(points)}});
}

struct ParagraphStyle {
    QString id;
    QString name;
    QString next;
    bool sans = false;
    bool bold = false;
    qreal size = 10.5;
    QString alignment;   // jc: left, center, both
    int spaceBefore = 0; // twips
    int spaceAfter = 0;  // twips
    int lineTwips = 0;   // exact line distance in 240ths of a line; 0: single
    int outlineLevel = -1;
    bool keepNext = false;
    qreal firstLineIndent = 0.0; // points
    int firstLineChars = 0;      // hundredths of a character
};

void writeStyle(QXmlStreamWriter &xml, const ParagraphStyle &style, const Typefaces &faces) {
    xml.writeStartElement(wordNs, QStringLiteral("style"));
    xml.writeAttribute(wordNs, QStringLiteral("type"), QStringLiteral("paragraph"));
    xml.writeAttribute(wordNs, QStringLiteral("styleId"), style.id);
    element(xml, QStringLiteral("name"), {{QStringLiteral("val"), style.name}});
    element(xml, QStringLiteral("basedOn"), {{QStringLiteral("val"), QStringLiteral("Normal")}});
    if (!style.next.isEmpty())
        element(xml, QStringLiteral("next"), {{QStringLiteral("val"), style.next}});
    xml.writeEmptyElement(wordNs, QStringLiteral("qFormat"));

    xml.writeStartElement(wordNs, QStringLiteral("pPr"));
    if (style.keepNext) {
        xml.writeEmptyElement(wordNs, QStringLiteral("keepNext"));
        xml.writeEmptyElement(wordNs, QStringLiteral("keepLines"));
    }
    xml.writeEmptyElement(wordNs, QStringLiteral("spacing"));
    xml.writeAttribute(wordNs, QStringLiteral("before"), QString::number(style.spaceBefore));
    xml.writeAttribute(wordNs, QStringLiteral("after"), QString::number(style.spaceAfter));
    if (style.lineTwips > 0) {
        xml.writeAttribute(wordNs, QStringLiteral("line"), QString::number(style.lineTwips));
        xml.writeAttribute(wordNs, QStringLiteral("lineRule"), QStringLiteral("auto"));
    }
    if (style.firstLineIndent > 0) {
        xml.writeEmptyElement(wordNs, QStringLiteral("ind"));
        if (style.firstLineChars > 0)
            xml.writeAttribute(wordNs, QStringLiteral("firstLineChars"),
                               QString::number(style.firstLineChars));
        xml.writeAttribute(wordNs, QStringLiteral("firstLine"),
                           QString::number(twips(style.firstLineIndent)));
    }
    if (!style.alignment.isEmpty())
        element(xml, QStringLiteral("jc"), {{QStringLiteral("val"), style.alignment}});
    if (style.outlineLevel >= 0)
        element(xml, QStringLiteral("outlineLvl"),
                {{QStringLiteral("val"), QString::number(style.outlineLevel)}});
    xml.writeEndElement(); // pPr

    xml.writeStartElement(wordNs, QStringLiteral("rPr"));
    if (style.sans)
        runFonts(xml, faces.sansLatin, faces.sansCjk);
    if (style.bold) {
        xml.writeEmptyElement(wordNs, QStringLiteral("b"));
        xml.writeEmptyElement(wordNs, QStringLiteral("bCs"));
    }
    runSize(xml, style.size);
    xml.writeEndElement(); // rPr
    xml.writeEndElement(); // style
}

QList<ParagraphStyle> paragraphStyles(const TypeScale &scale, bool chinese) {
    ParagraphStyle headline;
    headline.id = headline.name = QStringLiteral("Headline");
    headline.next = QStringLiteral("Deck");
    headline.sans = true;
    headline.bold = true;
    headline.size = scale.headline();
    headline.alignment = QStringLiteral("center");
    headline.spaceBefore = twips(scale.body * 2.0);
    headline.spaceAfter = twips(scale.headline() * 0.3);
    headline.outlineLevel = 0;
    headline.keepNext = true;

    ParagraphStyle kicker;
    kicker.id = kicker.name = QStringLiteral("Kicker");
    kicker.next = QStringLiteral("Headline");
    kicker.sans = true;
    kicker.size = scale.kicker();
    kicker.alignment = QStringLiteral("center");
    kicker.spaceBefore = twips(scale.body * 2.0);
    kicker.spaceAfter = twips(scale.kicker() * 0.15);
    kicker.keepNext = true;

    // The headline, less the space the kicker took above it.
    ParagraphStyle headlineUnderKicker = headline;
    headlineUnderKicker.id = QStringLiteral("HeadlineUnderKicker");
    headlineUnderKicker.name = QStringLiteral("Headline under Kicker");
    headlineUnderKicker.spaceBefore = 0;

    ParagraphStyle deck;
    deck.id = deck.name = QStringLiteral("Deck");
    deck.next = QStringLiteral("Byline");
    deck.sans = true;
    deck.size = scale.deck();
    deck.alignment = QStringLiteral("center");
    deck.spaceAfter = twips(scale.deck() * 0.4);
    deck.keepNext = true;

    ParagraphStyle byline;
    byline.id = byline.name = QStringLiteral("Byline");
    byline.next = QStringLiteral("BodyText");
    byline.sans = true;
    byline.size = scale.byline();
    byline.spaceAfter = twips(scale.byline() * 0.3);
    byline.keepNext = true;

    // "Body Text" is Word's own name for running text.
    ParagraphStyle body;
    body.id = body.next = QStringLiteral("BodyText");
    body.name = QStringLiteral("Body Text");
    body.size = scale.body;
    body.alignment = QStringLiteral("both");
    body.lineTwips = chinese ? 360 : 300;
    body.firstLineIndent = chinese ? 2.0 * scale.body : 1.5 * scale.body;
    body.firstLineChars = chinese ? 200 : 0;
    return {kicker, headline, headlineUnderKicker, deck, byline, body};
}

QByteArray stylesPart(const Bulletin &bulletin, const PdfOptions &options) {
    const Typefaces faces = typefacesFor(detectChineseScript(bulletin));
    const LanguageCountry language = pageLanguage(bulletin);
    const bool chinese = isChinesePage(bulletin);
    const TypeScale scale{options.bodyPointSize};
    XmlPart xml(true);
    QXmlStreamWriter &w = xml.writer();
    w.writeNamespace(wordNs, QStringLiteral("w"));
    w.writeStartElement(wordNs, QStringLiteral("styles"));
    w.writeStartElement(wordNs, QStringLiteral("docDefaults"));
    w.writeStartElement(wordNs, QStringLiteral("rPrDefault"));
    w.writeStartElement(wordNs, QStringLiteral("rPr"));
    runFonts(w, faces.serifLatin, faces.serifCjk);
    runSize(w, scale.body);
    element(w, QStringLiteral("lang"),
            {{QStringLiteral("val"), chinese ? QStringLiteral("en-US") : language.tag()},
             {QStringLiteral("eastAsia"), chinese ? language.tag() : QStringLiteral("zh-CN")}});
    w.writeEndElement(); // rPr
    w.writeEndElement(); // rPrDefault
    w.writeStartElement(wordNs, QStringLiteral("pPrDefault"));
    w.writeStartElement(wordNs, QStringLiteral("pPr"));
    element(w, QStringLiteral("spacing"), {{QStringLiteral("after"), QStringLiteral("0")}});
    w.writeEndElement(); // pPr
    w.writeEndElement(); // pPrDefault
    w.writeEndElement(); // docDefaults

    w.writeStartElement(wordNs, QStringLiteral("style"));
    w.writeAttribute(wordNs, QStringLiteral("type"), QStringLiteral("paragraph"));
    w.writeAttribute(wordNs, QStringLiteral("default"), QStringLiteral("1"));
    w.writeAttribute(wordNs, QStringLiteral("styleId"), QStringLiteral("Normal"));
    element(w, QStringLiteral("name"), {{QStringLiteral("val"), QStringLiteral("Normal")}});
    w.writeEmptyElement(wordNs, QStringLiteral("qFormat"));
    w.writeEndElement(); // style
    for (const ParagraphStyle &style : paragraphStyles(scale, chinese))
        writeStyle(w, style, faces);
    w.writeEndElement(); // styles
    return xml.finish();
}

void writeParagraph(QXmlStreamWriter &xml, const QString &style, const QString &text) {
    xml.writeStartElement(wordNs, QStringLiteral("p"));
    xml.writeStartElement(wordNs, QStringLiteral("pPr"));
    element(xml, QStringLiteral("pStyle"), {{QStringLiteral("val"), style}});
    xml.writeEndElement(); // pPr
    xml.writeStartElement(wordNs, QStringLiteral("r"));
    const QStringList pieces = xmlSafe(text).split(u'\t');
    for (qsizetype i = 0; i < pieces.size(); ++i) {
        if (i > 0)
            xml.writeEmptyElement(wordNs, QStringLiteral("tab"));
        if (pieces.at(i).isEmpty())
            continue;
        xml.writeStartElement(wordNs, QStringLiteral("t"));
        xml.writeAttribute(QStringLiteral("xml:space"), QStringLiteral("preserve"));
        xml.writeCharacters(pieces.at(i));
        xml.writeEndElement(); // t
    }
    xml.writeEndElement(); // r
    xml.writeEndElement(); // p
}

void writeSection(QXmlStreamWriter &xml, const PdfOptions &options) {
    const qreal mm = 72.0 / 25.4;
    // In millimetres: QPageSize rounds sizes in points to whole points.
    const QSizeF page = QPageSize(options.pageSize).size(QPageSize::Millimeter) * mm;
    xml.writeStartElement(wordNs, QStringLiteral("sectPr"));
    element(xml, QStringLiteral("pgSz"),
            {{QStringLiteral("w"), QString::number(twips(page.width()))},
             {QStringLiteral("h"), QString::number(twips(page.height()))}});
    element(xml, QStringLiteral("pgMar"),
            {{QStringLiteral("top"), QString::number(twips(options.marginsMm.top() * mm))},
             {QStringLiteral("right"), QString::number(twips(options.marginsMm.right() * mm))},
             {QStringLiteral("bottom"), QString::number(twips(options.marginsMm.bottom() * mm))},
             {QStringLiteral("left"), QString::number(twips(options.marginsMm.left() * mm))},
             {QStringLiteral("header"), QString::number(twips(10.0 * mm))},
             {QStringLiteral("footer"), QString::number(twips(10.0 * mm))},
             {QStringLiteral("gutter"), QStringLiteral("0")}});
    element(xml, QStringLiteral("cols"),
            {{QStringLiteral("num"), QString::number(std::clamp(options.columns, 1, 2))},
             {QStringLiteral("space"), QString::number(twips(6.0 * mm))}});
    xml.writeEndElement(); // sectPr
}

QByteArray documentPart(const Bulletin &bulletin, const PdfOptions &options) {
    XmlPart xml(true);
    QXmlStreamWriter &w = xml.writer();
    w.writeNamespace(wordNs, QStringLiteral("w"));
    w.writeStartElement(wordNs, QStringLiteral("document"));
    w.writeStartElement(wordNs, QStringLiteral("body"));
    for (const Article &article : bulletin.articles) {
        if (!article.kicker.isEmpty())
            writeParagraph(w, QStringLiteral("Kicker"), article.kicker);
        if (!article.headline.isEmpty())
            writeParagraph(w,
                           article.kicker.isEmpty() ? QStringLiteral("Headline")
                                                    : QStringLiteral("HeadlineUnderKicker"),
                           article.headline);
        if (!article.deck.isEmpty())
            writeParagraph(w, QStringLiteral("Deck"), article.deck);
        if (!article.byline.isEmpty())
            writeParagraph(w, QStringLiteral("Byline"), article.byline);
        for (const QString &paragraph : article.paragraphs)
            writeParagraph(w, QStringLiteral("BodyText"), paragraph);
    }
    writeSection(w, options);
    w.writeEndElement(); // body
    w.writeEndElement(); // document
    return xml.finish();
}

QByteArray settingsPart() {
    XmlPart xml(true);
    QXmlStreamWriter &w = xml.writer();
    w.writeNamespace(wordNs, QStringLiteral("w"));
    w.writeStartElement(wordNs, QStringLiteral("settings"));
    w.writeStartElement(wordNs, QStringLiteral("compat"));
    // Word 2013 and later layout, so Word does not open the file in compatibility mode.
    element(w, QStringLiteral("compatSetting"),
            {{QStringLiteral("name"), QStringLiteral("compatibilityMode")},
             {QStringLiteral("uri"), QStringLiteral("http://schemas.microsoft.com/office/word")},
             {QStringLiteral("val"), QStringLiteral("15")}});
    w.writeEndElement(); // compat
    w.writeEndElement(); // settings
    return xml.finish();
}

QByteArray corePropertiesPart(const Bulletin &bulletin, const PdfOptions &options) {
    const QString cp =
        QStringLiteral("http://schemas.openxmlformats.org/package/2006/metadata/core-properties");
    const QString dc = QStringLiteral("http://purl.org/dc/elements/1.1/");
    const QString dcterms = QStringLiteral("http://purl.org/dc/terms/");
    const QString xsi = QStringLiteral("http://www.w3.org/2001/XMLSchema-instance");
    XmlPart xml(true);
    QXmlStreamWriter &w = xml.writer();
    w.writeNamespace(cp, QStringLiteral("cp"));
    w.writeNamespace(dc, QStringLiteral("dc"));
    w.writeNamespace(dcterms, QStringLiteral("dcterms"));
    w.writeNamespace(xsi, QStringLiteral("xsi"));
    w.writeStartElement(cp, QStringLiteral("coreProperties"));
    w.writeTextElement(dc, QStringLiteral("title"), xmlSafe(documentTitle(bulletin, options)));
    const QString author = xmlSafe(documentAuthor(bulletin, options));
    if (!author.isEmpty())
        w.writeTextElement(dc, QStringLiteral("creator"), author);
    w.writeTextElement(dc, QStringLiteral("language"), pageLanguage(bulletin).tag());
    w.writeStartElement(dcterms, QStringLiteral("created"));
    w.writeAttribute(xsi, QStringLiteral("type"), QStringLiteral("dcterms:W3CDTF"));
    w.writeCharacters(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    w.writeEndElement();
    w.writeEndElement(); // coreProperties
    return xml.finish();
}

QByteArray appPropertiesPart() {
    const QString ns =
        QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/extended-properties");
    XmlPart xml(true);
    xml->writeDefaultNamespace(ns);
    xml->writeStartElement(ns, QStringLiteral("Properties"));
    xml->writeTextElement(ns, QStringLiteral("Application"),
                          QStringLiteral("Galley/%1").arg(QString::fromLatin1(info::version)));
    xml->writeEndElement();
    return xml.finish();
}

} // namespace

QString DocxWriter::displayName() const {
    return QCoreApplication::translate("Formats", "Word document");
}

QMap<QString, QByteArray> DocxWriter::parts(const Bulletin &bulletin) const {
    QMap<QString, QByteArray> parts;
    parts.insert(QStringLiteral("[Content_Types].xml"), contentTypes());
    parts.insert(QStringLiteral("_rels/.rels"),
                 relationships({{officeRelationships + QStringLiteral("officeDocument"),
                                 QStringLiteral("word/document.xml")},
                                {QStringLiteral("http://schemas.openxmlformats.org/package/2006/"
                                                "relationships/metadata/core-properties"),
                                 QStringLiteral("docProps/core.xml")},
                                {officeRelationships + QStringLiteral("extended-properties"),
                                 QStringLiteral("docProps/app.xml")}}));
    parts.insert(
        QStringLiteral("word/_rels/document.xml.rels"),
        relationships(
            {{officeRelationships + QStringLiteral("styles"), QStringLiteral("styles.xml")},
             {officeRelationships + QStringLiteral("settings"), QStringLiteral("settings.xml")}}));
    parts.insert(QStringLiteral("word/document.xml"), documentPart(bulletin, options()));
    parts.insert(QStringLiteral("word/styles.xml"), stylesPart(bulletin, options()));
    parts.insert(QStringLiteral("word/settings.xml"), settingsPart());
    parts.insert(QStringLiteral("docProps/core.xml"), corePropertiesPart(bulletin, options()));
    parts.insert(QStringLiteral("docProps/app.xml"), appPropertiesPart());
    return parts;
}

} // namespace galley
