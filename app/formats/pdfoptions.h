// The page setup shared by the PDF export, print and print preview: paper,
// margins, columns, running header, page numbers and the Chinese script.
#pragma once

#include "document/bulletin.h"

#include <QDate>
#include <QMarginsF>
#include <QPageSize>
#include <QString>
#include <QStringView>
#include <optional>

namespace galley {

// Simplified and Traditional Chinese need different faces of Noto CJK: the
// same code point is drawn differently in each region's standard.
enum class ChineseScript { Auto, Simplified, Traditional };

struct PdfOptions {
    QPageSize::PageSizeId pageSize = QPageSize::A4;
    QMarginsF marginsMm{20.0, 18.0, 20.0, 18.0}; // left, top, right, bottom
    int columns = 1;                             // 1 or 2
    bool runningHeader = true;
    bool pageNumbers = true;
    QString headerTitle; // empty: the bulletin's title
    QDate date;          // shown in the running header when valid
    QString author;      // the PDF's author; empty: the articles' bylines
    qreal bodyPointSize = 10.5;
    ChineseScript script = ChineseScript::Auto;

    friend bool operator==(const PdfOptions &, const PdfOptions &) = default;
};

// The faces every paged format sets text in: Noto CJK in the page's Chinese
// script (Debian's fonts-noto-cjk), and the Noto faces of fonts-noto-core for Latin.
struct Typefaces {
    QString serifCjk;
    QString sansCjk;
    QString serifLatin;
    QString sansLatin;
};
Typefaces typefacesFor(ChineseScript script);

// The type sizes of the parts of an article, in points, alike in PDF, DOCX and ODT.
struct TypeScale {
    qreal body = 10.5;
    // Smaller than the headline it stands over, as newspapers set it.
    qreal kicker() const { return body * 1.2; }
    qreal headline() const { return body * 1.7; }
    qreal deck() const { return body * 1.15; }
    qreal byline() const { return body * 0.9; }
    qreal header() const { return body * 0.8; }
    qreal folio() const { return body * 0.85; }
};

// "a4" and "letter", as the command line spells them.
std::optional<QPageSize::PageSizeId> pageSizeFromName(QStringView name);
QString pageSizeName(QPageSize::PageSizeId id);

// Traditional when the page uses more characters that exist only in
// Traditional Chinese than characters that exist only in Simplified Chinese.
ChineseScript detectChineseScript(const Bulletin &bulletin);
ChineseScript resolveChineseScript(ChineseScript requested, const Bulletin &bulletin);

// The language of the page's text: the bulletin's, or found from the text when Auto.
text::Language bulletinLanguage(const Bulletin &bulletin);
// The BCP 47 tag of the page's text: "en", "zh-Hans" or "zh-Hant".
QString bulletinLanguageTag(const Bulletin &bulletin);

// The title and author the PDF's metadata and running header carry.
QString documentTitle(const Bulletin &bulletin, const PdfOptions &options);
QString documentAuthor(const Bulletin &bulletin, const PdfOptions &options);

} // namespace galley
