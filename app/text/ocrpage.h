// The structure OCR gives a page: blocks of paragraphs of lines of words, each
// with its box on the page image and the engine's confidence, and the text
// Galley builds from it (one source line per OCR line).
#pragma once

#include <QList>
#include <QRect>
#include <QSize>
#include <QString>

#include <utility>

namespace galley::text {

// Below this confidence (0–100) a word is shown as doubtful.
inline constexpr double lowConfidenceThreshold = 60.0;

struct OcrWord {
    QString text;
    QRect box;
    double confidence = -1.0; // 0–100; -1 when the source gives none

    bool isLowConfidence() const {
        return confidence >= 0.0 && confidence < lowConfidenceThreshold;
    }
    friend bool operator==(const OcrWord &, const OcrWord &) = default;
};

struct OcrLine {
    QRect box;
    QList<OcrWord> words;
    double textSize = 0.0;   // type size in page units as the source measured it; 0 when not given
    bool hyphenated = false; // the source marked a hyphen at its end (ALTO HYP)

    // The words of the line as text: joined by a space, except between CJK
    // characters set close together, where a space would be an OCR artefact.
    QString text() const;
    // Where each word stands in text(): its offset and length, word for word
    // (an empty word has length 0).
    QList<std::pair<int, int>> wordRanges() const;
    // The lowest word confidence; -1 when no word has one.
    double confidence() const;
    friend bool operator==(const OcrLine &, const OcrLine &) = default;
};

struct OcrParagraph {
    QRect box;
    QList<OcrLine> lines;
    friend bool operator==(const OcrParagraph &, const OcrParagraph &) = default;
};

struct OcrBlock {
    QRect box;
    bool vertical = false; // lines run top to bottom and follow each other right to left
    QList<OcrParagraph> paragraphs;
    friend bool operator==(const OcrBlock &, const OcrBlock &) = default;
};

struct OcrPage {
    QSize size;         // in the units of the boxes: pixels of the image for OCR
    QString imagePath;  // the scan the boxes refer to; empty when unknown
    int imageIndex = 0; // the page of a PDF or the frame of a TIFF, from 0
    QList<OcrBlock> blocks;

    int lineCount() const;
    friend bool operator==(const OcrPage &, const OcrPage &) = default;
};

// Where one source line of the OCR text comes from; all -1 for a blank line.
struct OcrLineRef {
    int page = -1;
    int block = -1;
    int paragraph = -1;
    int line = -1;

    bool isValid() const { return page >= 0; }
    friend bool operator==(const OcrLineRef &, const OcrLineRef &) = default;
};

struct OcrText {
    QString text;            // one line per OCR line, a blank line between blocks and pages
    QList<OcrLineRef> lines; // one entry per line of `text`
};

// The text the repair pipeline reads, with the origin of each of its lines.
// Lines without words are left out.
OcrText ocrText(const QList<OcrPage> &pages);

// The words OCR was unsure of, as [start, end) offsets into ocrText(pages).text.
QList<std::pair<qsizetype, qsizetype>> lowConfidenceSpans(const QList<OcrPage> &pages);
// The same, given ocrText(pages).
QList<std::pair<qsizetype, qsizetype>> lowConfidenceSpans(const QList<OcrPage> &pages,
                                                          const OcrText &text);

// The OCR line `ref` points at, or nullptr when it points at nothing.
const OcrLine *ocrLine(const QList<OcrPage> &pages, const OcrLineRef &ref);

// The smallest rectangle holding all of `boxes` that are not empty.
QRect unitedBoxes(const QList<QRect> &boxes);

// The largest coordinate or size a box read from a file may have: far beyond
// any scan (a page 1.4 km long at 300 dpi), and small enough that the sums and
// products of coordinates that layout code (QRect's own included) computes in
// int cannot overflow, whatever numbers a broken or hostile file holds.
inline constexpr int maxOcrCoordinate = 1 << 24;
// A number from a file as a coordinate: rounded, bounded to
// ±maxOcrCoordinate; 0 for NaN.
int boundedCoordinate(double value);
// A box from a file by its position and size, each bounded so.
QRect boundedBox(double x, double y, double width, double height);

} // namespace galley::text
