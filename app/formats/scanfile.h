// The page images of a scan: a PNG or JPEG, the frames of a TIFF, or the pages
// of a PDF rendered as an image, one page at a time.
#pragma once

#include <QImage>
#include <QString>
#include <QStringList>

#include <memory>

namespace galley {

class ScanFile {
public:
    // The resolution a PDF page is rendered at for OCR, and the one assumed
    // for an image that does not say.
    static constexpr int defaultResolution = 300;
    // The largest page read, in pixels: a broadsheet at 600 dpi is 125
    // million; beyond that OCR would take minutes and gigabytes.
    static constexpr qint64 largestPagePixels = 200'000'000;

    ScanFile();
    ~ScanFile();
    ScanFile(const ScanFile &) = delete;
    ScanFile &operator=(const ScanFile &) = delete;

    // Opens `path`; on failure returns false and errorString() says why.
    bool open(const QString &path);
    int pageCount() const;
    // The image of page `index` (from 0); a PDF page is rendered at `resolution`
    // dots per inch. A null image on failure, with errorString() set.
    QImage page(int index, int resolution = defaultResolution);
    QString errorString() const;

    // The file name suffixes Galley reads as scans, lower case.
    static QStringList suffixes();
    static bool isScanFileName(const QString &path);
    // The resolution an image declares, or defaultResolution when it declares
    // none or a screen resolution no scanner uses.
    static int resolutionOf(const QImage &image);

private:
    QSize pixelSize(int index, int resolution) const;

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace galley
