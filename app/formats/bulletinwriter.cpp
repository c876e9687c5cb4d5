#include "formats/bulletinwriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>

namespace galley {

namespace {

// A full disk takes part of a write and refuses the rest: the first call
// returns short, only the next one says why. So write until all is taken.
bool writeEverything(QIODevice &device, const QByteArray &bytes) {
    qint64 written = 0;
    while (written < bytes.size()) {
        const qint64 n = device.write(bytes.constData() + written, bytes.size() - written);
        if (n <= 0)
            return false;
        written += n;
    }
    return true;
}

// Unbuffered, so that every write reaches the file and its failure is seen:
// a buffered QSaveFile commits a file whose last buffer could not be written.
bool openForSaving(QSaveFile &file) {
    return file.open(QIODevice::WriteOnly | QIODevice::Unbuffered);
}

bool cannotWrite(const QString &path, const QString &reason, QString *error) {
    if (error)
        *error = QCoreApplication::translate("Formats", "Cannot write \"%1\": %2")
                     .arg(QDir::toNativeSeparators(path), reason);
    return false;
}

} // namespace

bool BulletinWriter::writeAll(QIODevice &device, const QByteArray &bytes) {
    if (writeEverything(device, bytes))
        return true;
    setErrorString(device.errorString());
    return false;
}

bool writeBulletinFile(const Bulletin &bulletin, BulletinWriter &writer, const QString &path,
                       QString *error) {
    QSaveFile file(path);
    if (!openForSaving(file))
        return cannotWrite(path, file.errorString(), error);
    if (!writer.write(bulletin, file)) {
        file.cancelWriting();
        return cannotWrite(path, writer.errorString(), error);
    }
    if (!file.commit())
        return cannotWrite(path, file.errorString(), error);
    return true;
}

bool writeFileContents(const QString &path, const QByteArray &contents, QString *error) {
    QSaveFile file(path);
    if (!openForSaving(file))
        return cannotWrite(path, file.errorString(), error);
    if (!writeEverything(file, contents)) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return cannotWrite(path, reason, error);
    }
    if (!file.commit())
        return cannotWrite(path, file.errorString(), error);
    return true;
}

} // namespace galley
