// Word export (.docx): real WordprocessingML in a ZIP package, each article's
// parts in the paragraph styles Headline, Deck, Byline and Body Text, so Word
// and LibreOffice show them as such and an editor can restyle them at once.
#pragma once

#include "formats/officepackagewriter.h"

namespace galley {

class DocxWriter : public OfficePackageWriter {
public:
    QString formatId() const override { return QStringLiteral("docx"); }
    QString displayName() const override;
    QMap<QString, QByteArray> parts(const Bulletin &bulletin) const override;

protected:
    QString leadingPart() const override { return QStringLiteral("[Content_Types].xml"); }
};

} // namespace galley
