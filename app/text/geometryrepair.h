// Geometry in the repair: where OCR saw the lines, what the page's geometry
// says of a line boundary overrules the text rules, which can only guess
// from the characters at the line ends.
#pragma once

#include "text/decision.h"
#include "text/geometry.h"

#include <QStringView>

namespace galley::text {

// The repair rule that records a geometric rule.
Rule repairRule(GeometryRule rule);

// Applies the geometry of the boundary between source lines `line` and
// `next` to `decision`, the text rules' decision there (spanning the
// boundary in `text`). A byline or list item the text shows still breaks; a
// hyphen rule still says how the lines join.
void applyGeometry(Decision &decision, QStringView text, const Geometry &geometry, int line,
                   int next);

} // namespace galley::text
