#include "formats/textwriter.h"

#include <QCoreApplication>
#include <QIODevice>

namespace galley {

QString TextWriter::displayName() const {
    return QCoreApplication::translate("Formats", "Plain text");
}

namespace {

// One article as lines: headline, deck and byline where present, then the paragraphs.
QString articleText(const Article &article) {
    QStringList lines;
    for (const QString &field : {article.headline, article.deck, article.byline}) {
        if (!field.isEmpty())
            lines.append(field);
    }
    lines.append(article.paragraphs);
    return lines.join(u'\n');
}

} // namespace

QString TextWriter::toText(const Bulletin &bulletin) {
    QString text;
    for (const Article &article : bulletin.articles)
        text += (text.isEmpty() ? QString() : QStringLiteral("\n")) + articleText(article) + u'\n';
    return text;
}

bool TextWriter::write(const Bulletin &bulletin, QIODevice &device) {
    // Article by article, so a page of 100 MB never needs a second copy of itself in memory.
    bool first = true;
    for (const Article &article : bulletin.articles) {
        QString text = articleText(article) + u'\n';
        if (!first)
            text.prepend(u'\n');
        first = false;
        if (!writeAll(device, text.toUtf8()))
            return false;
    }
    return true;
}

} // namespace galley
