#include "text/linebreaks.h"

#include <algorithm>

namespace galley::text {

namespace {

constexpr int cjkShortSlack = 4;  // two CJK characters left empty
constexpr int cjkIndentSlack = 8; // ... plus a two-character indent
constexpr int cjkWideSlack = 4;   // two characters beyond the column

// A sentence is over before the line: the page start, a sentence end or a
// display line precedes it.
bool startsUnit(const LineList &lines, size_t i) {
    return i == 0 || lines[i - 1].has(EndsTerminal) || lines[i - 1].has(Display);
}

// Display lines never end in punctuation that closes or continues a sentence,
// nor hold the end of one.
bool mayBeDisplay(const LineFeatures &line) {
    return !line.has(EndsTerminal) && !line.has(EndsContinuing) && !line.has(StartsByline) &&
           !line.has(StartsListItem) && !line.has(InnerTerminal);
}

bool isShortUnpunctuated(const LineFeatures &line, const LineFeatures *next) {
    return !line.has(EndsTerminal) && !line.has(EndsContinuing) && isShortLine(line, next, false);
}

// Rows of a table look like short headlines, but hold column gaps or come in
// runs of three or more; two short lines in a row are a headline and its deck
// as often as not.
bool isShortAt(const LineList &lines, size_t k) {
    return isShortUnpunctuated(lines[k], k + 1 < lines.size() ? &lines[k + 1] : nullptr);
}

// The last line of the run of short lines without punctuation that holds line i.
size_t shortRunEnd(const LineList &lines, size_t i) {
    size_t last = i;
    while (last + 1 < lines.size() && !lines[last + 1].has(BlankBefore) &&
           isShortAt(lines, last + 1))
        ++last;
    return last;
}

bool isTableLike(const LineList &lines, size_t i) {
    constexpr size_t tableRows = 3;
    if (lines[i].has(InnerGap))
        return true;
    size_t first = i;
    while (first > 0 && !lines[first].has(BlankBefore) && !lines[first - 1].has(Display) &&
           isShortAt(lines, first - 1))
        --first;
    return shortRunEnd(lines, i) - first + 1 >= tableRows;
}

// A short headline leads into text; short lines that close the page (a
// signature, a date) do not.
bool leadsIntoText(const LineList &lines, size_t i) {
    return shortRunEnd(lines, i) + 1 < lines.size();
}

DisplayReason displayReason(const LineList &lines, size_t i) {
    const LineFeatures &line = lines[i];
    if (!mayBeDisplay(line) || !startsUnit(lines, i))
        return NotDisplay;
    const LineFeatures *next = i + 1 < lines.size() ? &lines[i + 1] : nullptr;
    // A line the next one continues in a small letter is body text.
    if (next && next->has(StartsLower) && !next->has(BlankBefore))
        return NotDisplay;
    const bool afterDisplay = i > 0 && lines[i - 1].has(Display);
    const DisplayReason own = afterDisplay ? DisplayDeck : DisplayHeadline;
    if (next && next->has(StartsByline))
        return DisplayBeforeByline;
    if (isWideLine(line))
        return own;
    // A body paragraph's lines never outrun the column, so an unpunctuated line
    // wider than it right below this one makes both display: a headline and its deck.
    if (next && !next->has(BlankBefore) && mayBeDisplay(*next) && isWideLine(*next))
        return own;
    const bool blankAfter = !next || next->has(BlankBefore);
    if (line.has(BlankBefore) && blankAfter && (i == 0 || afterDisplay))
        return own;
    // Under a display line, a line that ends short of the column before a blank
    // line is a deck or the headline's last line: no indent was lost there.
    if (afterDisplay && blankAfter && isShortLine(line, next, false))
        return own;
    if (isShortLine(line, next, true) && !isTableLike(lines, i) && leadsIntoText(lines, i))
        return own;
    return NotDisplay;
}

Rule displayRule(quint8 reason) {
    switch (reason) {
    case DisplayBeforeByline:
        return Rule::DisplayBeforeByline;
    case DisplayDeck:
        return Rule::DisplayDeck;
    default:
        return Rule::DisplayHeadline;
    }
}

struct JoinChoice {
    DecisionKind kind = DecisionKind::Join;
    Rule rule = Rule::CjkColumnWrap;
    quint8 confidence = 90;
};

bool isHyphenRule(Rule rule) {
    return rule == Rule::LatinHyphen || rule == Rule::LatinHyphenPage ||
           rule == Rule::LatinCompound || rule == Rule::LatinCompoundPage ||
           rule == Rule::LatinRange || rule == Rule::LatinDash;
}

JoinChoice joinAtHyphen(const BoundaryContext &context, const LineFeatures &a,
                        const LineFeatures &b) {
    if (a.has(EndsLetterHyphen) && isAlnumClass(b.first)) {
        const QStringView left = HyphenResolver::wordBefore(context.text, a.end - 1);
        const QStringView right = HyphenResolver::wordAfter(context.text, b.start);
        const HyphenVerdict verdict = context.hyphens.resolve(left, right);
        return {verdict.kind, verdict.rule, verdict.confidence};
    }
    // "word -" at a line end is a dash between words.
    return {DecisionKind::JoinWithSpace, Rule::LatinDash, 75};
}

// How the two lines join when no break falls between them: by the characters
// on each side of the break.
JoinChoice joinChoice(const BoundaryContext &context, const LineFeatures &a,
                      const LineFeatures &b) {
    const bool endCjk = a.has(EndCjk);
    const bool startCjk = b.has(StartCjk);
    const bool endLatin = a.has(EndLatin);
    const bool startLatin = b.has(StartLatin);
    if (a.last == CharClass::Hyphen && !endCjk)
        return joinAtHyphen(context, a, b);
    if (a.last == CharClass::Dash && !endCjk)
        return {DecisionKind::Join, Rule::LatinDash, 85};
    if (endCjk && startCjk)
        return {DecisionKind::Join, Rule::CjkColumnWrap, 95};
    if ((endCjk && startLatin) || (endLatin && startCjk)) {
        const CharClass latinSide = endLatin ? a.lastStrong : b.firstStrong;
        const CharClass cjkSide = endCjk ? a.lastStrong : b.firstStrong;
        const SpacingConvention &convention = context.spacing.forClass(latinSide);
        const bool adjacent = a.has(EndDirect) && b.has(StartDirect);
        if (convention.spaceAtJoin && adjacent && cjkSide == CharClass::Ideograph)
            return {DecisionKind::JoinWithSpace, Rule::SpaceCjkLatin, convention.confidence};
        return {DecisionKind::Join, Rule::CjkColumnWrap, 90};
    }
    if (!endCjk && !startCjk && (endLatin || startLatin))
        return {DecisionKind::JoinWithSpace, Rule::LatinWrap, 90};
    if (context.chinese)
        return {DecisionKind::Join, Rule::CjkColumnWrap, 70};
    return {DecisionKind::JoinWithSpace, Rule::LatinWrap, 70};
}

Decision breakDecision(Decision decision, Rule rule, quint8 confidence, DecisionKind alternative) {
    decision.kind = DecisionKind::ParagraphBreak;
    decision.alternative = alternative;
    decision.rule = rule;
    decision.confidence = confidence;
    return decision;
}

// The alternative to keeping or removing a line-end hyphen is the other one;
// to any other join, a paragraph break.
DecisionKind alternativeToJoin(const JoinChoice &join) {
    if (join.kind == DecisionKind::Dehyphenate)
        return DecisionKind::Join;
    if (join.kind == DecisionKind::Join && isHyphenRule(join.rule) && join.rule != Rule::LatinDash)
        return DecisionKind::Dehyphenate;
    return DecisionKind::ParagraphBreak;
}

Decision joinDecision(Decision decision, const JoinChoice &join, Rule rule, quint8 confidence) {
    decision.kind = join.kind;
    decision.alternative = alternativeToJoin(join);
    decision.rule = rule;
    decision.confidence = confidence;
    return decision;
}

// 如下： · as follows: — a lead-in to the lines after it.
bool endsWithLeadIn(QStringView text, const LineFeatures &line) {
    const QChar last = text.at(line.end - 1);
    return last == u'：' || last == u':';
}

bool endsWithListLead(QStringView text, const LineFeatures &line) {
    const QChar last = text.at(line.end - 1);
    return last == u'；' || last == u'：' || last == u';' || last == u':';
}

Decision displayBreak(Decision decision, const LineFeatures &a, const LineFeatures &b,
                      const JoinChoice &join) {
    decision.kind = DecisionKind::BlockBreak;
    decision.displayBefore = a.has(Display);
    decision.displayAfter = b.has(Display);
    // Two display lines in a row are one headline or deck broken in two;
    // a display line beside body text is, if not display, a paragraph of its own.
    decision.alternative =
        a.has(Display) && b.has(Display) ? join.kind : DecisionKind::ParagraphBreak;
    decision.rule = displayRule(b.has(Display) ? b.displayReason : a.displayReason);
    decision.confidence = 80;
    return decision;
}

} // namespace

bool isShortLine(const LineFeatures &line, const LineFeatures *next, bool atUnitStart) {
    const int column = line.column;
    if (column == 0)
        return false;
    if (line.has(CjkLine))
        return line.width + (atUnitStart ? cjkIndentSlack : cjkShortSlack) <= column;
    const int nextWord = next ? next->firstWordWidth : 0;
    return line.width * 5 <= column * 4 || line.width + 1 + nextWord + column / 10 <= column;
}

bool isWideLine(const LineFeatures &line) {
    const int column = line.column;
    if (column == 0)
        return false;
    // Proportional Latin type fits a fifth more characters on a line of narrow letters.
    const int slack = line.has(CjkLine) ? cjkWideSlack : std::max(4, column / 5);
    return measureOf(line) > column + slack;
}

void markDisplayLines(PageFeatures &page) {
    LineList &lines = page.lines;
    for (size_t i = 0; i < lines.size(); ++i) {
        const DisplayReason reason = displayReason(lines, i);
        if (reason != NotDisplay) {
            lines[i].flags |= Display;
            lines[i].displayReason = reason;
        }
    }
}

Decision decideBoundary(const BoundaryContext &context, size_t index) {
    const LineList &lines = context.page.lines;
    const LineFeatures &a = lines[index];
    const LineFeatures &b = lines[index + 1];
    Decision decision;
    decision.position = a.end;
    decision.length = b.start - a.end;
    const JoinChoice join = joinChoice(context, a, b);
    if (a.has(Display) || b.has(Display))
        return displayBreak(decision, a, b, join);
    if (b.has(StartsByline) && !a.has(EndsContinuing))
        return breakDecision(decision, Rule::BylineStart, 90, join.kind);
    if (a.has(LatinBylineLine))
        return breakDecision(decision, Rule::BylineLine, 85, join.kind);

    // Neither a paragraph nor a headline starts with a small letter: the
    // sentence runs on, however short the line before it looks in a ragged
    // column of proportional type (or ends in an abbreviation's full stop).
    if (b.has(StartsLower) && !b.has(BlankBefore) && !a.has(CjkLine))
        return joinDecision(decision, join, join.rule, 90);
    const bool shortA = !a.has(StartsByline) && isShortLine(a, &b, startsUnit(lines, index));
    if (b.has(BlankBefore)) {
        // 本报记者 李明 on a line of its own: a credit line, not a sentence cut by the blank.
        if (a.has(StartsByline) && !a.has(EndsContinuing) && isShortLine(a, &b, false))
            return breakDecision(decision, Rule::BylineLine, 80, join.kind);
        if (a.has(EndsTerminal))
            return breakDecision(decision, Rule::BlankSentenceEnd, shortA ? 95 : 80, join.kind);
        return joinDecision(decision, join,
                            isHyphenRule(join.rule) ? join.rule : Rule::BlankMidSentence, 85);
    }
    if (a.has(EndsTerminal)) {
        if (shortA)
            return breakDecision(decision, Rule::ShortLineEnd, 85, join.kind);
        if (b.has(Indented))
            return breakDecision(decision, Rule::IndentedStart, 85, join.kind);
        if (b.has(StartsListItem))
            return breakDecision(decision, Rule::ListItem, 85, join.kind);
        if (a.has(EndsCloseQuote) && b.has(StartsOpenQuote))
            return breakDecision(decision, Rule::DialogueTurn, 70, join.kind);
    } else if (shortA && endsWithLeadIn(context.text, a)) {
        return breakDecision(decision, Rule::ShortLineEnd, 80, join.kind);
    } else if (!a.has(EndsContinuing) && shortA) {
        return breakDecision(decision, Rule::LineOfItsOwn, 70, join.kind);
    } else if (b.has(StartsListItem) && endsWithListLead(context.text, a)) {
        return breakDecision(decision, Rule::ListItem, 75, join.kind);
    }
    return joinDecision(decision, join, join.rule, join.confidence);
}

} // namespace galley::text
