// Bylines and datelines: the credit or place line that opens an article
// (`本报讯（记者 周美玉）`, `By JANE DOE`, `WASHINGTON, Jan. 5 —`).
#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace galley::text {

struct Lead {
    QString byline;         // the credit, spaces around its brackets tidied; empty for a dateline
    qsizetype length = 0;   // how much of the text the byline takes; 0 when the text keeps it
    bool wholeText = false; // the text is nothing but the byline
};

// The lead an article opens with, if `text` starts with one. A dateline stays
// in the text (it is the start of the first sentence); a credit is taken out.
std::optional<Lead> findLead(QStringView text);

// `text` without its byline: what the first paragraph keeps.
QString textAfterLead(QStringView text, const Lead &lead);

} // namespace galley::text
