// Segmentation: groups the blocks of a page into articles, each with its
// headline, deck and byline. An article starts at a paragraph that opens with
// a byline or at display lines followed by body text; each display line then
// goes to the article it describes, which may stand before it or after it.
#pragma once

#include "text/repair.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace galley::text {

// A display line as segmentation placed it, and why it went to its article.
struct DisplayDraft {
    QString text;
    int firstLine = 0; // source lines, inclusive
    int lastLine = 0;
    bool headline = false; // the article's headline; else part of its deck
    double score = 0;      // share of the line's text found in its article, 0..1
    QString evidence;      // the longest stretch of the line found in its article
    int runnerUp = -1;     // the next-best article (an index into the result); -1 none
    double runnerUpScore = 0;

    friend bool operator==(const DisplayDraft &, const DisplayDraft &) = default;
};

struct ArticleDraft {
    QString headline;
    QString deck; // the display lines that are not the headline, in reading order
    QString byline;
    QStringList paragraphs;
    int firstLine = -1; // source lines, inclusive
    int lastLine = -1;
    QList<DisplayDraft> displays; // the lines headline and deck came from, in reading order

    friend bool operator==(const ArticleDraft &, const ArticleDraft &) = default;
};

} // namespace galley::text

// Qt's strings and lists may be moved in memory as bytes, and so may drafts
// made of them: a page's list of drafts then grows without copying each one.
Q_DECLARE_TYPEINFO(galley::text::DisplayDraft, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(galley::text::ArticleDraft, Q_RELOCATABLE_TYPE);

namespace galley::text {

struct SegmentationOptions {
    // false leaves a byline in its paragraph as OCR read it (repair off: the
    // lines are arranged into articles, never rewritten).
    bool takeBylines = true;
};

QList<ArticleDraft> segmentArticles(const RepairResult &repair,
                                    const SegmentationOptions &options = {});

} // namespace galley::text
