// Opens a file as a page: a .galley project as it was saved; a scan (PNG, JPEG,
// TIFF, PDF) read by OCR, or hOCR or ALTO with the lines where OCR found them;
// any other file as OCR text. All but projects are repaired and segmented into articles.
#pragma once

#include "document/bulletin.h"
#include "document/bulletinbuilder.h"
#include "formats/scanimport.h"
#include "formats/tesseractrecognizer.h"

#include <QString>

namespace galley {

struct ImportOptions {
    QString encoding; // empty: detect
    BuildOptions build;
    OcrSettings ocr;  // for scans; its language is build.language
};

struct ImportResult {
    bool ok = false;
    bool isProject = false; // the file was a .galley project
    bool cancelled = false; // the OCR of a scan was cancelled through the progress
    Bulletin bulletin;
    QString error; // names the file and says what is wrong with it
};

ImportResult importFile(const QString &path, const ImportOptions &options = {});
// The same, reporting the OCR of a scan page by page and stopping when asked.
ImportResult importFile(const QString &path, const ImportOptions &options,
                        const ScanProgress &progress);

// Pages of OCR (from a scan, hOCR or ALTO) as a page of articles: the blocks
// put in reading order, their lines as the original text.
ImportResult importOcrPages(QList<text::OcrPage> pages, const QString &sourceName,
                            const ImportOptions &options = {});

// Whether a file is read by OCR (and so may take a while).
bool isScanFileName(const QString &path);

// The same for text already in memory, e.g. for tests and benchmarks.
ImportResult importTextBytes(const QByteArray &bytes, const QString &sourceName,
                             const ImportOptions &options = {});

bool isProjectFileName(const QString &path);

} // namespace galley
