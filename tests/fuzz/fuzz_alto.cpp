// Fuzzes the ALTO XML reader and the import of the pages it reads:
// reading order, line geometry, repair and segmentation.
#include "formats/altoreader.h"
#include "formats/importer.h"
#include "fuzzsupport.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const QByteArray bytes = galley::fuzz::bytesOf(data, size);
    galley::AltoReader::looksLikeAlto(bytes.first(std::min<qsizetype>(bytes.size(), 4096)));
    galley::AltoReader reader;
    QList<galley::text::OcrPage> pages;
    if (!reader.read(bytes, pages, QDir(QStringLiteral("/nonexistent-galley-fuzz"))))
        return 0;
    galley::importOcrPages(std::move(pages), QStringLiteral("fuzz.alto"));
    return 0;
}
