// File ▸ Export…: one save dialog picks both the format (by its filter) and
// the file name, and the page is written atomically through that format's writer.
#pragma once

#include "document/bulletin.h"

#include <QString>

class QWidget;

namespace galley {

// Returns the path written, or an empty string when the user cancelled or
// writing failed (the user has been told why).
QString exportBulletin(QWidget *parent, const Bulletin &bulletin, const QString &suggestedPath,
                       const QString &preferredFormat);

// The format a file name's extension stands for, or `fallback`.
QString exportFormatForFileName(const QString &fileName, const QString &fallback);

} // namespace galley
