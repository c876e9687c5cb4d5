// Line geometry: where each source line sat on the page (its box, its column,
// the size of its type) and the rules a copy editor reads off the page with
// it: a line stopping short of its column ends a paragraph, a change of column
// is a column break, and a line in larger type or across columns is a display line.
#pragma once

#include "text/ocrpage.h"

#include <QLatin1String>
#include <QList>
#include <QRect>

namespace galley::text {

struct LineGeometry {
    int page = -1;         // -1: nothing is known of the line (a blank line, plain text)
    QRect box;             // on its page, in the page's units
    double size = 0.0;     // the size of its type, in the same units
    bool vertical = false; // the line runs top to bottom
    int column = -1;       // index into Geometry::columns; -1 when in none
    int columnSpan = 0;    // how many columns the line reaches across

    bool isKnown() const { return page >= 0; }
    // Along the line: left and right edge, or top and bottom for vertical text.
    int start() const { return vertical ? box.top() : box.left(); }
    int end() const { return vertical ? box.bottom() + 1 : box.right() + 1; }
    friend bool operator==(const LineGeometry &, const LineGeometry &) = default;
};

// A column of body text: the extent its lines share along the line direction
// (left to right edge, or top to bottom for a band of vertical text).
struct ColumnGeometry {
    int page = 0;
    bool vertical = false;
    int start = 0;
    int end = 0; // exclusive
    int lineCount = 0;

    int width() const { return end - start; }
    friend bool operator==(const ColumnGeometry &, const ColumnGeometry &) = default;
};

struct Geometry {
    QList<LineGeometry> lines; // one per source line
    QList<ColumnGeometry> columns;
    double bodySize = 0.0; // the type size most lines are set in

    bool isEmpty() const { return columns.isEmpty() && bodySize <= 0.0; }
    const LineGeometry *line(int number) const;
    friend bool operator==(const Geometry &, const Geometry &) = default;
};

// The size of a line's type: what the source measured, else the line's
// height across (its height, or its width when vertical).
double lineSize(const OcrLine &line, bool vertical);

// The geometry of the lines of ocrText(pages), line for line.
Geometry geometryFromOcr(const QList<OcrPage> &pages);

// Finds the body columns among `lines` (boxes, sizes and pages set) and
// assigns each line its column and span. Body lines are grouped by where they
// start; each group that holds more than one line is a column.
void detectColumns(Geometry &geometry);

// The rules, asked of source line numbers; false when the geometry of a line
// is not known.
bool endsShortOfColumn(const Geometry &geometry, int line);
bool startsIndented(const Geometry &geometry, int line);
bool isLargerType(const Geometry &geometry, int line);
bool spansColumns(const Geometry &geometry, int line);
bool isDisplayLine(const Geometry &geometry, int line);
bool changesColumn(const Geometry &geometry, int line, int next);

// What the page's geometry says of the boundary between two source lines.
enum class GeometryVerdict {
    Unknown,        // geometry has nothing to say: the text rules decide
    Join,           // the text runs on
    ParagraphBreak, // a new paragraph starts
    BlockBreak,     // a display line stands on one side or both
};

enum class GeometryRule {
    None,
    ShortLine,    // geometry.short-line: the line stops short of its column's edge
    Indent,       // geometry.indent: the next line starts indented in its column
    ColumnChange, // geometry.column-change: the text runs on at the top of the next column
    FullLine,     // geometry.full-line: the line fills its column and the next carries on
    DisplaySize,  // geometry.display-size: a line in larger type than the body
    SpansColumns, // geometry.spans-columns: a line across more than one column
};

QLatin1String geometryRuleId(GeometryRule rule);

struct GeometryDecision {
    GeometryVerdict verdict = GeometryVerdict::Unknown;
    GeometryRule rule = GeometryRule::None;
    bool displayBefore = false; // BlockBreak: `line` is the display line
    bool displayAfter = false;  // BlockBreak: `next` is

    friend bool operator==(const GeometryDecision &, const GeometryDecision &) = default;
};

GeometryDecision decideBoundary(const Geometry &geometry, int line, int next);

} // namespace galley::text
