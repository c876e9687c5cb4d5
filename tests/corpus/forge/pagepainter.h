// Draws a page layout: as a PDF whose text layer gives back the characters
// set, and as a greyscale image of the printed page.
#pragma once

#include "pagelayout.h"

#include <QString>

class QPainter;

namespace galley::forge {

// The page's size as printed, in units.
QSizeF printedSize(const PageLayout &layout);

// Paints `layout` in units; the painter is scaled to the device by the caller.
void paintPage(QPainter &painter, const PageLayout &layout);

bool writePdf(const PageLayout &layout, const QString &path, QString *error);
bool writeImage(const PageLayout &layout, const QString &path, int dpi, QString *error);

} // namespace galley::forge
