#include "formats/scanfile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QLocale>

#include <leptonica/allheaders.h>
#include <poppler-qt6.h>

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace galley {

namespace {

enum class Kind { Image, Tiff, Pdf };

Kind kindOf(const QString &path) {
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"pdf")
        return Kind::Pdf;
    if (suffix == u"tif" || suffix == u"tiff")
        return Kind::Tiff;
    return Kind::Image;
}

struct PixDeleter {
    void operator()(PIX *pix) const { pixDestroy(&pix); }
};
using PixPointer = std::unique_ptr<PIX, PixDeleter>;

// Leptonica keeps a 32-bit pixel as one word, red in the top byte.
QImage imageFromPix(PIX *source) {
    const PixPointer pix(pixConvertTo32(source));
    if (!pix)
        return QImage();
    const int width = int(pixGetWidth(pix.get()));
    const int height = int(pixGetHeight(pix.get()));
    const l_uint32 *data = pixGetData(pix.get());
    const int wordsPerLine = int(pixGetWpl(pix.get()));
    QImage image(width, height, QImage::Format_RGB32);
    for (int y = 0; y < height; ++y) {
        const l_uint32 *line = data + qsizetype(y) * wordsPerLine;
        auto *out = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < width; ++x)
            out[x] =
                qRgb(int(line[x] >> 24), int((line[x] >> 16) & 0xff), int((line[x] >> 8) & 0xff));
    }
    const int resolution = int(pixGetXRes(source));
    if (resolution > 0) {
        const int dotsPerMeter = int(std::lround(resolution / 0.0254));
        image.setDotsPerMeterX(dotsPerMeter);
        image.setDotsPerMeterY(dotsPerMeter);
    }
    return image;
}

// Poppler reports on standard error what it repairs in a damaged PDF (a
// rebuilt cross-reference table); the page is read all the same, and what
// cannot be read reaches errorString().
void ignorePopplerMessage(const QString &, const QVariant &) {}

QString tooLargeReason(int page, QSize size) {
    const QLocale locale;
    return QCoreApplication::translate(
               "ScanFile", "page %1 is %2 × %3 pixels; Galley reads scans of up to %4 megapixels")
        .arg(page)
        .arg(locale.toString(size.width()), locale.toString(size.height()))
        .arg(ScanFile::largestPagePixels / 1'000'000);
}

bool isTooLarge(QSize size) {
    return qint64(size.width()) * size.height() > ScanFile::largestPagePixels;
}

} // namespace

struct ScanFile::Private {
    QString path;
    Kind kind = Kind::Image;
    int pageCount = 0;
    std::unique_ptr<Poppler::Document> pdf;
    QString error;
};

ScanFile::ScanFile()
    : d(std::make_unique<Private>()) {
    // Leptonica reports on standard error what errorString() says anyway.
    setMsgSeverity(L_SEVERITY_NONE);
    Poppler::setDebugErrorFunction(ignorePopplerMessage, QVariant());
}

ScanFile::~ScanFile() = default;

QStringList ScanFile::suffixes() {
    return {QStringLiteral("png"), QStringLiteral("jpg"),  QStringLiteral("jpeg"),
            QStringLiteral("tif"), QStringLiteral("tiff"), QStringLiteral("pdf")};
}

bool ScanFile::isScanFileName(const QString &path) {
    return suffixes().contains(QFileInfo(path).suffix().toLower());
}

int ScanFile::resolutionOf(const QImage &image) {
    const int resolution = int(std::lround(image.dotsPerMeterX() * 0.0254));
    // 72 and 96 are what screen software writes when it knows nothing.
    if (resolution < 100)
        return defaultResolution;
    return resolution;
}

