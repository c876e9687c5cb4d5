// The repair engine: rebuilds paragraphs from OCR lines.
#pragma once

#include "text/block.h"
#include "text/language.h"

#include <QList>
#include <QString>

namespace galley::text {

struct RepairOptions {
    Language language = Language::Auto;
    bool enabled = true; // false keeps every OCR line as a block of its own
};

struct RepairResult {
    Language language = Language::Auto; // the language the rules ran for
    QList<Block> blocks;
};

RepairResult repairText(const QString &text, const RepairOptions &options = {});

} // namespace galley::text
