// One page of a bulletin as Galley holds it: its articles in reading order,
// and where they came from (the file, its encoding, the original OCR text).
#pragma once

#include "document/article.h"
#include "text/language.h"

#include <QList>
#include <QString>

namespace galley {

struct Bulletin {
    QList<Article> articles;
    QString sourceFile;   // the OCR file the page was imported from
    QString encoding;     // the encoding that file was read in
    QString originalText; // the decoded OCR text, line endings normalised
    text::Language language = text::Language::Auto;

    // The title a reader would give the page: its first headline, else the file name.
    QString title() const;

    friend bool operator==(const Bulletin &, const Bulletin &) = default;
};

} // namespace galley
