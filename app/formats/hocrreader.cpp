#include "formats/hocrreader.h"

#include "formats/ocrxml.h"

#include <QCoreApplication>
#include <QXmlStreamReader>

#include <optional>

namespace galley {

namespace {

enum class Level { Page, Block, Paragraph, Line, Word };

// The properties of an hOCR title attribute: `bbox 0 0 10 10; x_wconf 93`.
struct Properties {
    std::optional<QRect> box;
    std::optional<double> confidence;
    std::optional<double> size;
    std::optional<int> pageNumber;
    QString image;
};

QString unquote(QStringView value) {
    value = value.trimmed();
    if (value.size() >= 2 && (value.front() == u'"' || value.front() == u'\'') &&
        value.back() == value.front())
        value = value.mid(1, value.size() - 2);
    return value.toString();
}

std::optional<QRect> parseBox(const QList<QStringView> &values) {
    if (values.size() != 4)
        return std::nullopt;
    int coordinates[4];
    for (int i = 0; i < 4; ++i) {
        bool ok = false;
        coordinates[i] = values.at(i).toInt(&ok);
        if (!ok)
            return std::nullopt;
    }
    // In double and bounded (text::boundedBox()): a file may hold any number.
    return text::boundedBox(coordinates[0], coordinates[1], double(coordinates[2]) - coordinates[0],
                            double(coordinates[3]) - coordinates[1]);
}

std::optional<double> parseNumber(const QList<QStringView> &values) {
    bool ok = false;
    const double value = values.isEmpty() ? 0.0 : values.constFirst().toDouble(&ok);
    return ok ? std::optional<double>(value) : std::nullopt;
}

Properties parseTitle(QStringView title) {
    Properties properties;
    for (QStringView property : title.split(u';')) {
        property = property.trimmed();
        const qsizetype space = property.indexOf(u' ');
        const QStringView name = space < 0 ? property : property.left(space);
        const QStringView rest = space < 0 ? QStringView() : property.mid(space + 1).trimmed();
        const QList<QStringView> values = rest.split(u' ', Qt::SkipEmptyParts);
        if (name == u"bbox")
            properties.box = parseBox(values);
        else if (name == u"x_wconf")
            properties.confidence = parseNumber(values);
        else if (name == u"x_size")
            properties.size = parseNumber(values);
        else if (name == u"ppageno" && parseNumber(values))
            properties.pageNumber = text::boundedCoordinate(*parseNumber(values));
        else if (name == u"image")
            properties.image = unquote(rest);
    }
    return properties;
}

std::optional<Level> levelOf(QStringView classes) {
    for (QStringView name : classes.split(u' ', Qt::SkipEmptyParts)) {
        if (name == u"ocr_page")
            return Level::Page;
        if (name == u"ocr_carea")
            return Level::Block;
        if (name == u"ocr_par")
            return Level::Paragraph;
        if (name == u"ocr_line" || name == u"ocrx_line" || name == u"ocr_textfloat" ||
            name == u"ocr_header" || name == u"ocr_caption")
            return Level::Line;
        if (name == u"ocrx_word")
            return Level::Word;
    }
    return std::nullopt;
}

// Builds the page structure as elements open and close; a level the file
// leaves out (a line straight in a page) is opened implicitly.
class Builder {
public:
    Builder(QList<text::OcrPage> &pages, const QDir &folder)
        : m_pages(pages)
        , m_folder(folder) {}

    void open(Level level, const Properties &properties, int depth) {
        switch (level) {
        case Level::Page:
            openPage(properties);
            break;
        case Level::Block:
            openBlock(properties.box.value_or(QRect()));
            break;
        case Level::Paragraph:
            openParagraph(properties.box.value_or(QRect()));
            break;
        case Level::Line:
            openLine(properties);
            break;
        case Level::Word:
            openWord(properties);
            break;
        }
        m_open.append({level, depth});
    }

    // Closes the level opened at `depth`, if any.
    void close(int depth) {
        if (m_open.isEmpty() || m_open.constLast().depth != depth)
            return;
        const Level level = m_open.takeLast().level;
        if (level == Level::Line)
            closeLine();
        else if (level == Level::Word)
            m_inWord = false;
        else if (level == Level::Block)
            m_blockOpen = m_paragraphOpen = false;
        else if (level == Level::Paragraph)
            m_paragraphOpen = false;
        else if (level == Level::Page)
            m_blockOpen = m_paragraphOpen = false;
    }

