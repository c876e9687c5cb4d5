// One page of a bulletin as Galley holds it: its articles in reading order,
// and where they came from (the file, its encoding, the original OCR text).
#pragma once

#include "document/article.h"
#include "text/decision.h"
#include "text/language.h"
#include "text/ocrpage.h"

#include <QList>
#include <QString>

namespace galley {

struct Bulletin {
    QList<Article> articles;
    QString sourceFile;   // the OCR file the page was imported from
    QString encoding;     // the encoding that file was read in
    QString originalText; // the decoded OCR text, line endings normalised
    text::Language language = text::Language::Auto;
    // The pages as OCR laid them out, when the page came from a scan, hOCR or
    // ALTO: source line i of originalText is ocrText(scan).lines[i]. Empty for text.
    QList<text::OcrPage> scan;
    // The repair's decisions on originalText, in text order, with the flips a
    // person made; empty when the page was not repaired.
    QList<text::Decision> decisions;

    // The title a reader would give the page: its first headline, else the file name.
    QString title() const;

    friend bool operator==(const Bulletin &, const Bulletin &) = default;
};

} // namespace galley
