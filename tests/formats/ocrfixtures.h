// What the hOCR and ALTO tests share: reading a fixture of tests/data/ocr
// with a reader, and the lines of a page in reading order.
#pragma once

#include "text/ocrpage.h"

#include <QFile>
#include <QFileInfo>
#include <QTest>

namespace galley::testing {

template <typename Reader> QList<text::OcrPage> readOcrFixture(const QString &name) {
    const QString path = QFINDTESTDATA(QStringLiteral("../data/ocr/") + name);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    Reader reader;
    QList<text::OcrPage> pages;
    if (!reader.read(file, pages, QFileInfo(path).absoluteDir()))
        qFatal("%s: %s", qPrintable(name), qPrintable(reader.errorString()));
    return pages;
}

inline QList<const text::OcrLine *> linesOf(const text::OcrPage &page) {
    QList<const text::OcrLine *> lines;
    for (const text::OcrBlock &block : page.blocks)
        for (const text::OcrParagraph &paragraph : block.paragraphs)
            for (const text::OcrLine &line : paragraph.lines)
                lines.append(&line);
    return lines;
}

} // namespace galley::testing
