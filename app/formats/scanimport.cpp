#include "formats/scanimport.h"

#include "formats/scanfile.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace galley {

namespace {} // namespace

ScanReading readScan(const QString &path, const OcrSettings &settings,
                     const ScanProgress &progress) {
    ScanReading reading;
    ScanFile scan;
    if (!scan.open(path)) {
        reading.error = scan.errorString();
        return reading;
    }
    TesseractRecognizer recognizer;
    if (!recognizer.init(settings)) {
        reading.error = recognizer.errorString();
        return reading;
    }
    const QString imagePath = QFileInfo(path).absoluteFilePath();
    const int pageCount = scan.pageCount();
    for (int index = 0; index < pageCount; ++index) {
        if (progress.cancelled && progress.cancelled()) {
            reading.cancelled = true;
            reading.error = QCoreApplication::translate("ScanImport", "the OCR was cancelled");
            return reading;
        }
        if (progress.report)
            progress.report(index, pageCount, 0);
        const QImage image = scan.page(index);
        if (image.isNull()) {
            reading.error = scan.errorString();
            return reading;
        }
        auto pagePercent = [&](int percent) {
            if (progress.report)
                progress.report(index, pageCount, percent);
        };
        std::optional<text::OcrPage> page =
            recognizer.recognize(image, progress.cancelled, pagePercent);
        if (!page) {
            reading.cancelled = recognizer.wasCancelled();
            reading.error = recognizer.errorString();
            return reading;
        }
        page->imagePath = imagePath;
        page->imageIndex = index;
        reading.pages.append(std::move(*page));
    }
    if (progress.report)
        progress.report(pageCount, pageCount, 100);
    reading.ok = true;
    return reading;
}

} // namespace galley
