#include "formats/ocrjson.h"

#include <QFileInfo>
#include <QJsonArray>

#include <optional>

namespace galley {

namespace {

const QLatin1String pagesKey("pages");
const QLatin1String imageKey("image");
const QLatin1String absoluteImageKey("imageAbsolute");
const QLatin1String indexKey("imageIndex");
const QLatin1String sizeKey("size");
const QLatin1String boxKey("box");
const QLatin1String blocksKey("blocks");
const QLatin1String verticalKey("vertical");
const QLatin1String paragraphsKey("paragraphs");
const QLatin1String linesKey("lines");
const QLatin1String textSizeKey("textSize");
const QLatin1String hyphenatedKey("hyphenated");
const QLatin1String wordsKey("words");

QJsonArray boxToJson(const QRect &box) {
    return QJsonArray{box.x(), box.y(), box.width(), box.height()};
}

std::optional<QRect> boxFromJson(const QJsonValue &value) {
    const QJsonArray array = value.toArray();
    if (array.size() != 4)
        return std::nullopt;
    for (const QJsonValue &number : array) {
        if (!number.isDouble())
            return std::nullopt;
    }
    // Bounded (text::boundedBox()): a project file may hold any number.
    return text::boundedBox(array.at(0).toDouble(), array.at(1).toDouble(), array.at(2).toDouble(),
                            array.at(3).toDouble());
}

// A word is an array, [text, x, y, width, height, confidence]: a page holds
// thousands of them.
QJsonArray wordToJson(const text::OcrWord &word) {
    return QJsonArray{word.text,        word.box.x(),      word.box.y(),
                      word.box.width(), word.box.height(), word.confidence};
}

std::optional<text::OcrWord> wordFromJson(const QJsonValue &value) {
    const QJsonArray array = value.toArray();
    if (array.size() != 6 || !array.at(0).isString())
        return std::nullopt;
    const std::optional<QRect> box =
        boxFromJson(QJsonArray{array.at(1), array.at(2), array.at(3), array.at(4)});
    if (!box || !array.at(5).isDouble())
        return std::nullopt;
    return text::OcrWord{array.at(0).toString(), *box, array.at(5).toDouble()};
}

QJsonObject lineToJson(const text::OcrLine &line) {
    QJsonArray words;
    for (const text::OcrWord &word : line.words)
        words.append(wordToJson(word));
    QJsonObject object{{boxKey, boxToJson(line.box)}, {wordsKey, words}};
    if (line.textSize > 0.0)
        object.insert(textSizeKey, line.textSize);
    if (line.hyphenated)
        object.insert(hyphenatedKey, true);
    return object;
}

std::optional<text::OcrLine> lineFromJson(const QJsonValue &value) {
    const QJsonObject object = value.toObject();
    const std::optional<QRect> box = boxFromJson(object.value(boxKey));
    if (!box)
        return std::nullopt;
    text::OcrLine line;
    line.box = *box;
    line.textSize = object.value(textSizeKey).toDouble();
    line.hyphenated = object.value(hyphenatedKey).toBool();
    for (const QJsonValue &wordValue : object.value(wordsKey).toArray()) {
        const std::optional<text::OcrWord> word = wordFromJson(wordValue);
        if (!word)
            return std::nullopt;
        line.words.append(*word);
    }
    return line;
}

QJsonObject blockToJson(const text::OcrBlock &block) {
    QJsonArray paragraphs;
    for (const text::OcrParagraph &paragraph : block.paragraphs) {
        QJsonArray lines;
        for (const text::OcrLine &line : paragraph.lines)
            lines.append(lineToJson(line));
        paragraphs.append(QJsonObject{{boxKey, boxToJson(paragraph.box)}, {linesKey, lines}});
    }
    QJsonObject object{{boxKey, boxToJson(block.box)}, {paragraphsKey, paragraphs}};
    if (block.vertical)
        object.insert(verticalKey, true);
    return object;
}

std::optional<text::OcrBlock> blockFromJson(const QJsonValue &value) {
    const QJsonObject object = value.toObject();
    const std::optional<QRect> box = boxFromJson(object.value(boxKey));
    if (!box)
        return std::nullopt;
    text::OcrBlock block;
    block.box = *box;
    block.vertical = object.value(verticalKey).toBool();
    for (const QJsonValue &paragraphValue : object.value(paragraphsKey).toArray()) {
        const QJsonObject paragraphObject = paragraphValue.toObject();
        const std::optional<QRect> paragraphBox = boxFromJson(paragraphObject.value(boxKey));
        if (!paragraphBox)
            return std::nullopt;
        text::OcrParagraph paragraph;
        paragraph.box = *paragraphBox;
        for (const QJsonValue &lineValue : paragraphObject.value(linesKey).toArray()) {
            const std::optional<text::OcrLine> line = lineFromJson(lineValue);
            if (!line)
                return std::nullopt;
            paragraph.lines.append(*line);
        }
        block.paragraphs.append(paragraph);
    }
    return block;
}

QString resolveImage(const QJsonObject &object, const QDir *projectFolder) {
    const QString stored = object.value(imageKey).toString();
    const QString absolute = object.value(absoluteImageKey).toString();
    if (stored.isEmpty())
        return absolute;
    if (QFileInfo(stored).isAbsolute() || !projectFolder)
        return stored;
    const QString beside = QDir::cleanPath(projectFolder->absoluteFilePath(stored));
    if (QFileInfo::exists(beside) || absolute.isEmpty() || !QFileInfo::exists(absolute))
        return beside;
    return absolute;
}

} // namespace

QJsonObject ocrPagesToJson(const QList<text::OcrPage> &pages, const QDir *projectFolder) {
    QJsonArray array;
    for (const text::OcrPage &page : pages) {
        QJsonArray blocks;
        for (const text::OcrBlock &block : page.blocks)
            blocks.append(blockToJson(block));
        QJsonObject object{{sizeKey, QJsonArray{page.size.width(), page.size.height()}},
                           {indexKey, page.imageIndex},
                           {blocksKey, blocks}};
        if (!page.imagePath.isEmpty()) {
            const QString absolute = QFileInfo(page.imagePath).absoluteFilePath();
            object.insert(absoluteImageKey, absolute);
            object.insert(imageKey,
                          projectFolder ? projectFolder->relativeFilePath(absolute) : absolute);
        }
        array.append(object);
    }
    return QJsonObject{{pagesKey, array}};
}

QList<text::OcrPage> ocrPagesFromJson(const QJsonObject &object, const QDir *projectFolder) {
    QList<text::OcrPage> pages;
    for (const QJsonValue &pageValue : object.value(pagesKey).toArray()) {
        const QJsonObject pageObject = pageValue.toObject();
        const QJsonArray size = pageObject.value(sizeKey).toArray();
        text::OcrPage page;
        page.size = QSize(text::boundedCoordinate(size.at(0).toDouble()),
                          text::boundedCoordinate(size.at(1).toDouble()));
        page.imageIndex = std::max(0, pageObject.value(indexKey).toInt());
        page.imagePath = resolveImage(pageObject, projectFolder);
        for (const QJsonValue &blockValue : pageObject.value(blocksKey).toArray()) {
            const std::optional<text::OcrBlock> block = blockFromJson(blockValue);
            if (!block)
                return {};
            page.blocks.append(*block);
        }
        pages.append(page);
    }
    return pages;
}

} // namespace galley
