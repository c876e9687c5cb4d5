#include "formats/projectfile.h"

#include "formats/jsonwriter.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace galley {

namespace {

const QLatin1String formatMagic("galley-project");

QString tr(const char *text) {
    return QCoreApplication::translate("ProjectFile", text);
}

QJsonObject sourceToJson(const Bulletin &bulletin) {
    QJsonObject source;
    source.insert(QLatin1String("file"), bulletin.sourceFile);
    source.insert(QLatin1String("encoding"), bulletin.encoding);
    source.insert(QLatin1String("language"), text::languageCode(bulletin.language));
    source.insert(QLatin1String("text"), bulletin.originalText);
    return source;
}

QJsonArray articlesToJson(const QList<Article> &articles) {
    QJsonArray array = JsonWriter::articlesToJson(articles);
    for (qsizetype i = 0; i < articles.size(); ++i) {
        QJsonObject object = array.at(i).toObject();
        const LineRange &range = articles.at(i).source;
        object.insert(QLatin1String("sourceLines"), QJsonArray{range.first, range.last});
        array.replace(i, object);
    }
    return array;
}

Article articleFromJson(const QJsonObject &object) {
    Article article;
    article.headline = object.value(QLatin1String("headline")).toString();
    article.deck = object.value(QLatin1String("deck")).toString();
    article.byline = object.value(QLatin1String("byline")).toString();
    for (const QJsonValue &paragraph : object.value(QLatin1String("paragraphs")).toArray())
        article.paragraphs.append(paragraph.toString());
    const QJsonArray range = object.value(QLatin1String("sourceLines")).toArray();
    if (range.size() == 2)
        article.source = {range.at(0).toInt(-1), range.at(1).toInt(-1)};
    return article;
}

} // namespace

QString ProjectFile::displayName() const {
    return tr("Galley project");
}

QByteArray ProjectFile::toJson(const Bulletin &bulletin) {
    QJsonObject root;
    root.insert(QLatin1String("format"), formatMagic);
    root.insert(QLatin1String("version"), currentVersion);
    root.insert(QLatin1String("source"), sourceToJson(bulletin));
    root.insert(QLatin1String("articles"), articlesToJson(bulletin.articles));
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

bool ProjectFile::write(const Bulletin &bulletin, QIODevice &device) {
    return writeAll(device, toJson(bulletin));
}

bool ProjectFile::read(const QByteArray &bytes, Bulletin &bulletin) {
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        setErrorString(tr("not a Galley project (%1 at byte %2)")
                           .arg(parseError.errorString())
                           .arg(parseError.offset));
        return false;
    }
    const QJsonObject root = document.object();
    if (root.value(QLatin1String("format")).toString() != formatMagic) {
        setErrorString(tr("not a Galley project (the format field is missing)"));
        return false;
    }
    const int version = root.value(QLatin1String("version")).toInt();
    if (version < 1) {
        setErrorString(tr("not a Galley project (the version field is missing)"));
        return false;
    }
    if (version > currentVersion) {
        setErrorString(
            tr("the project was saved by a newer Galley (format version %1)").arg(version));
        return false;
    }
    const QJsonObject source = root.value(QLatin1String("source")).toObject();
    Bulletin result;
    result.sourceFile = source.value(QLatin1String("file")).toString();
    result.encoding = source.value(QLatin1String("encoding")).toString();
    result.language = text::languageFromCode(source.value(QLatin1String("language")).toString())
                          .value_or(text::Language::Auto);
    result.originalText = source.value(QLatin1String("text")).toString();
    for (const QJsonValue &article : root.value(QLatin1String("articles")).toArray())
        result.articles.append(articleFromJson(article.toObject()));
    bulletin = std::move(result);
    return true;
}

} // namespace galley
