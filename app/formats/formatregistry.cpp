#include "formats/formatregistry.h"

#include "formats/docxwriter.h"
#include "formats/htmlwriter.h"
#include "formats/jsonwriter.h"
#include "formats/markdownwriter.h"
#include "formats/odtwriter.h"
#include "formats/pdfwriter.h"
#include "formats/projectfile.h"
#include "formats/textwriter.h"

namespace galley {

QStringList exportFormatIds() {
    return {QStringLiteral("txt"),  QStringLiteral("md"),    QStringLiteral("html"),
            QStringLiteral("odt"),  QStringLiteral("docx"),  QStringLiteral("pdf"),
            QStringLiteral("json"), QStringLiteral("galley")};
}

std::unique_ptr<BulletinWriter> createWriter(const QString &formatId,
                                             const PdfOptions &pageOptions) {
    if (formatId == u"txt")
        return std::make_unique<TextWriter>();
    if (formatId == u"md")
        return std::make_unique<MarkdownWriter>();
    if (formatId == u"html")
        return std::make_unique<HtmlWriter>();
    if (formatId == u"odt") {
        auto writer = std::make_unique<OdtWriter>();
        writer->setOptions(pageOptions);
        return writer;
    }
    if (formatId == u"docx") {
        auto writer = std::make_unique<DocxWriter>();
        writer->setOptions(pageOptions);
        return writer;
    }
    if (formatId == u"pdf") {
        auto writer = std::make_unique<PdfWriter>();
        writer->setOptions(pageOptions);
        return writer;
    }
    if (formatId == u"json")
        return std::make_unique<JsonWriter>();
    if (formatId == u"galley")
        return std::make_unique<ProjectFile>();
    return nullptr;
}

bool formatNeedsFonts(const QString &formatId) {
    return formatId == u"pdf";
}

} // namespace galley
