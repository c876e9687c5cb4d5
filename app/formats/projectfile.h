// The .galley project file: versioned JSON holding the original OCR text, how
// it was read, the articles as edited and, for a scan, its OCR structure and
// image, so a saved page opens again as it was.
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

    // Reads a project from its bytes; the scan it names is looked for
    // relative to `projectPath`, the file the bytes came from. On failure
    // returns false and errorString() says why.
    bool read(const QByteArray &bytes, Bulletin &bulletin, const QString &projectPath = QString());

    // The project as written to `projectPath` (the scan is named relative to
    // it); without a path the scan is named by its absolute path.
    static QByteArray toJson(const Bulletin &bulletin, const QString &projectPath = QString());
};

} // namespace galley
