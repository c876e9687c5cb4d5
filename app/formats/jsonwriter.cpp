#include "formats/jsonwriter.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QJsonDocument>
#include <QJsonObject>

namespace galley {

QString JsonWriter::displayName() const {
    return QCoreApplication::translate("Formats", "JSON article structure");
}

QJsonArray JsonWriter::articlesToJson(const QList<Article> &articles) {
    QJsonArray array;
    for (const Article &article : articles) {
        QJsonObject object;
        object.insert(QLatin1String("kicker"), article.kicker);
        object.insert(QLatin1String("headline"), article.headline);
        object.insert(QLatin1String("deck"), article.deck);
        object.insert(QLatin1String("byline"), article.byline);
        object.insert(QLatin1String("paragraphs"), QJsonArray::fromStringList(article.paragraphs));
        array.append(object);
    }
    return array;
}

bool JsonWriter::write(const Bulletin &bulletin, QIODevice &device) {
    QJsonObject root;
    root.insert(QLatin1String("articles"), articlesToJson(bulletin.articles));
    return writeAll(device, QJsonDocument(root).toJson(QJsonDocument::Indented));
}

} // namespace galley
