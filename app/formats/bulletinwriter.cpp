#include "formats/bulletinwriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>

namespace galley {

bool BulletinWriter::writeAll(QIODevice &device, const QByteArray &bytes) {
    if (device.write(bytes) == bytes.size())
        return true;
    setErrorString(device.errorString());
    return false;
}

bool writeBulletinFile(const Bulletin &bulletin, BulletinWriter &writer, const QString &path,
                       QString *error) {
    QSaveFile file(path);
    auto fail = [&](const QString &reason) {
        if (error)
            *error = QCoreApplication::translate("Formats", "Cannot write \"%1\": %2")
                         .arg(QDir::toNativeSeparators(path), reason);
        return false;
    };
    if (!file.open(QIODevice::WriteOnly))
        return fail(file.errorString());
    if (!writer.write(bulletin, file)) {
        file.cancelWriting();
        return fail(writer.errorString());
    }
    if (!file.commit())
        return fail(file.errorString());
    return true;
}

} // namespace galley
