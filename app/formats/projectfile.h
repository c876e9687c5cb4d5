// The .galley project file: versioned JSON holding the original OCR text, how
// it was read, and the articles as edited, so a saved page opens again as it was.
#pragma once

#include "formats/bulletinwriter.h"

#include <QByteArray>

namespace galley {

class ProjectFile : public BulletinWriter {
public:
    static constexpr int currentVersion = 1;

    QString formatId() const override { return QStringLiteral("galley"); }
    QString displayName() const override;
    bool write(const Bulletin &bulletin, QIODevice &device) override;

    // Reads a project from its bytes. On failure returns false and
    // errorString() says why.
    bool read(const QByteArray &bytes, Bulletin &bulletin);

    static QByteArray toJson(const Bulletin &bulletin);
};

} // namespace galley
