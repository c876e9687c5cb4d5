#include "text/geometry.h"

#include <QMap>

#include <algorithm>
#include <cmath>

namespace galley::text {

namespace {

// Body text is set within this factor of the page's body size.
constexpr double bodySizeTolerance = 1.2;
// Display type is at least this much larger than the body (OCR measures a
// line's size to within a few per cent).
constexpr double largerTypeFactor = 1.2;
// A line ending more than this many of its type sizes before its column's
// edge stopped short; a justified line, or one ending in a full-width comma
// whose ink sits at the left of its cell, stops well within it.
constexpr double shortLineSizes = 1.0;
// An indent is at least this many type sizes, and at most this many (beyond
// is centred or right-set text, not an indent).
constexpr double minIndentSizes = 0.8;
constexpr double maxIndentSizes = 6.0;
// Lines of one column start within this many body sizes of each other
// (indents included).
constexpr double columnStartSizes = 3.0;

double median(QList<double> values) {
    if (values.isEmpty())
        return 0.0;
    const qsizetype middle = values.size() / 2;
    std::nth_element(values.begin(), values.begin() + middle, values.end());
    return values.at(middle);
}

// The value below which `fraction` of the values lie.
int percentile(QList<int> values, double fraction) {
    std::sort(values.begin(), values.end());
    return values.at(qsizetype(std::floor(fraction * double(values.size() - 1))));
}

int overlap(int start, int end, const ColumnGeometry &column) {
    return std::max(0, std::min(end, column.end) - std::max(start, column.start));
}

const ColumnGeometry *columnOf(const Geometry &geometry, const LineGeometry &line) {
    if (line.column < 0 || line.column >= geometry.columns.size())
        return nullptr;
    return &geometry.columns.at(line.column);
}

// A group of lines that starts inside a bigger column is a piece of it (a
// line OCR cut at a wide space), not a column of its own.
QList<ColumnGeometry> withoutNested(QList<ColumnGeometry> columns, double body) {
    std::stable_sort(
        columns.begin(), columns.end(),
        [](const ColumnGeometry &a, const ColumnGeometry &b) { return a.lineCount > b.lineCount; });
    QList<ColumnGeometry> kept;
    for (const ColumnGeometry &column : std::as_const(columns)) {
        const bool nested = std::any_of(kept.cbegin(), kept.cend(), [&](const ColumnGeometry &k) {
            return column.start > k.start && column.start < k.end - body;
        });
        if (!nested)
            kept.append(column);
    }
    std::sort(kept.begin(), kept.end(),
              [](const ColumnGeometry &a, const ColumnGeometry &b) { return a.start < b.start; });
    return kept;
}

// The columns of one page and writing direction, from the lines given.
QList<ColumnGeometry> columnsOf(const Geometry &geometry, const QList<int> &lines) {
    QList<double> sizes;
    for (const int i : lines)
        sizes.append(geometry.lines.at(i).size);
    const double body = median(sizes);
    QList<const LineGeometry *> bodyLines;
    for (const int i : lines) {
        const LineGeometry &line = geometry.lines.at(i);
        if (line.size <= body * bodySizeTolerance && line.size * bodySizeTolerance >= body)
            bodyLines.append(&line);
    }
    std::sort(bodyLines.begin(), bodyLines.end(),
              [](const LineGeometry *a, const LineGeometry *b) { return a->start() < b->start(); });
    QList<ColumnGeometry> columns;
    QList<int> ends;
    auto close = [&] {
        if (ends.size() > 1) {
            columns.last().end = percentile(ends, 0.75);
            columns.last().lineCount = int(ends.size());
        } else if (!columns.isEmpty()) {
            columns.removeLast();
        }
        ends.clear();
    };
    int previousStart = 0;
    for (const LineGeometry *line : bodyLines) {
        if (columns.isEmpty() || ends.isEmpty() ||
            line->start() - previousStart > columnStartSizes * body) {
            close();
            columns.append(ColumnGeometry{line->page, line->vertical, line->start(), 0, 0});
        }
        ends.append(line->end());
        previousStart = line->start();
    }
    close();
    return withoutNested(columns, body);
}

void assignColumn(LineGeometry &line, const QList<ColumnGeometry> &columns, int firstIndex) {
    int best = -1;
    int bestOverlap = 0;
    line.columnSpan = 0;
    for (int c = 0; c < columns.size(); ++c) {
        const ColumnGeometry &column = columns.at(c);
        const int shared = overlap(line.start(), line.end(), column);
        if (shared > bestOverlap) {
            best = c;
            bestOverlap = shared;
        }
        // Reaching into a column by a few characters is not spanning it.
        if (shared > std::min(column.width() / 4.0, 2.0 * line.size))
            ++line.columnSpan;
    }
    line.column = best < 0 ? -1 : firstIndex + best;
}

bool similarSize(double a, double b) {
    return a <= b * 1.15 && b <= a * 1.15;
}

GeometryRule displayRule(const Geometry &geometry, int line) {
    return isLargerType(geometry, line) ? GeometryRule::DisplaySize : GeometryRule::SpansColumns;
}

// Two display lines in the same type, one right under the other: a headline
// wrapped over two lines, which the text rules join.
bool continuesDisplay(const LineGeometry &a, const LineGeometry &b) {
    if (!similarSize(a.size, b.size) || a.vertical != b.vertical || a.page != b.page)
        return false;
    const int gap = a.vertical ? a.box.left() - b.box.right() : b.box.top() - a.box.bottom();
    return gap >= 0 && gap < a.size;
}

} // namespace

const LineGeometry *Geometry::line(int number) const {
    if (number < 0 || number >= lines.size() || !lines.at(number).isKnown())
        return nullptr;
    return &lines.at(number);
}

double lineSize(const OcrLine &line, bool vertical) {
    if (line.textSize > 0.0)
        return line.textSize;
    return vertical ? line.box.width() : line.box.height();
}

Geometry geometryFromOcr(const QList<OcrPage> &pages) {
    Geometry geometry;
    const OcrText text = ocrText(pages);
    QList<double> sizes;
    geometry.lines.reserve(text.lines.size());
    for (const OcrLineRef &ref : text.lines) {
        LineGeometry line;
        if (const OcrLine *ocr = ocrLine(pages, ref); ocr && !ocr->box.isEmpty()) {
            const bool vertical = pages.at(ref.page).blocks.at(ref.block).vertical;
            line = LineGeometry{ref.page, ocr->box, lineSize(*ocr, vertical), vertical};
            sizes.append(line.size);
        }
        geometry.lines.append(line);
    }
    geometry.bodySize = median(sizes);
    detectColumns(geometry);
    return geometry;
}

void detectColumns(Geometry &geometry) {
    geometry.columns.clear();
    // Columns are found per page and writing direction.
    QMap<std::pair<int, bool>, QList<int>> groups;
    for (int i = 0; i < geometry.lines.size(); ++i) {
        LineGeometry &line = geometry.lines[i];
        line.column = -1;
        line.columnSpan = 0;
        if (line.isKnown() && line.size > 0.0)
            groups[{line.page, line.vertical}].append(i);
    }
    for (auto group = groups.cbegin(); group != groups.cend(); ++group) {
        const QList<ColumnGeometry> columns = columnsOf(geometry, group.value());
        const int firstIndex = int(geometry.columns.size());
        geometry.columns.append(columns);
        for (const int i : group.value())
            assignColumn(geometry.lines[i], columns, firstIndex);
    }
}

bool endsShortOfColumn(const Geometry &geometry, int number) {
    const LineGeometry *line = geometry.line(number);
    const ColumnGeometry *column = line ? columnOf(geometry, *line) : nullptr;
    if (!column || line->columnSpan > 1)
        return false;
    return column->end - line->end() > shortLineSizes * line->size;
}

bool startsIndented(const Geometry &geometry, int number) {
    const LineGeometry *line = geometry.line(number);
    const ColumnGeometry *column = line ? columnOf(geometry, *line) : nullptr;
    if (!column || line->columnSpan > 1)
        return false;
    const int indent = line->start() - column->start;
    return indent >= minIndentSizes * line->size && indent <= maxIndentSizes * line->size;
}

bool isLargerType(const Geometry &geometry, int number) {
    const LineGeometry *line = geometry.line(number);
    return line && geometry.bodySize > 0.0 && line->size >= largerTypeFactor * geometry.bodySize;
}

bool spansColumns(const Geometry &geometry, int number) {
    const LineGeometry *line = geometry.line(number);
    return line && line->columnSpan > 1;
}

bool isDisplayLine(const Geometry &geometry, int number) {
    return isLargerType(geometry, number) || spansColumns(geometry, number);
}

bool changesColumn(const Geometry &geometry, int number, int nextNumber) {
    const LineGeometry *line = geometry.line(number);
    const LineGeometry *next = geometry.line(nextNumber);
    if (!line || !next)
        return false;
    if (line->page != next->page || line->vertical != next->vertical)
        return true;
    if (line->column >= 0 && next->column >= 0 && line->column != next->column)
        return true;
    // Back up the page (or, for vertical text, back to the right): a new column.
    return line->vertical ? next->box.left() > line->box.right()
                          : next->box.bottom() < line->box.top();
}

QLatin1String geometryRuleId(GeometryRule rule) {
    switch (rule) {
    case GeometryRule::ShortLine:
        return QLatin1String("geometry.short-line");
    case GeometryRule::Indent:
        return QLatin1String("geometry.indent");
    case GeometryRule::ColumnChange:
        return QLatin1String("geometry.column-change");
    case GeometryRule::FullLine:
        return QLatin1String("geometry.full-line");
    case GeometryRule::DisplaySize:
        return QLatin1String("geometry.display-size");
    case GeometryRule::SpansColumns:
        return QLatin1String("geometry.spans-columns");
    case GeometryRule::None:
        break;
    }
    return QLatin1String();
}

GeometryDecision decideBoundary(const Geometry &geometry, int number, int nextNumber) {
    const LineGeometry *line = geometry.line(number);
    const LineGeometry *next = geometry.line(nextNumber);
    if (!line || !next)
        return {};
    const bool displayBefore = isDisplayLine(geometry, number);
    const bool displayAfter = isDisplayLine(geometry, nextNumber);
    if (displayBefore && displayAfter) {
        if (continuesDisplay(*line, *next))
            return {};
        return {GeometryVerdict::BlockBreak, displayRule(geometry, number), true, true};
    }
    if (displayBefore || displayAfter) {
        const GeometryRule rule = displayRule(geometry, displayBefore ? number : nextNumber);
        return {GeometryVerdict::BlockBreak, rule, displayBefore, displayAfter};
    }
    if (endsShortOfColumn(geometry, number))
        return {GeometryVerdict::ParagraphBreak, GeometryRule::ShortLine};
    if (startsIndented(geometry, nextNumber))
        return {GeometryVerdict::ParagraphBreak, GeometryRule::Indent};
    if (line->column < 0 || next->column < 0)
        return {};
    if (changesColumn(geometry, number, nextNumber))
        return {GeometryVerdict::Join, GeometryRule::ColumnChange};
    return {GeometryVerdict::Join, GeometryRule::FullLine};
}

} // namespace galley::text
