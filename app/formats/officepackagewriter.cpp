#include "formats/officepackagewriter.h"

#include "formats/zipwriter.h"

namespace galley {

bool OfficePackageWriter::write(const Bulletin &bulletin, QIODevice &device) {
    const QMap<QString, QByteArray> files = parts(bulletin);
    const QString leading = leadingPart();
    ZipWriter zip;
    bool ok = zip.add(leading, files.value(leading), compressesLeadingPart());
    for (auto it = files.cbegin(); ok && it != files.cend(); ++it) {
        if (it.key() != leading)
            ok = zip.add(it.key(), it.value());
    }
    const std::optional<QByteArray> archive = ok ? zip.finish() : std::nullopt;
    if (!archive) {
        setErrorString(zip.errorString());
        return false;
    }
    return writeAll(device, *archive);
}

} // namespace galley
