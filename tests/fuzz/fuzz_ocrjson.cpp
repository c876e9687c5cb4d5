// Fuzzes the OCR structure of the project file (formats/ocrjson) from JSON
// text, and the import of the pages it yields: reading order, line geometry,
// repair and segmentation.
#include "formats/importer.h"
#include "formats/ocrjson.h"
#include "fuzzsupport.h"

#include <QJsonDocument>
#include <QJsonObject>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const QJsonDocument document = QJsonDocument::fromJson(galley::fuzz::bytesOf(data, size));
    if (!document.isObject())
        return 0;
    const QDir folder(QStringLiteral("/nonexistent-galley-fuzz"));
    QList<galley::text::OcrPage> pages = galley::ocrPagesFromJson(document.object(), &folder);
    galley::ocrPagesToJson(pages, &folder);
    galley::importOcrPages(std::move(pages), QStringLiteral("fuzz.galley"));
    return 0;
}
