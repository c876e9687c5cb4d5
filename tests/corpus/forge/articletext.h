// The real article texts the forge sets, as read from texts/*.json.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace galley::forge {

struct ArticleText {
    QString id;       // the file's name without .json
    QString language; // "zh" or "en"
    QString kicker;
    QString headline;
    QString deck;
    QString byline;
    QStringList paragraphs;
    // Paragraphs the source marks as intertitles (小标题), by index.
    QList<int> intertitles;
};

// Every text of `dir`, sorted by id so that a seed picks the same texts on
// every machine. Returns an empty list and says why in `error` on failure.
QList<ArticleText> loadArticleTexts(const QString &dir, QString *error);

} // namespace galley::forge
