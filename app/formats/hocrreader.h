// Reads hOCR (the HTML that Tesseract, OCRopus and archives write): pages,
// content areas, paragraphs, lines and words with their boxes and confidences.
#pragma once

#include "formats/ocrxml.h"
#include "text/ocrpage.h"

#include <QDir>
#include <QIODevice>
#include <QList>
#include <QString>

namespace galley {

class HocrReader : public OcrXmlReader {
public:
    // Reads the pages of an hOCR document. Image paths in it are resolved
    // against `folder`, the folder of the hOCR file. On failure returns false
    // and errorString() names the line and column of the fault.
    bool read(QIODevice &device, QList<text::OcrPage> &pages, const QDir &folder = QDir()) override;
    using OcrXmlReader::read;

    // Whether the start of a file looks like hOCR (for .html files, which may
    // be anything).
    static bool looksLikeHocr(QByteArrayView head);
};

} // namespace galley
