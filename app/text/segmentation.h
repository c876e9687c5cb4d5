// Segmentation: groups the blocks of a page into articles, each with its
// headline, deck and byline.
#pragma once

#include "text/repair.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace galley::text {

struct ArticleDraft {
    QString headline;
    QString deck;
    QString byline;
    QStringList paragraphs;
    int firstLine = -1; // source lines, inclusive
    int lastLine = -1;

    friend bool operator==(const ArticleDraft &, const ArticleDraft &) = default;
};

QList<ArticleDraft> segmentArticles(const RepairResult &repair);

} // namespace galley::text
