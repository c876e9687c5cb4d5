// Fuzzes the opening of a scan up to the OCR call: the bytes as a PDF
// (Poppler), a TIFF (Leptonica) or a PNG or JPEG (Qt), each page rendered as
// the importer renders it for Tesseract.
#include "formats/scanfile.h"
#include "fuzzsupport.h"

#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QTemporaryDir>

#include <cstdlib>
#include <unistd.h>

namespace {

QString scratchFolder() {
    static QTemporaryDir folder(QDir::tempPath() + QStringLiteral("/galley-fuzz-scan-XXXXXX"));
    return folder.path();
}

// ScanFile tells the kind by the file name, as the importer does; the magic
// bytes pick the name a real file of that kind would have.
QString suffixFor(QByteArrayView bytes) {
    if (bytes.startsWith("%PDF"))
        return QStringLiteral("pdf");
    if (bytes.startsWith("II*") || bytes.startsWith("MM\0*"))
        return QStringLiteral("tif");
    if (bytes.startsWith("\xff\xd8"))
        return QStringLiteral("jpg");
    return QStringLiteral("png");
}

} // namespace

// Qt's image plugins want an application. Created once and never destroyed:
// one torn down at exit while libFuzzer still runs only adds noise.
extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv) {
    setenv("QT_QPA_PLATFORM", "offscreen", 0);
    static auto *application = new QGuiApplication(*argc, *argv);
    Q_UNUSED(application);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const QByteArray bytes = galley::fuzz::bytesOf(data, size);
    // One file a process (libFuzzer may run jobs side by side in one folder).
    const QString path =
        scratchFolder() + QStringLiteral("/scan-%1.").arg(getpid()) + suffixFor(bytes);
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
            file.write(bytes) != bytes.size())
            std::abort();
    }
    galley::ScanFile scan;
    if (scan.open(path)) {
        // The first pages are enough: later ones take the same path.
        for (int index = 0; index < std::min(scan.pageCount(), 3); ++index) {
            const QImage image = scan.page(index);
            if (!image.isNull())
                galley::ScanFile::resolutionOf(image);
        }
    }
    QFile::remove(path);
    return 0;
}
