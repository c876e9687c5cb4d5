// Markdown export (CommonMark): each article's headline as a level-one
// heading, its deck as a level-two heading, its byline in emphasis and its
// paragraphs as paragraphs, with every character that Markdown would read as
// markup escaped so the text comes back as it was.
#pragma once

#include "formats/bulletinwriter.h"

namespace galley {

class MarkdownWriter : public BulletinWriter {
public:
    QString formatId() const override { return QStringLiteral("md"); }
    QString displayName() const override;
    bool write(const Bulletin &bulletin, QIODevice &device) override;

    static QString toMarkdown(const Bulletin &bulletin);
    // `text` as inline Markdown that renders as exactly `text`.
    static QString escaped(const QString &text);
};

} // namespace galley
