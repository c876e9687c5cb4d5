// Word export (.docx): real WordprocessingML in a ZIP package, each article's
// parts in the paragraph styles Headline, Deck, Byline and Body Text, so Word
// and LibreOffice show them as such and an editor can restyle them at once.
#pragma once

#include "formats/bulletinwriter.h"
#include "formats/pdfoptions.h"

#include <QMap>

namespace galley {

class DocxWriter : public BulletinWriter {
public:
    QString formatId() const override { return QStringLiteral("docx"); }
    QString displayName() const override;
    bool write(const Bulletin &bulletin, QIODevice &device) override;

    // Paper, margins, columns and body size, as for the PDF.
    void setOptions(const PdfOptions &options) { m_options = options; }

    // The package's parts by name, before they are zipped.
    QMap<QString, QByteArray> parts(const Bulletin &bulletin) const;

private:
    PdfOptions m_options;
};

} // namespace galley
