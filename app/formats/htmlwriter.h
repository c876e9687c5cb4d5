// HTML export: one semantic document, an <article> per article with its
// headline as <h1>, its kicker, deck and byline in the article's <header>, and its
// body as <p> paragraphs.
#pragma once

#include "formats/bulletinwriter.h"

namespace galley {

class HtmlWriter : public BulletinWriter {
public:
    QString formatId() const override { return QStringLiteral("html"); }
    QString displayName() const override;
    bool write(const Bulletin &bulletin, QIODevice &device) override;

    static QString toHtml(const Bulletin &bulletin);
};

} // namespace galley
