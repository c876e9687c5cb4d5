// The faces a forged page is set in, and how far a run of text advances in
// them across a line or down a vertical column: one measure for the layout
// and the painter alike, so what is laid out is what is drawn.
#pragma once

#include <QFont>
#include <QList>
#include <QString>

namespace galley::forge {

enum class Face { Serif, SerifBold, Sans, SansBold };

// The Noto faces Debian ships (fonts-noto-cjk, fonts-noto-core). Chinese pages
// keep the CJK face first; English pages fall back to it for any ideograph.
QFont makeFont(Face face, bool chinese, double size);

// How far `text` advances along its line: across for horizontal text; down for
// vertical text, where a full-width character takes one em and any other
// character (set sideways) its own width.
double advance(const QFont &font, const QString &text, bool vertical);

// Characters drawn sideways in a vertical column: brackets, dashes, ellipses
// and Latin letters and digits.
bool isSideways(const QFont &font, QChar c);
// Full-width punctuation that sits in the upper right of its cell when vertical.
bool isCornerPunctuation(QChar c);

} // namespace galley::forge
