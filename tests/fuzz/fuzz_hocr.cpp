// Fuzzes the hOCR (the HTML of Tesseract and archives) reader and the import of the pages it reads:
// reading order, line geometry, repair and segmentation.
#include "formats/hocrreader.h"
#include "formats/importer.h"
#include "fuzzsupport.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const QByteArray bytes = galley::fuzz::bytesOf(data, size);
    galley::HocrReader::looksLikeHocr(bytes.first(std::min<qsizetype>(bytes.size(), 4096)));
    galley::HocrReader reader;
    QList<galley::text::OcrPage> pages;
    if (!reader.read(bytes, pages, QDir(QStringLiteral("/nonexistent-galley-fuzz"))))
        return 0;
    galley::importOcrPages(std::move(pages), QStringLiteral("fuzz.hocr"));
    return 0;
}
