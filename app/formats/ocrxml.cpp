#include "formats/ocrxml.h"

#include <QBuffer>
#include <QCoreApplication>

#include <algorithm>

namespace galley {

bool OcrXmlReader::read(const QByteArray &bytes, QList<text::OcrPage> &pages, const QDir &folder) {
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    return read(buffer, pages, folder);
}

} // namespace galley

namespace galley::ocrxml {

namespace {

// A block of lines standing taller than wide, each holding more than one
// character, is set vertically.
bool isVertical(const text::OcrBlock &block) {
    int vertical = 0;
    int lines = 0;
    for (const text::OcrParagraph &paragraph : block.paragraphs) {
        for (const text::OcrLine &line : paragraph.lines) {
            ++lines;
            if (2 * line.box.height() > 3 * line.box.width() && line.text().size() > 1)
                ++vertical;
        }
    }
    return lines > 0 && vertical * 2 > lines;
}

// Vertical lines follow each other right to left, whatever order the file
// lists them in.
void orderRightToLeft(text::OcrBlock &block) {
    auto rightFirst = [](const auto &a, const auto &b) { return a.box.right() > b.box.right(); };
    for (text::OcrParagraph &paragraph : block.paragraphs)
        std::stable_sort(paragraph.lines.begin(), paragraph.lines.end(), rightFirst);
    std::stable_sort(block.paragraphs.begin(), block.paragraphs.end(), rightFirst);
}

} // namespace

QXmlStreamReader::TokenType readNextSafely(QXmlStreamReader &reader) {
    const QXmlStreamReader::TokenType token = reader.readNext();
    if (token == QXmlStreamReader::DTD && !reader.entityDeclarations().isEmpty()) {
        reader.raiseError(QCoreApplication::translate(
            "OcrXml", "the document type declares entities, which Galley does not "
                      "expand"));
        return QXmlStreamReader::Invalid;
    }
    if (token == QXmlStreamReader::EntityReference) {
        reader.raiseError(QCoreApplication::translate("OcrXml", "the entity \"%1\" is not declared")
                              .arg(reader.name()));
        return QXmlStreamReader::Invalid;
    }
    return token;
}

QString errorMessage(const QXmlStreamReader &reader) {
    return QCoreApplication::translate("OcrXml", "line %1, column %2: %3")
        .arg(reader.lineNumber())
        .arg(reader.columnNumber())
        .arg(reader.errorString());
}

QString resolveImagePath(const QString &path, const QDir &ocrFileFolder) {
    if (path.isEmpty())
        return path;
    return QDir::cleanPath(ocrFileFolder.absoluteFilePath(path));
}

void completePage(text::OcrPage &page) {
    QList<text::OcrBlock> blocks;
    for (text::OcrBlock &block : page.blocks) {
        QList<text::OcrParagraph> paragraphs;
        QList<QRect> paragraphBoxes;
        for (text::OcrParagraph &paragraph : block.paragraphs) {
            QList<QRect> lineBoxes;
            for (text::OcrLine &line : paragraph.lines) {
                if (line.box.isEmpty()) {
                    QList<QRect> wordBoxes;
                    for (const text::OcrWord &word : line.words)
                        wordBoxes.append(word.box);
                    line.box = text::unitedBoxes(wordBoxes);
                }
                lineBoxes.append(line.box);
            }
            if (paragraph.lines.isEmpty())
                continue;
            if (paragraph.box.isEmpty())
                paragraph.box = text::unitedBoxes(lineBoxes);
            paragraphBoxes.append(paragraph.box);
            paragraphs.append(std::move(paragraph));
        }
        if (paragraphs.isEmpty())
            continue;
        block.paragraphs = std::move(paragraphs);
        if (block.box.isEmpty())
            block.box = text::unitedBoxes(paragraphBoxes);
        block.vertical = block.vertical || isVertical(block);
        if (block.vertical)
            orderRightToLeft(block);
        blocks.append(std::move(block));
    }
    page.blocks = std::move(blocks);
}

} // namespace galley::ocrxml
