// The page layout model: where each run of text, photo box and rule of a
// forged page goes, and the gold that says what was set. No drawing here.
//
// Coordinates are the model's, in units (a tenth of a point): lines run along
// x and are stacked down y, columns stand side by side along x. A vertical
// page is this model turned a quarter: its lines run down the page and are
// stacked right to left, and the model's columns are the page's tiers.
#pragma once

#include "articletext.h"
#include "pagestyle.h"

#include <QFont>
#include <QJsonObject>
#include <QLineF>
#include <QList>
#include <QRectF>

namespace galley::forge {

struct TextRun {
    int font = 0;   // an index into PageLayout::fonts
    QPointF origin; // where the run starts along its line, and the top of its line
    QString text;
};

struct PageLayout {
    PageStyle style;
    QSizeF size; // the model's size; for a vertical page, the page's turned
    QList<QFont> fonts;
    QList<TextRun> runs;
    QList<QRectF> photos; // grey boxes that stand for pictures
    QList<QLineF> rules;
    // {"articles": [...], "extras": [...], "notes": "..."} in reading order.
    QJsonObject gold;
};

// Sets as many of `texts` (in the page's language, chosen and ordered by
// `random`) as fit on a page of `style`.
PageLayout layoutPage(const PageStyle &style, const QList<ArticleText> &texts, Random &random);

} // namespace galley::forge