    void characters(QStringView text) {
        if (m_inWord)
            m_pages.last().blocks.last().paragraphs.last().lines.last().words.last().text += text;
        else if (m_lineOpen)
            m_looseText += text;
    }

    void finish() {
        for (text::OcrPage &page : m_pages)
            ocrxml::completePage(page);
    }

private:
    struct Open {
        Level level;
        int depth;
    };

    text::OcrPage &page() {
        if (m_pages.isEmpty())
            m_pages.append(text::OcrPage());
        return m_pages.last();
    }

    text::OcrBlock &block() {
        if (!m_blockOpen) {
            page().blocks.append(text::OcrBlock());
            m_blockOpen = true;
            m_paragraphOpen = false;
        }
        return page().blocks.last();
    }

    text::OcrParagraph &paragraph() {
        if (!m_paragraphOpen) {
            block().paragraphs.append(text::OcrParagraph());
            m_paragraphOpen = true;
        }
        return page().blocks.last().paragraphs.last();
    }

    // A page, block or paragraph opening inside a line (a malformed file)
    // ends the line first.
    void openPage(const Properties &properties) {
        closeLine();
        text::OcrPage page;
        if (properties.box)
            page.size = properties.box->size();
        page.imagePath = ocrxml::resolveImagePath(properties.image, m_folder);
        page.imageIndex = properties.pageNumber.value_or(int(m_pages.size()));
        m_pages.append(page);
        m_blockOpen = m_paragraphOpen = false;
    }

    void openBlock(const QRect &box) {
        closeLine();
        m_blockOpen = false;
        block().box = box;
    }

    void openParagraph(const QRect &box) {
        closeLine();
        m_paragraphOpen = false;
        paragraph().box = box;
    }

    void openLine(const Properties &properties) {
        closeLine();
        text::OcrLine line;
        line.box = properties.box.value_or(QRect());
        line.textSize = properties.size.value_or(0.0);
        paragraph().lines.append(line);
        m_lineOpen = true;
        m_looseText.clear();
    }

    void openWord(const Properties &properties) {
        if (!m_lineOpen)
            openLine(Properties());
        text::OcrWord word;
        word.box = properties.box.value_or(QRect());
        word.confidence = properties.confidence.value_or(-1.0);
        m_pages.last().blocks.last().paragraphs.last().lines.last().words.append(word);
        m_inWord = true;
    }

    // A line that holds its text directly, without word elements, becomes
    // one word as wide as the line.
    void closeLine() {
        if (!m_lineOpen)
            return;
        text::OcrLine &line = m_pages.last().blocks.last().paragraphs.last().lines.last();
        for (text::OcrWord &word : line.words)
            word.text = word.text.simplified();
        const QString loose = m_looseText.simplified();
        if (line.words.isEmpty() && !loose.isEmpty())
            line.words.append(text::OcrWord{loose, line.box, -1.0});
        m_lineOpen = false;
        m_inWord = false;
        m_looseText.clear();
    }

    QList<text::OcrPage> &m_pages;
    QDir m_folder;
    QList<Open> m_open;
    bool m_blockOpen = false;
    bool m_paragraphOpen = false;
    bool m_lineOpen = false;
    bool m_inWord = false;
    QString m_looseText;
};

} // namespace

bool HocrReader::looksLikeHocr(QByteArrayView head) {
    return head.contains("ocr_page") || head.contains("ocr_line") || head.contains("ocrx_word") ||
           head.contains("ocr-system");
}

bool HocrReader::read(QIODevice &device, QList<text::OcrPage> &pages, const QDir &folder) {
    setErrorString({});
    QList<text::OcrPage> result;
    Builder builder(result, folder);
    QXmlStreamReader reader(&device);
    int depth = 0;
    while (!reader.atEnd()) {
        switch (ocrxml::readNextSafely(reader)) {
        case QXmlStreamReader::StartElement: {
            ++depth;
            const QXmlStreamAttributes attributes = reader.attributes();
            if (const std::optional<Level> level =
                    levelOf(attributes.value(QLatin1String("class"))))
                builder.open(*level, parseTitle(attributes.value(QLatin1String("title"))), depth);
            break;
        }
        case QXmlStreamReader::EndElement:
            builder.close(depth);
            --depth;
            break;
        case QXmlStreamReader::Characters:
            builder.characters(reader.text());
            break;
        default:
            break;
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
