#include "formats/formatregistry.h"

#include "formats/jsonwriter.h"
#include "formats/projectfile.h"
#include "formats/textwriter.h"

namespace galley {

QStringList exportFormatIds() {
    return {QStringLiteral("txt"), QStringLiteral("json"), QStringLiteral("galley")};
}

std::unique_ptr<BulletinWriter> createWriter(const QString &formatId) {
    if (formatId == u"txt")
        return std::make_unique<TextWriter>();
    if (formatId == u"json")
        return std::make_unique<JsonWriter>();
    if (formatId == u"galley")
        return std::make_unique<ProjectFile>();
    return nullptr;
}

} // namespace galley
