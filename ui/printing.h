// Print and print preview of a bulletin, set by the same BulletinTypesetter
// as the PDF export, so paper and PDF break lines and pages alike.
#pragma once

#include "document/bulletin.h"
#include "formats/pdfoptions.h"

class QPrinter;
class QWidget;

namespace galley {

// Asks for a printer (paper and margins start from `options`) and prints.
// Returns false when the user cancelled or printing failed.
bool printBulletin(const Bulletin &bulletin, const PdfOptions &options, QWidget *parent);

// Opens a print preview, from which the user may print.
void showPrintPreview(const Bulletin &bulletin, const PdfOptions &options, QWidget *parent);

// Sets `printer` up for `options` (paper, margins, document name), as the
// dialogs above do before they show.
void preparePrinter(QPrinter &printer, const Bulletin &bulletin, const PdfOptions &options);

// Paints every page on `printer`, with whatever page layout it has. Returns
// the number of pages, or 0 when the printer cannot be painted on.
int paintBulletin(const Bulletin &bulletin, const PdfOptions &options, QPrinter &printer);

} // namespace galley
