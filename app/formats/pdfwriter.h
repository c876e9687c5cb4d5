// PDF export: the bulletin set in pages by BulletinTypesetter, written by Qt's
// PDF engine with embedded font subsets, then repaired so that copying and
// searching give back the text (see pdftounicode.h).
#pragma once

#include "formats/bulletintypesetter.h"
#include "formats/bulletinwriter.h"
#include "formats/pdfoptions.h"

namespace galley {

class PdfWriter : public BulletinWriter {
public:
    QString formatId() const override { return QStringLiteral("pdf"); }
    QString displayName() const override;
    bool write(const Bulletin &bulletin, QIODevice &device) override;

    void setOptions(const PdfOptions &options) { m_options = options; }
    PdfOptions options() const { return m_options; }
    // Reports progress while the pages are set; returning false cancels the
    // export, and write() then fails without writing anything.
    void setProgress(const BulletinTypesetter::Progress &progress) { m_progress = progress; }

    // The pages of the last successful write().
    int pageCount() const { return m_pageCount; }

    // The PDF for `bulletin`, or an empty array with errorString() set.
    QByteArray toPdf(const Bulletin &bulletin);

private:
    PdfOptions m_options;
    BulletinTypesetter::Progress m_progress;
    int m_pageCount = 0;
};

} // namespace galley
