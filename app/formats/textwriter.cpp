#include "formats/textwriter.h"

#include <QCoreApplication>
#include <QIODevice>

namespace galley {

QString TextWriter::displayName() const {
    return QCoreApplication::translate("Formats", "Plain text");
}

QString TextWriter::toText(const Bulletin &bulletin) {
    QStringList blocks;
    blocks.reserve(bulletin.articles.size());
    for (const Article &article : bulletin.articles) {
        QStringList lines;
        for (const QString &field : {article.headline, article.deck, article.byline}) {
            if (!field.isEmpty())
                lines.append(field);
        }
        lines.append(article.paragraphs);
        blocks.append(lines.join(u'\n'));
    }
    QString text = blocks.join(QStringLiteral("\n\n"));
    if (!text.isEmpty())
        text += u'\n';
    return text;
}

bool TextWriter::write(const Bulletin &bulletin, QIODevice &device) {
    return writeAll(device, toText(bulletin).toUtf8());
}

} // namespace galley
