// OpenDocument text export (.odt): each headline a real heading (text:h at
// outline level 1), and every part of an article in a named paragraph style
// (Headline, Deck, Byline, Body Text), which LibreOffice shows as such.
//
// Written directly rather than through QTextDocumentWriter: Qt's ODF writer
// emits only automatic styles (P1, P2, ...) and text:p elements, so neither
// the headline nor the body would carry a style an editor can find or change.
#pragma once

#include "formats/bulletinwriter.h"
#include "formats/pdfoptions.h"

#include <QMap>

namespace galley {

class OdtWriter : public BulletinWriter {
public:
    QString formatId() const override { return QStringLiteral("odt"); }
    QString displayName() const override;
    bool write(const Bulletin &bulletin, QIODevice &device) override;

    // Paper, margins, columns and body size, as for the PDF.
    void setOptions(const PdfOptions &options) { m_options = options; }

    // The package's files by name, before they are zipped.
    QMap<QString, QByteArray> parts(const Bulletin &bulletin) const;

private:
    PdfOptions m_options;
};

} // namespace galley
