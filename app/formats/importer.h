// Opens a file as a page: a .galley project as it was saved, any other file as
// OCR text that is decoded, repaired and segmented into articles.
#pragma once

#include "document/bulletin.h"
#include "document/bulletinbuilder.h"

#include <QString>

namespace galley {

struct ImportOptions {
    QString encoding; // empty: detect
    BuildOptions build;
};

struct ImportResult {
    bool ok = false;
    bool isProject = false; // the file was a .galley project
    Bulletin bulletin;
    QString error; // names the file and says what is wrong with it
};

ImportResult importFile(const QString &path, const ImportOptions &options = {});

// The same for text already in memory, e.g. for tests and benchmarks.
ImportResult importTextBytes(const QByteArray &bytes, const QString &sourceName,
                             const ImportOptions &options = {});

bool isProjectFileName(const QString &path);

} // namespace galley