bool ScanFile::open(const QString &path) {
    d = std::make_unique<Private>();
    d->path = path;
    d->kind = kindOf(path);
    switch (d->kind) {
    case Kind::Pdf:
        d->pdf = Poppler::Document::load(path);
        if (!d->pdf) {
            d->error =
                QCoreApplication::translate("ScanFile", "it is not a PDF document Galley can read");
            return false;
        }
        if (d->pdf->isLocked()) {
            d->error = QCoreApplication::translate("ScanFile",
                                                   "the PDF document is protected by a password");
            return false;
        }
        d->pdf->setRenderHint(Poppler::Document::Antialiasing);
        d->pdf->setRenderHint(Poppler::Document::TextAntialiasing);
        d->pageCount = d->pdf->numPages();
        break;
    case Kind::Tiff: {
        FILE *file = std::fopen(QFile::encodeName(path).constData(), "rb");
        l_int32 count = 0;
        const bool ok = file && tiffGetCount(file, &count) == 0;
        if (file)
            std::fclose(file);
        if (!ok) {
            d->error =
                QCoreApplication::translate("ScanFile", "it is not a TIFF image Galley can read");
            return false;
        }
        d->pageCount = int(count);
        break;
    }
    case Kind::Image: {
        QImageReader reader(path);
        if (!reader.canRead()) {
            d->error = reader.errorString();
            return false;
        }
        if (isTooLarge(reader.size())) {
            d->error = tooLargeReason(1, reader.size());
            return false;
        }
        d->pageCount = 1;
        break;
    }
    }
    if (d->pageCount < 1) {
        d->error = QCoreApplication::translate("ScanFile", "it has no pages");
        return false;
    }
    return true;
}

int ScanFile::pageCount() const {
    return d->pageCount;
}

QString ScanFile::errorString() const {
    return d->error;
}

QImage ScanFile::page(int index, int resolution) {
    QImage image;
    if (index < 0 || index >= d->pageCount) {
        d->error = QCoreApplication::translate("ScanFile", "there is no page %1").arg(index + 1);
        return image;
    }
    if (const QSize size = pixelSize(index, resolution); isTooLarge(size)) {
        d->error = tooLargeReason(index + 1, size);
        return image;
    }
    switch (d->kind) {
    case Kind::Pdf:
        if (const std::unique_ptr<Poppler::Page> page = d->pdf->page(index)) {
            image = page->renderToImage(resolution, resolution);
            const int dotsPerMeter = int(std::lround(resolution / 0.0254));
            image.setDotsPerMeterX(dotsPerMeter);
            image.setDotsPerMeterY(dotsPerMeter);
        }
        break;
    case Kind::Tiff:
        if (const PixPointer pix{pixReadTiff(QFile::encodeName(d->path).constData(), index)})
            image = imageFromPix(pix.get());
        break;
    case Kind::Image: {
        // A scan at 600 dpi outgrows the 256 MB Qt allows an image by default.
        QImageReader::setAllocationLimit(std::max(QImageReader::allocationLimit(), 2048));
        QImageReader reader(d->path);
        reader.setAutoTransform(true);
        image = reader.read();
        if (image.isNull()) {
            d->error = QCoreApplication::translate("ScanFile", "the image is damaged (%1)")
                           .arg(reader.errorString());
            return image;
        }
        break;
    }
    }
    if (image.isNull())
        d->error = QCoreApplication::translate("ScanFile", "page %1 cannot be read").arg(index + 1);
    return image;
}

// The size page `index` has as an image, read from the file's header without
// decoding it; an empty size when the header cannot be read.
QSize ScanFile::pixelSize(int index, int resolution) const {
    switch (d->kind) {
    case Kind::Pdf:
        if (const std::unique_ptr<Poppler::Page> page = d->pdf->page(index))
            return (page->pageSizeF() * resolution / 72.0).toSize();
        return {};
    case Kind::Tiff: {
        l_int32 width = 0, height = 0, bits = 0, samples = 0, dpi = 0, colormap = 0, format = 0;
        if (readHeaderTiff(QFile::encodeName(d->path).constData(), index, &width, &height, &bits,
                           &samples, &dpi, &colormap, &format) != 0)
            return {};
        return QSize(width, height);
    }
    case Kind::Image:
        return QImageReader(d->path).size();
    }
    return {};
}

} // namespace galley
