// What the DOCX and ODT writers share: the page as a ZIP package of XML
// parts, set for the paper, margins, columns and body size of the PDF options.
#pragma once

#include "formats/bulletinwriter.h"
#include "formats/pdfoptions.h"

#include <QMap>

namespace galley {

class OfficePackageWriter : public BulletinWriter {
public:
    bool write(const Bulletin &bulletin, QIODevice &device) override;

    void setOptions(const PdfOptions &options) { m_options = options; }
    const PdfOptions &options() const { return m_options; }

    // The package's parts by name, before they are zipped.
    virtual QMap<QString, QByteArray> parts(const Bulletin &bulletin) const = 0;

protected:
    // The part a reader looks at first (ODF's mimetype, OOXML's content
    // types), which goes first into the package.
    virtual QString leadingPart() const = 0;
    // ODF wants its leading part stored, so that the type shows at a fixed offset.
    virtual bool compressesLeadingPart() const { return true; }

private:
    PdfOptions m_options;
};

} // namespace galley
