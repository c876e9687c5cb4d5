// JSON export in the schema of the command-line contract:
// {"articles": [{"kicker", "headline", "deck", "byline", "paragraphs": [...]}]}
#pragma once

#include "formats/bulletinwriter.h"

#include <QJsonArray>

namespace galley {

class JsonWriter : public BulletinWriter {
public:
    QString formatId() const override { return QStringLiteral("json"); }
    QString displayName() const override;
    bool write(const Bulletin &bulletin, QIODevice &device) override;

    static QJsonArray articlesToJson(const QList<Article> &articles);
};

} // namespace galley
