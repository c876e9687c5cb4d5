#include "text/decision.h"

#include <QCoreApplication>

#include <array>

namespace galley::text {

namespace {

struct RuleText {
    const char *id;
    const char *description;
};

// Indexed by Rule. The ids are stored in project files and shown to users:
// never rename one.
constexpr std::array<RuleText, ruleCount> ruleTexts{{
    {"cjk.column-wrap", QT_TRANSLATE_NOOP("Repair", "CJK line wrapped at the column width")},
    {"blank.mid-sentence",
     QT_TRANSLATE_NOOP("Repair", "Blank line in mid-sentence: a column break")},
    {"blank.sentence-end", QT_TRANSLATE_NOOP("Repair", "Blank line after a sentence end")},
    {"para.short-line",
     QT_TRANSLATE_NOOP("Repair",
                       "Sentence end or lead-in (：) on a line short of the column width")},
    {"para.indent", QT_TRANSLATE_NOOP("Repair", "The next line is indented")},
    {"para.list-item", QT_TRANSLATE_NOOP("Repair", "The next line starts a list item")},
    {"para.dialogue", QT_TRANSLATE_NOOP("Repair", "A new speaker's quotation starts")},
    {"para.line-alone",
     QT_TRANSLATE_NOOP("Repair", "A short line without punctuation stands alone")},
    {"byline.start", QT_TRANSLATE_NOOP("Repair", "The next line starts with a byline")},
    {"byline.line", QT_TRANSLATE_NOOP("Repair", "A byline on a line of its own")},
    {"display.headline", QT_TRANSLATE_NOOP("Repair", "A headline stands alone")},
    {"display.before-byline",
     QT_TRANSLATE_NOOP("Repair", "The line before a byline is a headline")},
    {"display.deck", QT_TRANSLATE_NOOP("Repair", "A deck line follows a headline")},
    {"latin.wrap", QT_TRANSLATE_NOOP("Repair", "Latin lines join with a space")},
    {"latin.hyphen", QT_TRANSLATE_NOOP("Repair", "Hyphen of a word broken at the line end")},
    {"latin.hyphen-page", QT_TRANSLATE_NOOP("Repair", "The page spells the word without a hyphen")},
    {"latin.compound", QT_TRANSLATE_NOOP("Repair", "Hyphenated compound of two words")},
    {"latin.compound-page", QT_TRANSLATE_NOOP("Repair", "The page spells the word with a hyphen")},
    {"latin.range", QT_TRANSLATE_NOOP("Repair", "Hyphen between numbers")},
    {"latin.dash", QT_TRANSLATE_NOOP("Repair", "Dash at the line end")},
    {"space.cjk-punct", QT_TRANSLATE_NOOP("Repair", "Space next to full-width punctuation")},
    {"space.letterspaced", QT_TRANSLATE_NOOP("Repair", "Letter-spaced (justified) characters")},
    {"space.cjk-gap", QT_TRANSLATE_NOOP("Repair", "Space between CJK characters")},
    {"space.headline", QT_TRANSLATE_NOOP("Repair", "Space between the clauses of a headline")},
    {"space.byline", QT_TRANSLATE_NOOP("Repair", "Space in a byline")},
    {"space.cjk-latin",
     QT_TRANSLATE_NOOP("Repair", "Space between CJK text and Latin letters or digits")},
    {"space.table-gap", QT_TRANSLATE_NOOP("Repair", "Gap between the columns of a table")},
    {"geometry.short-line",
     QT_TRANSLATE_NOOP("Repair", "On the scan the line stops short of its column's edge")},
    {"geometry.indent", QT_TRANSLATE_NOOP("Repair", "On the scan the next line is indented")},
    {"geometry.column-change",
     QT_TRANSLATE_NOOP("Repair", "On the scan the text runs on at the top of the next column")},
    {"geometry.full-line",
     QT_TRANSLATE_NOOP("Repair", "On the scan the line fills its column and the text runs on")},
    {"geometry.display-size",
     QT_TRANSLATE_NOOP("Repair", "On the scan the line is set in larger type than the body")},
    {"geometry.spans-columns",
     QT_TRANSLATE_NOOP("Repair", "On the scan the line runs across more than one column")},
}};

constexpr std::array<const char *, 8> kindIds{"join",  "join-space", "dehyphenate", "paragraph",
                                              "block", "drop-space", "keep-space",  "insert-space"};

} // namespace

QLatin1String ruleId(Rule rule) {
    return QLatin1String(ruleTexts[size_t(rule)].id);
}

QString ruleDescription(Rule rule) {
    return QCoreApplication::translate("Repair", ruleTexts[size_t(rule)].description);
}

QLatin1String kindId(DecisionKind kind) {
    return QLatin1String(kindIds[size_t(kind)]);
}

void flipDecision(QList<Decision> &decisions, qsizetype index) {
    if (index < 0 || index >= decisions.size())
        return;
    Decision &decision = decisions[index];
    decision.flipped = !decision.flipped;
}

} // namespace galley::text
