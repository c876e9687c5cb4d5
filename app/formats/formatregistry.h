// The export formats Galley knows, found by their short names.
#pragma once

#include "formats/bulletinwriter.h"
#include "formats/pdfoptions.h"

#include <QStringList>
#include <memory>

namespace galley {

// The short names `galley-cli convert --to` accepts, in the order help lists them.
QStringList exportFormatIds();

// A new writer for `formatId`, or nullptr for a name Galley does not know.
// The paged formats (pdf, docx, odt) take their page setup from `pageOptions`.
std::unique_ptr<BulletinWriter> createWriter(const QString &formatId,
                                             const PdfOptions &pageOptions = {});

// Whether writing `formatId` sets text with Qt's fonts, which need a QGuiApplication.
bool formatNeedsFonts(const QString &formatId);

} // namespace galley
