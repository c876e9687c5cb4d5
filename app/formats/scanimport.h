// Reading a scan: every page of an image, TIFF or PDF through Tesseract, one
// after another, with progress and a cancel checked between pages and while
// Tesseract works.
#pragma once

#include "formats/tesseractrecognizer.h"
#include "text/ocrpage.h"

#include <QList>
#include <QString>

#include <functional>

namespace galley {

struct ScanProgress {
    // `page` pages of `pageCount` are done and the current one is `percent` read.
    std::function<void(int page, int pageCount, int percent)> report;
    // True stops the reading.
    std::function<bool()> cancelled;
};

struct ScanReading {
    bool ok = false;
    bool cancelled = false;
    QList<text::OcrPage> pages; // each with its image path and page index set
    QString error;              // why it failed, for a message after the file name
};

ScanReading readScan(const QString &path, const OcrSettings &settings,
                     const ScanProgress &progress = {});

} // namespace galley
