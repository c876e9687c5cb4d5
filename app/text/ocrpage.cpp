#include "text/ocrpage.h"

#include <algorithm>
#include <cmath>

namespace galley::text {

namespace {

bool isFullWidthPunctuation(char32_t c) {
    return (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF01 && c <= 0xFF0F) ||
           (c >= 0xFF1A && c <= 0xFF20) || (c >= 0xFF3B && c <= 0xFF40) ||
           (c >= 0xFF5B && c <= 0xFF65) || c == 0x2014 || c == 0x2026 ||
           (c >= 0x2018 && c <= 0x201F) || c == 0x00B7;
}

bool isCjk(char32_t c) {
    return (c >= 0x2E80 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF) ||
           (c >= 0xFF00 && c <= 0xFFEF) || (c >= 0x20000 && c <= 0x2FA1F) ||
           isFullWidthPunctuation(c);
}

char32_t firstChar(const QString &text) {
    const QList<uint> ucs4 = QStringView(text).left(2).toUcs4();
    return ucs4.isEmpty() ? 0 : char32_t(ucs4.constFirst());
}

char32_t lastChar(const QString &text) {
    const QList<uint> ucs4 = QStringView(text).right(2).toUcs4();
    return ucs4.isEmpty() ? 0 : char32_t(ucs4.constLast());
}

// The blank between two boxes along the line, whichever way the line runs.
int gapBetween(const QRect &before, const QRect &after) {
    return std::max(after.left() - before.right() - 1, after.top() - before.bottom() - 1);
}

double lineSize(const OcrLine &line) {
    if (line.textSize > 0.0)
        return line.textSize;
    return std::min(line.box.width(), line.box.height());
}

// Spaces next to full-width punctuation are always artefacts; between CJK
// characters only a gap of well over half an em (an en or a full-width space
// in print) is real: justification spreads characters less, and OCR boxes
// of CJK characters are only roughly where the ink is.
bool spaceBetween(const OcrWord &before, const OcrWord &after, double size) {
    const char32_t left = lastChar(before.text);
    const char32_t right = firstChar(after.text);
    if (isFullWidthPunctuation(left) || isFullWidthPunctuation(right))
        return false;
    if (!isCjk(left) && !isCjk(right))
        return true;
    if (before.box.isEmpty() || after.box.isEmpty() || size <= 0.0)
        return !(isCjk(left) && isCjk(right));
    return gapBetween(before.box, after.box) >= 0.6 * size;
}

} // namespace

QString OcrLine::text() const {
    QString result;
    const double size = lineSize(*this);
    const OcrWord *previous = nullptr;
    for (const OcrWord &word : words) {
        if (word.text.isEmpty())
            continue;
        if (previous && spaceBetween(*previous, word, size))
            result += u' ';
        result += word.text;
        previous = &word;
    }
    if (hyphenated && !result.endsWith(u'-'))
        result += u'-';
    return result;
}

QList<std::pair<int, int>> OcrLine::wordRanges() const {
    QList<std::pair<int, int>> ranges;
    const double size = lineSize(*this);
    const OcrWord *previous = nullptr;
    int offset = 0;
    for (const OcrWord &word : words) {
        if (word.text.isEmpty()) {
            ranges.append({offset, 0});
            continue;
        }
        if (previous && spaceBetween(*previous, word, size))
            ++offset;
        ranges.append({offset, int(word.text.size())});
        offset += int(word.text.size());
        previous = &word;
    }
    return ranges;
}

double OcrLine::confidence() const {
    double lowest = -1.0;
    for (const OcrWord &word : words) {
        if (word.confidence >= 0.0 && (lowest < 0.0 || word.confidence < lowest))
            lowest = word.confidence;
    }
    return lowest;
}

int OcrPage::lineCount() const {
    int count = 0;
    for (const OcrBlock &block : blocks) {
        for (const OcrParagraph &paragraph : block.paragraphs)
            count += int(paragraph.lines.size());
    }
    return count;
}

OcrText ocrText(const QList<OcrPage> &pages) {
    OcrText result;
    QStringList lines;
    auto blankLine = [&] {
        if (!lines.isEmpty() && !lines.constLast().isEmpty()) {
            lines.append(QString());
            result.lines.append(OcrLineRef());
        }
    };
    for (int p = 0; p < pages.size(); ++p) {
        const QList<OcrBlock> &blocks = pages.at(p).blocks;
        for (int b = 0; b < blocks.size(); ++b) {
            blankLine();
            const QList<OcrParagraph> &paragraphs = blocks.at(b).paragraphs;
            for (int g = 0; g < paragraphs.size(); ++g) {
                const QList<OcrLine> &ocrLines = paragraphs.at(g).lines;
                for (int l = 0; l < ocrLines.size(); ++l) {
                    QString text = ocrLines.at(l).text();
                    text.replace(u'\n', u' ');
                    if (text.trimmed().isEmpty())
                        continue;
                    lines.append(text);
                    result.lines.append(OcrLineRef{p, b, g, l});
                }
            }
        }
    }
    if (!lines.isEmpty() && lines.constLast().isEmpty()) {
        lines.removeLast();
        result.lines.removeLast();
    }
    result.text = lines.join(u'\n');
    return result;
}

QList<std::pair<qsizetype, qsizetype>> lowConfidenceSpans(const QList<OcrPage> &pages) {
    return lowConfidenceSpans(pages, ocrText(pages));
}

QList<std::pair<qsizetype, qsizetype>> lowConfidenceSpans(const QList<OcrPage> &pages,
                                                          const OcrText &text) {
    QList<std::pair<qsizetype, qsizetype>> spans;
    qsizetype lineStart = 0;
    for (const OcrLineRef &ref : text.lines) {
        const OcrLine *line = ocrLine(pages, ref);
        const qsizetype lineEnd = text.text.indexOf(u'\n', lineStart);
        if (line) {
            const QList<std::pair<int, int>> ranges = line->wordRanges();
            for (qsizetype w = 0; w < line->words.size(); ++w) {
                if (line->words.at(w).isLowConfidence() && ranges.at(w).second > 0)
                    spans.append({lineStart + ranges.at(w).first,
                                  lineStart + ranges.at(w).first + ranges.at(w).second});
            }
        }
        lineStart = lineEnd < 0 ? text.text.size() : lineEnd + 1;
    }
    return spans;
}

const OcrLine *ocrLine(const QList<OcrPage> &pages, const OcrLineRef &ref) {
    if (ref.page < 0 || ref.page >= pages.size())
        return nullptr;
    const OcrPage &page = pages.at(ref.page);
    if (ref.block < 0 || ref.block >= page.blocks.size())
        return nullptr;
    const OcrBlock &block = page.blocks.at(ref.block);
    if (ref.paragraph < 0 || ref.paragraph >= block.paragraphs.size())
        return nullptr;
    const OcrParagraph &paragraph = block.paragraphs.at(ref.paragraph);
    if (ref.line < 0 || ref.line >= paragraph.lines.size())
        return nullptr;
    return &paragraph.lines.at(ref.line);
}

QRect unitedBoxes(const QList<QRect> &boxes) {
    QRect united;
    for (const QRect &box : boxes) {
        if (!box.isEmpty())
            united = united.isNull() ? box : united.united(box);
    }
    return united;
}

int boundedCoordinate(double value) {
    if (std::isnan(value))
        return 0;
    return int(std::lround(std::clamp(value, -double(maxOcrCoordinate), double(maxOcrCoordinate))));
}

QRect boundedBox(double x, double y, double width, double height) {
    return QRect(boundedCoordinate(x), boundedCoordinate(y), boundedCoordinate(width),
                 boundedCoordinate(height));
}

} // namespace galley::text
