// Repair test pages: an OCR page with its expected blocks written by hand, and
// the scoring of the engine's decisions against them, one by one.
//
// A page is NAME.txt with NAME.expected beside it in tests/data/pages/repair/.
// The expected file holds one block per line; "= " marks a display line (a
// headline or deck set apart); lines starting with "#" and blank lines are
// ignored; "@ key=value" lines set options: lang=auto|zh|en,
// spacing=consistent|keep|drop|insert, source=PATH (the input, relative to the
// source tree, instead of NAME.txt).
#pragma once

#include "text/repair.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace galley::testing {

struct RepairPage {
    QString name;
    QString text; // the OCR input
    QStringList blocks;
    QList<bool> display; // per block: a display line
    text::RepairOptions options;
};

// The names of the pages in `directory` (every NAME.expected), sorted.
QStringList repairPageNames(const QString &directory);

// Reads NAME.expected (and its input) from `directory`; on failure returns
// nothing and sets `error`.
std::optional<RepairPage> loadRepairPage(const QString &directory, const QString &name,
                                         QString *error);

struct RepairScore {
    int boundaries = 0; // line boundaries on the page
    int boundariesRight = 0;
    int spaces = 0; // spaces the engine judged or that the expected text changes
    int spacesRight = 0;
    QStringList mistakes;   // one line per wrong decision, with source line numbers
    QString alignmentError; // the expected text does not spell the page's characters

    int total() const { return boundaries + spaces; }
    int right() const { return boundariesRight + spacesRight; }
};

// Reads off the expected blocks what should happen at each line boundary and
// at each space of the page (aligning them with the OCR text character by
// character), and compares that with the decisions in `result`.
RepairScore scoreRepair(const RepairPage &page, const text::RepairResult &result);

} // namespace galley::testing
