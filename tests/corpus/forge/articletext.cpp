#include "articletext.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace galley::forge {

QList<ArticleText> loadArticleTexts(const QString &dir, QString *error) {
    QList<ArticleText> texts;
    const QStringList names =
        QDir(dir).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString &name : names) {
        QFile file(QDir(dir).filePath(name));
        if (!file.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("cannot read %1").arg(file.fileName());
            return {};
        }
        QJsonParseError parse;
        const QJsonObject json = QJsonDocument::fromJson(file.readAll(), &parse).object();
        if (parse.error != QJsonParseError::NoError) {
            *error = QStringLiteral("%1: %2").arg(file.fileName(), parse.errorString());
            return {};
        }
        ArticleText text;
        text.id = name.chopped(5);
        text.language = json.value(QStringLiteral("language")).toString();
        text.kicker = json.value(QStringLiteral("kicker")).toString().trimmed();
        text.headline = json.value(QStringLiteral("headline")).toString().trimmed();
        text.deck = json.value(QStringLiteral("deck")).toString().trimmed();
        text.byline = json.value(QStringLiteral("byline")).toString().trimmed();
        for (const QJsonValue &p : json.value(QStringLiteral("paragraphs")).toArray()) {
            const QString paragraph = p.toString().trimmed();
            if (!paragraph.isEmpty())
                text.paragraphs.append(paragraph);
        }
        for (const QJsonValue &i : json.value(QStringLiteral("intertitles")).toArray())
            text.intertitles.append(i.toInt());
        if (text.headline.isEmpty() || text.paragraphs.isEmpty()) {
            *error = QStringLiteral("%1: no headline or no paragraphs").arg(file.fileName());
            return {};
        }
        texts.append(text);
    }
    if (texts.isEmpty())
        *error = QStringLiteral("no texts in %1").arg(dir);
    return texts;
}

} // namespace galley::forge
