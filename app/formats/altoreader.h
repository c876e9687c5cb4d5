// Reads ALTO XML (the layout format of library digitisation): pages, blocks,
// lines and strings with their positions, word confidences and hyphens.
#pragma once

#include "formats/ocrxml.h"
#include "text/ocrpage.h"

#include <QDir>
#include <QIODevice>
#include <QList>
#include <QString>

namespace galley {

class AltoReader : public OcrXmlReader {
public:
    // Reads the pages of an ALTO document; the image it names is resolved
    // against `folder`, the folder of the ALTO file. Boxes stay in the file's
    // measurement unit. On failure returns false and errorString() names the
    // line and column of the fault.
    bool read(QIODevice &device, QList<text::OcrPage> &pages, const QDir &folder = QDir()) override;
    using OcrXmlReader::read;

    // Whether the start of a file looks like ALTO (for .xml files, which may be anything).
    static bool looksLikeAlto(QByteArrayView head);
};

} // namespace galley
