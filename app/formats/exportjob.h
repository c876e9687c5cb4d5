// Export what the user chose: the whole page, the selected articles, or one
// file per article named from its headline, in any format, with progress and
// cancel. Whatever happens, no partial file is left behind: single files go
// through QSaveFile, and one-file-per-article exports are written into a
// staging folder and moved into place only once every file is complete.
#pragma once

#include "document/bulletin.h"
#include "formats/pdfoptions.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <functional>

namespace galley {

enum class ExportScope {
    WholeBulletin,
    SelectedArticles,
    ArticlePerFile,
};

struct ExportRequest {
    QString formatId;
    ExportScope scope = ExportScope::WholeBulletin;
    QList<int> rows;     // the articles SelectedArticles and ArticlePerFile export; empty: all
    QString destination; // a file, or for ArticlePerFile a folder (created when missing)
    PdfOptions pageOptions;
};

struct ExportResult {
    bool ok = false;
    bool cancelled = false;
    QStringList files; // the files written, in article order
    QString error;
};

// Reports progress in characters set so far of the total; returning false cancels.
using ExportProgress = std::function<bool(qint64 done, qint64 total)>;

ExportResult runExport(const Bulletin &bulletin, const ExportRequest &request,
                       const ExportProgress &progress = {});

// The page with only the articles at `rows`, in page order; every article when
// `rows` is empty. Rows out of range are ignored.
Bulletin selectArticles(const Bulletin &bulletin, const QList<int> &rows);

// A file name, without extension, for the article at 1-based `number` of
// `count`: the number, zero-padded so that names sort in reading order, and the
// headline made safe for any file system (no path separators or characters
// Windows forbids, no leading dot, at most 60 characters).
QString articleFileBaseName(const Article &article, int number, int count);

} // namespace galley
