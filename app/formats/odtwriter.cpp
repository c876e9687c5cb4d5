#include "formats/odtwriter.h"

#include "formats/officexml.h"
#include "galleyinfo.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QPageSize>
#include <QXmlStreamWriter>

namespace galley {

namespace {

const QByteArray mimeType = "application/vnd.oasis.opendocument.text";
const QString officeNs = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:office:1.0");
const QString styleNs = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:style:1.0");
const QString textNs = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:text:1.0");
const QString foNs = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0");
const QString svgNs = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0");
const QString metaNs = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:meta:1.0");
const QString dcNs = QStringLiteral("http://purl.org/dc/elements/1.1/");
const QString manifestNs = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:manifest:1.0");
const QString odfVersion = QStringLiteral("1.3");

QString points(qreal value) {
    return QString::number(value, 'f', 2) + QStringLiteral("pt");
}

QString millimetres(qreal value) {
    return QString::number(value, 'f', 2) + QStringLiteral("mm");
}

// Text as ODF keeps it: ODF collapses white space, so a space that follows
// another, or opens or closes the paragraph, is written as text:s, a tab as text:tab.
void writeOdfText(QXmlStreamWriter &xml, const QString &text) {
    QString pending;
    int spaces = 0;
    auto flushText = [&] {
        if (!pending.isEmpty())
            xml.writeCharacters(pending);
        pending.clear();
    };
    auto flushSpaces = [&] {
        if (spaces == 0)
            return;
        xml.writeEmptyElement(textNs, QStringLiteral("s"));
        if (spaces > 1)
            xml.writeAttribute(textNs, QStringLiteral("c"), QString::number(spaces));
        spaces = 0;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u' ') {
            const bool literal =
                i > 0 && text.at(i - 1) != u' ' && text.at(i - 1) != u'\t' && i + 1 < text.size();
            if (literal) {
                pending += c;
            } else {
                flushText();
                ++spaces;
            }
        } else if (c == u'\t') {
            flushText();
            flushSpaces();
            xml.writeEmptyElement(textNs, QStringLiteral("tab"));
        } else {
            flushSpaces();
            pending += c;
        }
    }
    flushText();
    flushSpaces();
}

void writeParagraph(QXmlStreamWriter &xml, const QString &style, const QString &text,
                    bool heading = false) {
    xml.writeStartElement(textNs, heading ? QStringLiteral("h") : QStringLiteral("p"));
    xml.writeAttribute(textNs, QStringLiteral("style-name"), style);
    if (heading)
        xml.writeAttribute(textNs, QStringLiteral("outline-level"), QStringLiteral("1"));
    writeOdfText(xml, xmlSafe(text));
    xml.writeEndElement();
}

void writeRootNamespaces(QXmlStreamWriter &xml) {
    xml.writeNamespace(officeNs, QStringLiteral("office"));
    xml.writeNamespace(styleNs, QStringLiteral("style"));
    xml.writeNamespace(textNs, QStringLiteral("text"));
    xml.writeNamespace(foNs, QStringLiteral("fo"));
    xml.writeNamespace(svgNs, QStringLiteral("svg"));
}

QByteArray contentPart(const Bulletin &bulletin) {
    XmlPart xml;
    QXmlStreamWriter &w = xml.writer();
    writeRootNamespaces(w);
    w.writeStartElement(officeNs, QStringLiteral("document-content"));
    w.writeAttribute(officeNs, QStringLiteral("version"), odfVersion);
    w.writeStartElement(officeNs, QStringLiteral("body"));
    w.writeStartElement(officeNs, QStringLiteral("text"));
    for (const Article &article : bulletin.articles) {
        if (!article.kicker.isEmpty())
            writeParagraph(w, QStringLiteral("Kicker"), article.kicker);
        // Under a kicker the headline keeps close to it; the kicker opens the article.
        if (!article.headline.isEmpty())
            writeParagraph(w,
                           article.kicker.isEmpty() ? QStringLiteral("Headline")
                                                    : QStringLiteral("Headline_20_under_20_Kicker"),
                           article.headline, true);
        if (!article.deck.isEmpty())
            writeParagraph(w, QStringLiteral("Deck"), article.deck);
        if (!article.byline.isEmpty())
            writeParagraph(w, QStringLiteral("Byline"), article.byline);
        for (const QString &paragraph : article.paragraphs)
            writeParagraph(w, QStringLiteral("Body_20_Text"), paragraph);
    }
    w.writeEndElement(); // text
    w.writeEndElement(); // body
    w.writeEndElement(); // document-content
    return xml.finish();
}

void writeFontFace(QXmlStreamWriter &xml, const QString &family, const char *generic) {
    xml.writeEmptyElement(styleNs, QStringLiteral("font-face"));
    xml.writeAttribute(styleNs, QStringLiteral("name"), family);
    xml.writeAttribute(svgNs, QStringLiteral("font-family"), u'\'' + family + u'\'');
    xml.writeAttribute(styleNs, QStringLiteral("font-family-generic"),
                       QString::fromLatin1(generic));
}

struct TextLook {
    QString latinFace;
    QString asianFace;
    qreal size = 10.5;
    bool bold = false;
};

void writeTextProperties(QXmlStreamWriter &xml, const TextLook &look) {
    xml.writeEmptyElement(styleNs, QStringLiteral("text-properties"));
    xml.writeAttribute(styleNs, QStringLiteral("font-name"), look.latinFace);
    xml.writeAttribute(styleNs, QStringLiteral("font-name-asian"), look.asianFace);
    xml.writeAttribute(foNs, QStringLiteral("font-size"), points(look.size));
    xml.writeAttribute(styleNs, QStringLiteral("font-size-asian"), points(look.size));
    if (look.bold) {
        xml.writeAttribute(foNs, QStringLiteral("font-weight"), QStringLiteral("bold"));
        xml.writeAttribute(styleNs, QStringLiteral("font-weight-asian"), QStringLiteral("bold"));
    }
}

void startStyle(QXmlStreamWriter &xml, const QString &name, const QString &displayName,
                const QString &next) {
    xml.writeStartElement(styleNs, QStringLiteral("style"));
    xml.writeAttribute(styleNs, QStringLiteral("name"), name);
    xml.writeAttribute(styleNs, QStringLiteral("display-name"), displayName);
    xml.writeAttribute(styleNs, QStringLiteral("family"), QStringLiteral("paragraph"));
    xml.writeAttribute(styleNs, QStringLiteral("parent-style-name"), QStringLiteral("Standard"));
    xml.writeAttribute(styleNs, QStringLiteral("next-style-name"), next);
}

void writeParagraphStyles(QXmlStreamWriter &w, const Typefaces &faces, const TypeScale &scale,
                          bool chinese) {
    startStyle(w, QStringLiteral("Kicker"), QStringLiteral("Kicker"), QStringLiteral("Headline"));
    w.writeEmptyElement(styleNs, QStringLiteral("paragraph-properties"));
    w.writeAttribute(foNs, QStringLiteral("text-align"), QStringLiteral("center"));
    w.writeAttribute(foNs, QStringLiteral("margin-top"), points(scale.body * 2.0));
    w.writeAttribute(foNs, QStringLiteral("margin-bottom"), points(scale.kicker() * 0.15));
    w.writeAttribute(foNs, QStringLiteral("keep-with-next"), QStringLiteral("always"));
    writeTextProperties(w, {faces.sansLatin, faces.sansCjk, scale.kicker(), false});
    w.writeEndElement();

    startStyle(w, QStringLiteral("Headline"), QStringLiteral("Headline"), QStringLiteral("Deck"));
    w.writeAttribute(styleNs, QStringLiteral("default-outline-level"), QStringLiteral("1"));
    w.writeAttribute(styleNs, QStringLiteral("class"), QStringLiteral("chapter"));
    w.writeEmptyElement(styleNs, QStringLiteral("paragraph-properties"));
    w.writeAttribute(foNs, QStringLiteral("text-align"), QStringLiteral("center"));
    w.writeAttribute(foNs, QStringLiteral("margin-top"), points(scale.body * 2.0));
    w.writeAttribute(foNs, QStringLiteral("margin-bottom"), points(scale.headline() * 0.3));
    w.writeAttribute(foNs, QStringLiteral("keep-with-next"), QStringLiteral("always"));
    writeTextProperties(w, {faces.sansLatin, faces.sansCjk, scale.headline(), true});
    w.writeEndElement();

    // The headline as it is everywhere else, less the space the kicker took above.
    w.writeStartElement(styleNs, QStringLiteral("style"));
    w.writeAttribute(styleNs, QStringLiteral("name"),
                     QStringLiteral("Headline_20_under_20_Kicker"));
    w.writeAttribute(styleNs, QStringLiteral("display-name"),
                     QStringLiteral("Headline under Kicker"));
    w.writeAttribute(styleNs, QStringLiteral("family"), QStringLiteral("paragraph"));
    w.writeAttribute(styleNs, QStringLiteral("parent-style-name"), QStringLiteral("Headline"));
    w.writeAttribute(styleNs, QStringLiteral("next-style-name"), QStringLiteral("Deck"));
    w.writeAttribute(styleNs, QStringLiteral("default-outline-level"), QStringLiteral("1"));
    w.writeEmptyElement(styleNs, QStringLiteral("paragraph-properties"));
    w.writeAttribute(foNs, QStringLiteral("margin-top"), points(0));
    w.writeEndElement();

    startStyle(w, QStringLiteral("Deck"), QStringLiteral("Deck"), QStringLiteral("Byline"));
    w.writeEmptyElement(styleNs, QStringLiteral("paragraph-properties"));
    w.writeAttribute(foNs, QStringLiteral("text-align"), QStringLiteral("center"));
    w.writeAttribute(foNs, QStringLiteral("margin-bottom"), points(scale.deck() * 0.4));
    w.writeAttribute(foNs, QStringLiteral("keep-with-next"), QStringLiteral("always"));
    writeTextProperties(w, {faces.sansLatin, faces.sansCjk, scale.deck(), false});
    w.writeEndElement();

    startStyle(w, QStringLiteral("Byline"), QStringLiteral("Byline"),
               QStringLiteral("Body_20_Text"));
    w.writeEmptyElement(styleNs, QStringLiteral("paragraph-properties"));
    w.writeAttribute(foNs, QStringLiteral("margin-bottom"), points(scale.byline() * 0.3));
    w.writeAttribute(foNs, QStringLiteral("keep-with-next"), QStringLiteral("always"));
    writeTextProperties(w, {faces.sansLatin, faces.sansCjk, scale.byline(), false});
    w.writeEndElement();

    // "Body Text" is LibreOffice's own name for running text.
    startStyle(w, QStringLiteral("Body_20_Text"), QStringLiteral("Body Text"),
               QStringLiteral("Body_20_Text"));
    w.writeAttribute(styleNs, QStringLiteral("class"), QStringLiteral("text"));
    w.writeEmptyElement(styleNs, QStringLiteral("paragraph-properties"));
    w.writeAttribute(foNs, QStringLiteral("text-align"), QStringLiteral("justify"));
    w.writeAttribute(foNs, QStringLiteral("text-indent"),
                     points(chinese ? 2.0 * scale.body : 1.5 * scale.body));
    w.writeAttribute(foNs, QStringLiteral("line-height"),
                     chinese ? QStringLiteral("150%") : QStringLiteral("125%"));
    writeTextProperties(w, {faces.serifLatin, faces.serifCjk, scale.body, false});
    w.writeEndElement();
}

void writePageLayout(QXmlStreamWriter &w, const PdfOptions &options) {
    const QSizeF page = QPageSize(options.pageSize).size(QPageSize::Millimeter);
    w.writeStartElement(styleNs, QStringLiteral("page-layout"));
    w.writeAttribute(styleNs, QStringLiteral("name"), QStringLiteral("pm1"));
    w.writeStartElement(styleNs, QStringLiteral("page-layout-properties"));
    w.writeAttribute(foNs, QStringLiteral("page-width"), millimetres(page.width()));
    w.writeAttribute(foNs, QStringLiteral("page-height"), millimetres(page.height()));
    w.writeAttribute(styleNs, QStringLiteral("print-orientation"), QStringLiteral("portrait"));
    w.writeAttribute(foNs, QStringLiteral("margin-top"), millimetres(options.marginsMm.top()));
    w.writeAttribute(foNs, QStringLiteral("margin-bottom"),
                     millimetres(options.marginsMm.bottom()));
    w.writeAttribute(foNs, QStringLiteral("margin-left"), millimetres(options.marginsMm.left()));
    w.writeAttribute(foNs, QStringLiteral("margin-right"), millimetres(options.marginsMm.right()));
    if (options.columns > 1) {
        w.writeEmptyElement(styleNs, QStringLiteral("columns"));
        w.writeAttribute(foNs, QStringLiteral("column-count"), QStringLiteral("2"));
        w.writeAttribute(foNs, QStringLiteral("column-gap"), millimetres(6.0));
    }
    w.writeEndElement(); // page-layout-properties
    w.writeEndElement(); // page-layout
}

QByteArray stylesPart(const Bulletin &bulletin, const PdfOptions &options) {
    const Typefaces faces = typefacesFor(detectChineseScript(bulletin));
    const LanguageCountry language = pageLanguage(bulletin);
    const bool chinese = isChinesePage(bulletin);
    const TypeScale scale{options.bodyPointSize};
    XmlPart xml;
    QXmlStreamWriter &w = xml.writer();
    writeRootNamespaces(w);
    w.writeStartElement(officeNs, QStringLiteral("document-styles"));
    w.writeAttribute(officeNs, QStringLiteral("version"), odfVersion);

    w.writeStartElement(officeNs, QStringLiteral("font-face-decls"));
    writeFontFace(w, faces.serifLatin, "roman");
    writeFontFace(w, faces.serifCjk, "roman");
    writeFontFace(w, faces.sansLatin, "swiss");
    writeFontFace(w, faces.sansCjk, "swiss");
    w.writeEndElement();

    w.writeStartElement(officeNs, QStringLiteral("styles"));
    w.writeStartElement(styleNs, QStringLiteral("default-style"));
    w.writeAttribute(styleNs, QStringLiteral("family"), QStringLiteral("paragraph"));
    writeTextProperties(w, {faces.serifLatin, faces.serifCjk, scale.body, false});
    w.writeAttribute(foNs, QStringLiteral("language"),
                     chinese ? QStringLiteral("en") : language.language);
    w.writeAttribute(foNs, QStringLiteral("country"),
                     chinese ? QStringLiteral("US") : language.country);
    w.writeAttribute(styleNs, QStringLiteral("language-asian"),
                     chinese ? language.language : QStringLiteral("zh"));
    w.writeAttribute(styleNs, QStringLiteral("country-asian"),
                     chinese ? language.country : QStringLiteral("CN"));
    w.writeEndElement(); // default-style
    w.writeEmptyElement(styleNs, QStringLiteral("style"));
    w.writeAttribute(styleNs, QStringLiteral("name"), QStringLiteral("Standard"));
    w.writeAttribute(styleNs, QStringLiteral("family"), QStringLiteral("paragraph"));
    w.writeAttribute(styleNs, QStringLiteral("class"), QStringLiteral("text"));
    writeParagraphStyles(w, faces, scale, chinese);
    w.writeEndElement(); // styles

    w.writeStartElement(officeNs, QStringLiteral("automatic-styles"));
    writePageLayout(w, options);
    w.writeEndElement();
    w.writeStartElement(officeNs, QStringLiteral("master-styles"));
    w.writeEmptyElement(styleNs, QStringLiteral("master-page"));
    w.writeAttribute(styleNs, QStringLiteral("name"), QStringLiteral("Standard"));
    w.writeAttribute(styleNs, QStringLiteral("page-layout-name"), QStringLiteral("pm1"));
    w.writeEndElement();
    w.writeEndElement(); // document-styles
    return xml.finish();
}

QByteArray metaPart(const Bulletin &bulletin, const PdfOptions &options) {
    XmlPart xml;
    QXmlStreamWriter &w = xml.writer();
    w.writeNamespace(officeNs, QStringLiteral("office"));
    w.writeNamespace(metaNs, QStringLiteral("meta"));
    w.writeNamespace(dcNs, QStringLiteral("dc"));
    w.writeStartElement(officeNs, QStringLiteral("document-meta"));
    w.writeAttribute(officeNs, QStringLiteral("version"), odfVersion);
    w.writeStartElement(officeNs, QStringLiteral("meta"));
    w.writeTextElement(metaNs, QStringLiteral("generator"),
                       QStringLiteral("Galley/%1").arg(QString::fromLatin1(info::version)));
    w.writeTextElement(dcNs, QStringLiteral("title"), xmlSafe(documentTitle(bulletin, options)));
    const QString author = xmlSafe(documentAuthor(bulletin, options));
    if (!author.isEmpty())
        w.writeTextElement(metaNs, QStringLiteral("initial-creator"), author);
    w.writeTextElement(dcNs, QStringLiteral("language"), pageLanguage(bulletin).tag());
    w.writeTextElement(metaNs, QStringLiteral("creation-date"),
                       QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    w.writeEndElement(); // meta
    w.writeEndElement(); // document-meta
    return xml.finish();
}

QByteArray manifestPart() {
    XmlPart xml;
    QXmlStreamWriter &w = xml.writer();
    w.writeNamespace(manifestNs, QStringLiteral("manifest"));
    w.writeStartElement(manifestNs, QStringLiteral("manifest"));
    w.writeAttribute(manifestNs, QStringLiteral("version"), odfVersion);
    auto entry = [&](const QString &path, const QString &type) {
        w.writeEmptyElement(manifestNs, QStringLiteral("file-entry"));
        w.writeAttribute(manifestNs, QStringLiteral("full-path"), path);
        if (path == u"/")
            w.writeAttribute(manifestNs, QStringLiteral("version"), odfVersion);
        w.writeAttribute(manifestNs, QStringLiteral("media-type"), type);
    };
    entry(QStringLiteral("/"), QString::fromLatin1(mimeType));
    entry(QStringLiteral("content.xml"), QStringLiteral("text/xml"));
    entry(QStringLiteral("styles.xml"), QStringLiteral("text/xml"));
    entry(QStringLiteral("meta.xml"), QStringLiteral("text/xml"));
    w.writeEndElement();
    return xml.finish();
}

} // namespace

QString OdtWriter::displayName() const {
    return QCoreApplication::translate("Formats", "OpenDocument text");
}

QMap<QString, QByteArray> OdtWriter::parts(const Bulletin &bulletin) const {
    return {{QStringLiteral("mimetype"), mimeType},
            {QStringLiteral("META-INF/manifest.xml"), manifestPart()},
            {QStringLiteral("content.xml"), contentPart(bulletin)},
            {QStringLiteral("styles.xml"), stylesPart(bulletin, options())},
            {QStringLiteral("meta.xml"), metaPart(bulletin, options())}};
}

} // namespace galley
