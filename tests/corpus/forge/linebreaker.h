// Breaks a paragraph into lines and justifies them: Chinese between any two
// characters but never before closing or after opening punctuation, English
// only at spaces or, now and then, at a hyphen the forge adds to a long word.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <functional>

namespace galley::forge {

class Random;

// A stretch of a paragraph in one font (a bold byline, then the body).
struct Piece {
    int font = 0;
    QString text;
};

struct PlacedRun {
    int font = 0;
    double x = 0; // from the start of the line
    QString text;
};

struct BrokenLine {
    QList<PlacedRun> runs;
};

struct LineBreaking {
    bool chinese = true;
    bool justify = true; // else the lines are centred when `centre`, or set flush left
    bool centre = false;
    // Adds a hyphen to a long English word now and then; none when null.
    Random *hyphenation = nullptr;
    // The advance of `text` in font `font`.
    std::function<double(int font, const QString &text)> width;
    // The measure of line `index` and how far it is indented (a drop cap).
    std::function<double(int index)> measure;
    std::function<double(int index)> indent = [](int) { return 0.0; };
};

struct BrokenParagraph {
    QList<BrokenLine> lines;
    QStringList hyphenated; // the words broken with a hyphen, whole
};

BrokenParagraph breakParagraph(const QList<Piece> &pieces, const LineBreaking &how);

} // namespace galley::forge
