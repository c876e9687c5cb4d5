// Fuzzes the .galley project reader (its JSON, the packed decisions and the
// OCR structure inside) and what opening a project does next: the document
// takes the page, the editor rebuilds paragraphs from the stored decisions.
#include "document/document.h"
#include "formats/projectfile.h"
#include "fuzzsupport.h"
#include "text/repair.h"

#include <cstdio>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    galley::ProjectFile project;
    galley::Bulletin bulletin;
    // A folder that does not exist: the scan paths inside resolve to nothing.
    if (!project.read(galley::fuzz::bytesOf(data, size), bulletin,
                      QStringLiteral("/nonexistent-galley-fuzz/page.galley")))
        return 0;

    galley::Document document;
    document.setBulletin(bulletin);
    galley::text::buildBlocks(bulletin.originalText, bulletin.decisions);
    if (!bulletin.decisions.isEmpty()) {
        document.flipDecisions({0, bulletin.decisions.size() - 1});
        galley::text::buildBlocks(document.originalText(), document.decisions());
    }
    for (qsizetype i = 0; i < bulletin.decisions.size(); i += 7)
        document.lineAt(bulletin.decisions.at(i).position);

    // Whatever was read is saved again and must open again.
    const QByteArray saved = galley::ProjectFile::toJson(document.bulletin());
    galley::Bulletin reopened;
    if (!galley::ProjectFile().read(saved, reopened)) {
        std::fprintf(stderr, "a saved project does not open again\n");
        std::abort();
    }
    return 0;
}
