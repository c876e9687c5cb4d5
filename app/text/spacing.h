// Spacing: which spaces inside an OCR line are artefacts to drop (next to
// full-width punctuation, letter-spaced runs, gaps between CJK characters)
// and which are meant (bylines, headline clauses, Latin words, table gaps),
// plus the page's convention for spaces between CJK text and Latin or digits.
#pragma once

#include "text/decision.h"
#include "text/linefeatures.h"

#include <QStringView>

#include <vector>

namespace galley::text {

// How to treat a space between CJK text and Latin letters or digits.
enum class CjkLatinSpacing : quint8 {
    Consistent, // follow what the page mostly does (the default)
    Keep,       // keep the spaces as OCR'd; add none at line joins
    Drop,       // drop them
    Insert,     // keep them and insert one wherever CJK meets Latin or digits (pangu style)
};

// The convention resolved for one kind of neighbour (letters or digits).
struct SpacingConvention {
    bool keepInner = false;   // keep an OCR'd space inside a line
    bool insertInner = false; // insert a space where there is none inside a line
    bool spaceAtJoin = false; // join a CJK line and a Latin one with a space
    quint8 confidence = 80;
};

struct SpacingPolicy {
    SpacingConvention letters;
    SpacingConvention digits;

    const SpacingConvention &forClass(CharClass latinSide) const {
        return latinSide == CharClass::Digit ? digits : letters;
    }
};

SpacingPolicy resolveSpacing(CjkLatinSpacing option, const SpacingCounts &counts, bool chinesePage);

// Appends, in text order, the decisions on the spaces inside `line` (and the
// insertions, under CjkLatinSpacing::Insert). `previous` and `next` are the
// neighbouring lines, or null, for letter-spaced runs that cross a line break.
class SpacingDecider {
public:
    // `chinese`: the page language, which settles spaces between marks that
    // could be either CJK or Latin.
    SpacingDecider(QStringView text, const SpacingPolicy &policy, bool chinese);

    void decide(const LineFeatures &line, const LineFeatures *previous, const LineFeatures *next,
                QList<Decision> &out);

private:
    struct Token {
        qint32 start = 0;
        qint32 end = 0;
        CharClass first = CharClass::Other;
        CharClass last = CharClass::Other;
        bool single = false; // exactly one CJK character: a letter-spaced candidate
    };

    void tokenize(qint32 start, qint32 end);
    int leadingSingles(const LineFeatures &line);
    int trailingSingles(const LineFeatures &line);
    void chainLengths(const LineFeatures &line, const LineFeatures *previous,
                      const LineFeatures *next);
    bool decideGap(size_t left, const LineFeatures &line, qint32 bylineEnd, Decision &decision);
    bool decideAmbiguous(size_t left, Decision &decision) const;
    CharClass latinRunClass(size_t token, bool rightwards) const;
    void insertions(const Token &token, QList<Decision> &out) const;
    qint32 bylineEnd(const LineFeatures &line) const;

    QStringView m_text;
    const SpacingPolicy &m_policy;
    bool m_chinese = false;
    std::vector<Token> m_tokens;
    std::vector<int> m_chain; // per token: length of the letter-spaced run it is in
};

} // namespace galley::text
