// Sets a bulletin in pages: the one typesetting behind the PDF export, print
// and print preview, so what is printed is what the PDF shows.
#pragma once

#include "document/bulletin.h"
#include "formats/pdfoptions.h"
#include "formats/pdftounicode.h"

#include <QFont>
#include <QList>
#include <QPageLayout>
#include <functional>

class QPainter;
class QPagedPaintDevice;

namespace galley {

class BulletinTypesetter {
public:
    // Called as the text is set: how many characters are done of how many.
    // Returning false stops the typesetting.
    using Progress = std::function<bool(qsizetype done, qsizetype total)>;

    BulletinTypesetter(const Bulletin &bulletin, const PdfOptions &options);

    // The paper and margins the options ask for, for a QPdfWriter or a QPrinter.
    QPageLayout pageLayout() const;

    // Paints every page through `painter`, active on `device`, whose page
    // layout is already set; starts each new page with device.newPage().
    // Returns false when `progress` asked to stop.
    bool paint(QPainter &painter, QPagedPaintDevice &device, const Progress &progress = {});

    int pageCount() const { return m_pageCount; }
    // Every face the text is set in.
    QList<QFont> fonts() const;
    // Every character painted by the last paint(), with how often.
    const CharacterCounts &paintedCharacters() const { return m_painted; }

    QString title() const;
    QString author() const;

    // The families for a page's language and Chinese script: Noto Serif CJK SC
    // for Simplified Chinese rather than the Japanese face Qt picks by itself.
    static QStringList serifFamilies(text::Language language, ChineseScript script);
    static QStringList sansFamilies(text::Language language, ChineseScript script);

private:
    Bulletin m_bulletin;
    PdfOptions m_options;
    text::Language m_language;
    ChineseScript m_script;
    int m_pageCount = 0;
    CharacterCounts m_painted;
};

} // namespace galley
