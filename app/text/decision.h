// Repair decisions: what the engine decided at each line boundary and at each
// space it judged, where in the original text, by which rule, how sure it is,
// and whether a person flipped it.
#pragma once

#include <QLatin1String>
#include <QList>
#include <QString>

namespace galley::text {

enum class DecisionKind : quint8 {
    // At a line boundary. The span runs from the end of one line's text to
    // the start of the next line's text (blank lines and stray spaces included).
    Join,           // no space: CJK lines, or a hyphenated compound kept whole
    JoinWithSpace,  // one space: Latin lines
    Dehyphenate,    // no space, and the hyphen just before the span is removed
    ParagraphBreak, // a new paragraph starts after the span
    BlockBreak,     // a display line (headline, deck) is set apart on one side or both;
                    // a block is standalone when a BlockBreak next to it marks its side
    // At a space inside a line. The span is the run of spaces.
    DropSpace,   // the span goes; with an empty span, nothing is inserted
    KeepSpace,   // the span stays as it is
    InsertSpace, // an empty span where one space is inserted (pangu spacing)
};

enum class Rule : quint8 {
    CjkColumnWrap,       // cjk.column-wrap
    BlankMidSentence,    // blank.mid-sentence
    BlankSentenceEnd,    // blank.sentence-end
    ShortLineEnd,        // para.short-line
    IndentedStart,       // para.indent
    ListItem,            // para.list-item
    DialogueTurn,        // para.dialogue
    LineOfItsOwn,        // para.line-alone
    BylineStart,         // byline.start
    BylineLine,          // byline.line
    DisplayHeadline,     // display.headline
    DisplayBeforeByline, // display.before-byline
    DisplayDeck,         // display.deck
    LatinWrap,           // latin.wrap
    LatinHyphen,         // latin.hyphen
    LatinHyphenPage,     // latin.hyphen-page
    LatinCompound,       // latin.compound
    LatinCompoundPage,   // latin.compound-page
    LatinRange,          // latin.range
    LatinDash,           // latin.dash
    SpaceCjkPunct,       // space.cjk-punct
    SpaceLetterspaced,   // space.letterspaced
    SpaceCjkGap,         // space.cjk-gap
    SpaceHeadline,       // space.headline
    SpaceByline,         // space.byline
    SpaceCjkLatin,       // space.cjk-latin
    SpaceTableGap,       // space.table-gap
    // From the line boxes of a scan, hOCR or ALTO (text/geometry.h).
    GeometryShortLine,    // geometry.short-line
    GeometryIndent,       // geometry.indent
    GeometryColumnChange, // geometry.column-change
    GeometryFullLine,     // geometry.full-line
    GeometryDisplaySize,  // geometry.display-size
    GeometrySpansColumns, // geometry.spans-columns
};
constexpr int ruleCount = int(Rule::GeometrySpansColumns) + 1;

// A decision is 12 bytes: a 100 MB page holds millions of them.
struct Decision {
    qint32 position = 0;                        // offset of the span in the original text
    qint32 length = 0;                          // characters of the original text the span covers
    DecisionKind kind : 4 = DecisionKind::Join; // what the rule proposed
    DecisionKind alternative : 4 = DecisionKind::Join; // what flipping gives
    Rule rule = Rule::CjkColumnWrap;
    quint8 confidence : 7 = 100; // percent
    quint8 flipped : 1 = 0;
    quint8 displayBefore : 1 = 0; // BlockBreak: the line before the span is a display line
    quint8 displayAfter : 1 = 0;  // BlockBreak: the line after the span is a display line

    DecisionKind effectiveKind() const { return flipped ? alternative : kind; }
    bool isBoundary() const { return isBoundaryKind(kind); }

    static constexpr bool isBoundaryKind(DecisionKind k) { return k <= DecisionKind::BlockBreak; }
    // Both at a line boundary or both at a space inside a line: a decision's
    // alternative is always of its own family.
    static constexpr bool sameFamily(DecisionKind a, DecisionKind b) {
        return isBoundaryKind(a) == isBoundaryKind(b);
    }
    static constexpr bool isBreakKind(DecisionKind k) {
        return k == DecisionKind::ParagraphBreak || k == DecisionKind::BlockBreak;
    }

    friend bool operator==(const Decision &, const Decision &) = default;
};

// The stable id of a rule, e.g. "cjk.column-wrap", and what it means in a sentence.
QLatin1String ruleId(Rule rule);
QString ruleDescription(Rule rule);
// "join", "join-space", "dehyphenate", "paragraph", "block", "drop-space",
// "keep-space", "insert-space".
QLatin1String kindId(DecisionKind kind);

// Flips decision `index` between the rule's proposal and its alternative.
void flipDecision(QList<Decision> &decisions, qsizetype index);

} // namespace galley::text
