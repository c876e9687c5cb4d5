// Reads hOCR (the HTML that Tesseract, OCRopus and archives write): pages,
// content areas, paragraphs, lines and words with their boxes and confidences.
#pragma once

#include "text/ocrpage.h"

#include <QDir>
#include <QIODevice>
#include <QList>
#include <QString>

namespace galley {

class HocrReader {
public:
    // Reads the pages of an hOCR document. Image paths in it are resolved
    // against `folder`, the folder of the hOCR file. On failure returns false
    // and errorString() names the line and column of the fault.
    bool read(QIODevice &device, QList<text::OcrPage> &pages, const QDir &folder = QDir());
    bool read(const QByteArray &bytes, QList<text::OcrPage> &pages, const QDir &folder = QDir());

    QString errorString() const { return m_error; }

    // Whether the start of a file looks like hOCR (for .html files, which may
    // be anything).
    static bool looksLikeHocr(QByteArrayView head);

private:
    QString m_error;
};

} // namespace galley
