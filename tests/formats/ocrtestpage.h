// Newspaper pages rendered from known text with the Noto fonts, so that OCR
// can be checked against what was printed: the image, every printed line with
// its box, and the articles a reader finds on the page.
#pragma once

#include <QImage>
#include <QList>
#include <QRect>
#include <QString>
#include <QStringList>

namespace galley::testing {

struct PrintedLine {
    QString text; // as printed: CJK without spaces, Latin words with one space
    QRect box;    // where the glyphs were set (the line's cell, not its ink)
};

struct PrintedArticle {
    QString headline;
    QString byline;
    QStringList paragraphs; // without the byline
};

struct PrintedPage {
    QImage image;             // 8-bit grey, black on white
    QList<PrintedLine> lines; // in reading order
    QList<PrintedArticle> articles;

    QString text() const; // the lines, one a line
};

// 1280 x 1600: two Chinese articles in three columns, the first under a
// headline across two columns, the second under a one-column headline.
PrintedPage renderChinesePage();

// 1200 x 1600: two English articles in two columns, the first under a
// headline across both, the second under a one-column headline.
PrintedPage renderEnglishPage();

// 900 x 1000: one Chinese article set vertically, its lines right to left.
PrintedPage renderVerticalChinesePage();

// Levenshtein distance over characters, divided by the length of `reference`.
// For Chinese, whitespace is left out of both (OCR spacing there is noise) and
// full-width and half-width forms are folded together (NFKC: （ and ( are one
// mark); otherwise whitespace is collapsed to single spaces.
double characterErrorRate(const QString &reference, const QString &hypothesis, bool chinese);

} // namespace galley::testing
