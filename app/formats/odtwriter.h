// OpenDocument text export (.odt): each headline a real heading (text:h at
// outline level 1), and every part of an article in a named paragraph style
// (Headline, Deck, Byline, Body Text), which LibreOffice shows as such.
//
// Written directly rather than through QTextDocumentWriter: Qt's ODF writer
// emits only automatic styles (P1, P2, ...) and text:p elements, so neither
// the headline nor the body would carry a style an editor can find or change.
#pragma once

#include "formats/officepackagewriter.h"

namespace galley {

class OdtWriter : public OfficePackageWriter {
public:
    QString formatId() const override { return QStringLiteral("odt"); }
    QString displayName() const override;
    QMap<QString, QByteArray> parts(const Bulletin &bulletin) const override;

protected:
    QString leadingPart() const override { return QStringLiteral("mimetype"); }
    bool compressesLeadingPart() const override { return false; }
};

} // namespace galley
