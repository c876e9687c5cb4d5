#include "formats/altoreader.h"

#include "formats/ocrxml.h"

#include <QCoreApplication>
#include <QXmlStreamReader>

namespace galley {

namespace {

double number(const QXmlStreamAttributes &attributes, QLatin1String name) {
    return attributes.value(name).toDouble();
}

// Bounded (text::boundedBox()): a file may hold any number.
QRect boxOf(const QXmlStreamAttributes &attributes) {
    return text::boundedBox(
        number(attributes, QLatin1String("HPOS")), number(attributes, QLatin1String("VPOS")),
        number(attributes, QLatin1String("WIDTH")), number(attributes, QLatin1String("HEIGHT")));
}

// Builds the pages as the elements come. ALTO nests TextBlocks in
// ComposedBlocks (Tesseract writes a block's paragraphs so); a TextBlock of
// its own is a block of one paragraph.
class Builder {
public:
    Builder(QList<text::OcrPage> &pages, const QDir &folder)
        : m_pages(pages)
        , m_folder(folder) {}

    void start(QStringView name, const QXmlStreamAttributes &attributes) {
        if (name == u"Page")
            startPage(attributes);
        else if (name == u"ComposedBlock")
            startComposedBlock(attributes);
        else if (name == u"TextBlock")
            startTextBlock(attributes);
        else if (name == u"TextLine")
            startLine(attributes);
        else if (name == u"String")
            addString(attributes);
        else if (name == u"HYP" && m_line)
            m_line->hyphenated = true;
    }

    void end(QStringView name) {
        if (name == u"ComposedBlock")
            m_composed = false;
        else if (name == u"TextBlock")
            m_paragraph = nullptr;
        else if (name == u"TextLine")
            m_line = nullptr;
        else if (name == u"Page")
            m_paragraph = nullptr;
    }

    void setImage(const QString &fileName) { m_image = fileName.trimmed(); }

    void finish() {
        for (text::OcrPage &page : m_pages) {
            if (page.imagePath.isEmpty())
                page.imagePath = ocrxml::resolveImagePath(m_image, m_folder);
            ocrxml::completePage(page);
        }
    }

private:
    text::OcrPage &page() {
        if (m_pages.isEmpty())
            m_pages.append(text::OcrPage());
        return m_pages.last();
    }

    void startPage(const QXmlStreamAttributes &attributes) {
        text::OcrPage page;
        page.size = QSize(text::boundedCoordinate(number(attributes, QLatin1String("WIDTH"))),
                          text::boundedCoordinate(number(attributes, QLatin1String("HEIGHT"))));
        const int physical =
            text::boundedCoordinate(number(attributes, QLatin1String("PHYSICAL_IMG_NR")));
        page.imageIndex = physical > 0 ? physical - 1 : int(m_pages.size());
        m_pages.append(page);
        m_composed = false;
        m_paragraph = nullptr;
        m_line = nullptr;
    }

    void startComposedBlock(const QXmlStreamAttributes &attributes) {
        text::OcrBlock block;
        block.box = boxOf(attributes);
        page().blocks.append(block);
        m_composed = true;
        m_paragraph = nullptr;
        m_line = nullptr;
    }

    void startTextBlock(const QXmlStreamAttributes &attributes) {
        if (!m_composed) {
            text::OcrBlock block;
            block.box = boxOf(attributes);
            page().blocks.append(block);
        }
        text::OcrParagraph paragraph;
        paragraph.box = boxOf(attributes);
        page().blocks.last().paragraphs.append(paragraph);
        m_paragraph = &page().blocks.last().paragraphs.last();
        m_line = nullptr;
    }

    void startLine(const QXmlStreamAttributes &attributes) {
        if (!m_paragraph) {
            startTextBlock(QXmlStreamAttributes());
            m_paragraph->box = QRect();
            page().blocks.last().box = QRect();
        }
        text::OcrLine line;
        line.box = boxOf(attributes);
        m_paragraph->lines.append(line);
        m_line = &m_paragraph->lines.last();
    }

    void addString(const QXmlStreamAttributes &attributes) {
        if (!m_line)
            startLine(QXmlStreamAttributes());
        text::OcrWord word;
        word.text = attributes.value(QLatin1String("CONTENT")).toString().simplified();
        word.box = boxOf(attributes);
        if (attributes.hasAttribute(QLatin1String("WC")))
            word.confidence = attributes.value(QLatin1String("WC")).toDouble() * 100.0;
        m_line->words.append(word);
    }

    QList<text::OcrPage> &m_pages;
    QDir m_folder;
    QString m_image;
    bool m_composed = false;
    // Into the last page's last block; nothing is appended above them while set.
    text::OcrParagraph *m_paragraph = nullptr;
    text::OcrLine *m_line = nullptr;
};

} // namespace

bool AltoReader::looksLikeAlto(QByteArrayView head) {
    return head.contains("<alto") || head.contains(":alto") ||
           head.contains("www.loc.gov/standards/alto");
}

bool AltoReader::read(QIODevice &device, QList<text::OcrPage> &pages, const QDir &folder) {
    setErrorString({});
    QList<text::OcrPage> result;
    Builder builder(result, folder);
    QXmlStreamReader reader(&device);
    bool rootSeen = false;
    while (!reader.atEnd()) {
        const QXmlStreamReader::TokenType token = ocrxml::readNextSafely(reader);
        if (token == QXmlStreamReader::StartElement) {
            if (!rootSeen && reader.name() != u"alto") {
                reader.raiseError(QCoreApplication::translate(
                                      "AltoReader", "the root element is <%1>, not <alto>")
                                      .arg(reader.name()));
                break;
            }
            rootSeen = true;
            if (reader.name() == u"fileName")
                builder.setImage(reader.readElementText());
            else
                builder.start(reader.name(), reader.attributes());
        } else if (token == QXmlStreamReader::EndElement) {
            builder.end(reader.name());
        }
    }
    if (reader.hasError()) {
        setErrorString(ocrxml::errorMessage(reader));
        return false;
    }
    builder.finish();
    pages = std::move(result);
    return true;
}

} // namespace galley
