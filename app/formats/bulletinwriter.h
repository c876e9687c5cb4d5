// The interface every export format implements: write a page to a device,
// report why when it cannot. No exceptions.
#pragma once

#include "document/bulletin.h"

#include <QString>

class QIODevice;

namespace galley {

class BulletinWriter {
public:
    virtual ~BulletinWriter() = default;

    // The short name used by `galley-cli convert --to`, e.g. "txt".
    virtual QString formatId() const = 0;
    // The file name extension, without the dot.
    virtual QString fileExtension() const { return formatId(); }
    // The name a file dialog shows, e.g. "Plain text".
    virtual QString displayName() const = 0;

    // Writes the whole page to an open device. On failure returns false and
    // errorString() says why.
    virtual bool write(const Bulletin &bulletin, QIODevice &device) = 0;

    QString errorString() const { return m_errorString; }

protected:
    void setErrorString(const QString &error) { m_errorString = error; }
    // Writes all of `bytes`, or records the device's error and returns false.
    bool writeAll(QIODevice &device, const QByteArray &bytes);

private:
    QString m_errorString;
};

// Writes the page to `path` through a temporary file that replaces `path` only
// when everything was written, so a failure leaves no partial output behind.
bool writeBulletinFile(const Bulletin &bulletin, BulletinWriter &writer, const QString &path,
                       QString *error);
// The same for bytes already made, e.g. a project that was serialised first.
bool writeFileContents(const QString &path, const QByteArray &contents, QString *error);

} // namespace galley
