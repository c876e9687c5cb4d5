// Plain-text export: each article's headline, deck and byline on lines of
// their own, then one paragraph a line; a blank line between articles.
#pragma once

#include "formats/bulletinwriter.h"

namespace galley {

class TextWriter : public BulletinWriter {
public:
    QString formatId() const override { return QStringLiteral("txt"); }
    QString displayName() const override;
    bool write(const Bulletin &bulletin, QIODevice &device) override;

    static QString toText(const Bulletin &bulletin);
};

} // namespace galley
