#include "text/geometryrepair.h"

#include <algorithm>

namespace galley::text {

namespace {

constexpr quint8 geometryConfidence = 90;

bool isJoinKind(DecisionKind kind) {
    return kind == DecisionKind::Join || kind == DecisionKind::JoinWithSpace ||
           kind == DecisionKind::Dehyphenate;
}

// The text shows a break that geometry cannot see: a byline or a list item starts.
bool textShowsBreak(Rule rule) {
    return rule == Rule::BylineStart || rule == Rule::BylineLine || rule == Rule::ListItem;
}

// The text took the line before a byline for a headline, and this is the
// boundary between the two.
bool beforeByline(const Decision &decision) {
    return decision.rule == Rule::DisplayBeforeByline && decision.displayBefore &&
           !decision.displayAfter;
}

// Rules that decide how two lines join (what becomes of a hyphen), not whether.
bool decidesHowToJoin(Rule rule) {
    return rule == Rule::LatinHyphen || rule == Rule::LatinHyphenPage ||
           rule == Rule::LatinCompound || rule == Rule::LatinCompoundPage ||
           rule == Rule::LatinRange || rule == Rule::LatinDash || rule == Rule::SpaceCjkLatin;
}

bool isCjk(QChar c) {
    const char16_t u = c.unicode();
    return (u >= 0x2E80 && u <= 0x9FFF) || (u >= 0xF900 && u <= 0xFAFF) ||
           (u >= 0xFF00 && u <= 0xFFEF) || (u >= 0x3000 && u <= 0x303F) || c.isSurrogate();
}

// How the lines join if they do: the text rules' own join where they made
// one (as the decision or its alternative), else by the characters either side.
DecisionKind joinKind(const Decision &decision, QStringView text) {
    if (isJoinKind(decision.kind))
        return decision.kind;
    if (isJoinKind(decision.alternative))
        return decision.alternative;
    const qsizetype before = decision.position - 1;
    const qsizetype after = qsizetype(decision.position) + decision.length;
    const bool cjk = (before >= 0 && before < text.size() && isCjk(text.at(before))) ||
                     (after < text.size() && isCjk(text.at(after)));
    return cjk ? DecisionKind::Join : DecisionKind::JoinWithSpace;
}

void record(Decision &decision, GeometryRule rule) {
    decision.rule = repairRule(rule);
    decision.confidence = std::max<quint8>(decision.confidence, geometryConfidence);
}

} // namespace

Rule repairRule(GeometryRule rule) {
    switch (rule) {
    case GeometryRule::ShortLine:
        return Rule::GeometryShortLine;
    case GeometryRule::Indent:
        return Rule::GeometryIndent;
    case GeometryRule::ColumnChange:
        return Rule::GeometryColumnChange;
    case GeometryRule::FullLine:
        return Rule::GeometryFullLine;
    case GeometryRule::DisplaySize:
        return Rule::GeometryDisplaySize;
    case GeometryRule::SpansColumns:
    case GeometryRule::None:
        break;
    }
    return Rule::GeometrySpansColumns;
}

void applyGeometry(Decision &decision, QStringView text, const Geometry &geometry, int line,
                   int next) {
    const GeometryDecision verdict = decideBoundary(geometry, line, next);
    const DecisionKind join = joinKind(decision, text);
    // Where geometry finds the supposed headline body text, the byline after
    // it still starts a paragraph.
    if (beforeByline(decision) && (verdict.verdict == GeometryVerdict::Join ||
                                   verdict.verdict == GeometryVerdict::ParagraphBreak)) {
        decision.kind = DecisionKind::ParagraphBreak;
        decision.alternative = join;
        decision.rule = Rule::BylineStart;
        decision.displayBefore = decision.displayAfter = false;
        return;
    }
    switch (verdict.verdict) {
    case GeometryVerdict::Unknown:
        return;
    case GeometryVerdict::Join:
        if (textShowsBreak(decision.rule) ||
            (isJoinKind(decision.kind) && decidesHowToJoin(decision.rule)))
            return;
        decision.kind = join;
        decision.alternative =
            join == DecisionKind::Dehyphenate ? DecisionKind::Join : DecisionKind::ParagraphBreak;
        break;
    case GeometryVerdict::ParagraphBreak:
        decision.kind = DecisionKind::ParagraphBreak;
        decision.alternative = join;
        break;
    case GeometryVerdict::BlockBreak:
        decision.kind = DecisionKind::BlockBreak;
        // Two display lines: a headline and its deck, which flipping joins.
        decision.alternative =
            verdict.displayBefore && verdict.displayAfter ? join : DecisionKind::ParagraphBreak;
        break;
    }
    decision.displayBefore =
        verdict.verdict == GeometryVerdict::BlockBreak && verdict.displayBefore;
    decision.displayAfter = verdict.verdict == GeometryVerdict::BlockBreak && verdict.displayAfter;
    record(decision, verdict.rule);
}

} // namespace galley::text
