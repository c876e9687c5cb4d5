#include "text/spacing.h"

#include <QChar>

#include <algorithm>

namespace galley::text {

namespace {

constexpr int letterspacedRun = 3;   // 牢 牢 把: three characters in a row spaced apart
constexpr qsizetype bylineSpan = 24; // where a byline's 记者 may start
constexpr int minEvidence = 3;       // adjacencies that make a page convention

SpacingConvention conventionFrom(CjkLatinSpacing option, qint64 spaced, qint64 tight,
                                 bool chinesePage) {
    SpacingConvention convention;
    switch (option) {
    case CjkLatinSpacing::Keep:
        convention.keepInner = true;
        convention.confidence = 90;
        return convention;
    case CjkLatinSpacing::Drop:
        convention.confidence = 90;
        return convention;
    case CjkLatinSpacing::Insert:
        convention.keepInner = convention.insertInner = convention.spaceAtJoin = true;
        convention.confidence = 90;
        return convention;
    case CjkLatinSpacing::Consistent:
        break;
    }
    const qint64 total = spaced + tight;
    if (total < minEvidence) {
        // Too little to go by: keep what OCR gave; join lines as the language does.
        convention.keepInner = true;
        convention.spaceAtJoin = !chinesePage;
        convention.confidence = 55;
        return convention;
    }
    const bool spacedPage = spaced > tight;
    convention.keepInner = convention.spaceAtJoin = spacedPage;
    const qint64 agreeing = spacedPage ? spaced : tight;
    convention.confidence = quint8(std::clamp<qint64>(agreeing * 95 / total, 55, 95));
    return convention;
}

CharClass classAt(QStringView text, qsizetype i) {
    const char16_t u = text.at(i).unicode();
    if (QChar::isHighSurrogate(u) && i + 1 < text.size() &&
        QChar::isLowSurrogate(text.at(i + 1).unicode()))
        return classifyCodePoint(QChar::surrogateToUcs4(u, text.at(i + 1).unicode())).charClass();
    if (QChar::isLowSurrogate(u) && i > 0 && QChar::isHighSurrogate(text.at(i - 1).unicode()))
        return classifyCodePoint(QChar::surrogateToUcs4(text.at(i - 1).unicode(), u)).charClass();
    return charClass(u);
}

bool isCjkLetter(CharClass c) {
    return c == CharClass::Ideograph;
}

Decision spaceDecision(qint32 position, qint32 length, bool keep, Rule rule, quint8 confidence) {
    Decision decision;
    decision.position = position;
    decision.length = length;
    decision.kind = keep ? DecisionKind::KeepSpace : DecisionKind::DropSpace;
    decision.alternative = keep ? DecisionKind::DropSpace : DecisionKind::KeepSpace;
    decision.rule = rule;
    decision.confidence = confidence;
    return decision;
}

} // namespace

SpacingPolicy resolveSpacing(CjkLatinSpacing option, const SpacingCounts &counts,
                             bool chinesePage) {
    SpacingPolicy policy;
    policy.letters = conventionFrom(option, counts.letterSpaced, counts.letterTight, chinesePage);
    policy.digits = conventionFrom(option, counts.digitSpaced, counts.digitTight, chinesePage);
    return policy;
}

SpacingDecider::SpacingDecider(QStringView text, const SpacingPolicy &policy, bool chinese)
    : m_text(text)
    , m_policy(policy)
    , m_chinese(chinese) {}

void SpacingDecider::tokenize(qint32 start, qint32 end) {
    m_tokens.clear();
    const char16_t *s = m_text.utf16();
    const quint8 *table = charInfoTable();
    qint32 i = start;
    while (i < end) {
        while (i < end && CharInfo(table[s[i]]).charClass() == CharClass::Space)
            ++i;
        if (i >= end)
            break;
        Token token;
        token.start = i;
        while (i < end && CharInfo(table[s[i]]).charClass() != CharClass::Space)
            ++i;
        token.end = i;
        token.first = classAt(m_text, token.start);
        token.last = classAt(m_text, token.end - 1);
        const qint32 units = token.end - token.start;
        const bool oneCodePoint =
            units == 1 || (units == 2 && QChar::isHighSurrogate(s[token.start]));
        token.single = oneCodePoint && isCjkClass(token.first);
        m_tokens.push_back(token);
    }
}

int SpacingDecider::leadingSingles(const LineFeatures &line) {
    tokenize(line.start, line.end);
    int count = 0;
    while (size_t(count) < m_tokens.size() && m_tokens[size_t(count)].single)
        ++count;
    return count;
}

int SpacingDecider::trailingSingles(const LineFeatures &line) {
    tokenize(line.start, line.end);
    int count = 0;
    while (size_t(count) < m_tokens.size() && m_tokens[m_tokens.size() - 1 - size_t(count)].single)
        ++count;
    return count;
}

// m_chain[t]: how many single characters in a row, spaces apart, token t
// belongs to; a run may go on across the line break on either side.
void SpacingDecider::chainLengths(const LineFeatures &line, const LineFeatures *previous,
                                  const LineFeatures *next) {
    const bool startsSingle = m_tokens.front().single;
    const bool endsSingle = m_tokens.back().single;
    const int before = startsSingle && previous ? trailingSingles(*previous) : 0;
    const int after = endsSingle && next ? leadingSingles(*next) : 0;
    if ((startsSingle && previous) || (endsSingle && next))
        tokenize(line.start, line.end);
    const size_t n = m_tokens.size();
    m_chain.assign(n, 0);
    size_t runStart = 0;
    for (size_t t = 0; t <= n; ++t) {
        if (t < n && m_tokens[t].single)
            continue;
        int length = int(t - runStart);
        if (length > 0) {
            if (runStart == 0)
                length += before;
            if (t == n)
                length += after;
            std::fill(m_chain.begin() + qsizetype(runStart), m_chain.begin() + qsizetype(t),
                      length);
        }
        runStart = t + 1;
    }
}

// The end of the byline's names (the closing bracket of （记者 …）), or -1.
qint32 SpacingDecider::bylineEnd(const LineFeatures &line) const {
    if (!line.has(StartsByline) || !line.has(CjkLine))
        return -1;
    const QStringView view =
        m_text.mid(line.start, std::min<qsizetype>(line.end - line.start, bylineSpan));
    qsizetype keyword = -1;
    for (const QStringView word :
         {QStringView(u"记者"), QStringView(u"通讯员"), QStringView(u"摄影"),
          QStringView(u"实习生"), QStringView(u"記者"), QStringView(u"通訊員"),
          QStringView(u"攝影"), QStringView(u"實習生")}) {
        const qsizetype at = view.indexOf(word);
        if (at >= 0 && (keyword < 0 || at < keyword))
            keyword = at;
    }
    if (keyword < 0)
        return -1;
    const QStringView rest = m_text.mid(line.start + keyword, line.end - line.start - keyword);
    for (qsizetype i = 0; i < rest.size(); ++i) {
        const QChar c = rest.at(i);
        if (c == u'）' || c == u')' || c == u'，' || c == u'。')
            return qint32(line.start + keyword + i);
    }
    return line.end;
}

// Whether the Latin text on one side of a space, read away from it up to the
// next CJK character, is a phrase with letters ("Qt 6", "Windows") or only a
// number ("98%"): the two follow conventions of their own.
CharClass SpacingDecider::latinRunClass(size_t token, bool rightwards) const {
    for (size_t t = token; t < m_tokens.size(); rightwards ? ++t : --t) {
        const Token &current = m_tokens[t];
        const qint32 count = current.end - current.start;
        for (qint32 k = 0; k < count; ++k) {
            const char16_t u =
                m_text.at(rightwards ? current.start + k : current.end - 1 - k).unicode();
            const CharClass c = charClass(u);
            if (c == CharClass::LatinLetter)
                return CharClass::LatinLetter;
            if (isCjkClass(c) || QChar::isSurrogate(u))
                return CharClass::Digit;
        }
        if (!rightwards && t == 0)
            break;
    }
    return CharClass::Digit;
}

// A space next to a curly quote, an ellipsis, a dash or an ASCII bracket is
// CJK spacing when CJK text is across the space (or inside both marks).
bool SpacingDecider::decideAmbiguous(size_t left, Decision &decision) const {
    const Token &l = m_tokens[left];
    const Token &r = m_tokens[left + 1];
    bool cjk;
    if (isAmbiguousPunct(l.last) && isAmbiguousPunct(r.first)) {
        // ” “ between two Chinese quotations; ” ( between a Chinese quotation
        // and an English gloss is Latin spacing on an English page.
        const bool innerLeft = l.end - l.start >= 2 && isCjkClass(classAt(m_text, l.end - 2));
        const bool innerRight = r.end - r.start >= 2 && isCjkClass(classAt(m_text, r.start + 1));
        cjk = (innerLeft && innerRight) || ((innerLeft || innerRight) && m_chinese);
    } else {
        cjk = isCjkClass(isAmbiguousPunct(l.last) ? r.first : l.last);
    }
    if (!cjk)
        return false;
    decision = spaceDecision(l.end, r.start - l.end, false, Rule::SpaceCjkPunct, 90);
    return true;
}

bool SpacingDecider::decideGap(size_t left, const LineFeatures &line, qint32 bylineEnd,
                               Decision &decision) {
    const Token &l = m_tokens[left];
    const Token &r = m_tokens[left + 1];
    const qint32 position = l.end;
    const qint32 length = r.start - l.end;
    const bool inByline = bylineEnd >= 0 && r.start < bylineEnd;
    const bool gap = line.has(InnerGap) && (length >= 2 || m_text.at(position) == u'\t' ||
                                            m_text.at(position) == u'\u3000');
    if (isFullPunct(l.last) || isFullPunct(r.first)) {
        decision = spaceDecision(position, length, false, Rule::SpaceCjkPunct, 95);
        return true;
    }
    if (isAmbiguousPunct(l.last) || isAmbiguousPunct(r.first))
        return decideAmbiguous(left, decision);
    if (isCjkLetter(l.last) && isCjkLetter(r.first)) {
        if (inByline)
            decision = spaceDecision(position, length, true, Rule::SpaceByline, 85);
        else if (m_chain[left] >= letterspacedRun || m_chain[left + 1] >= letterspacedRun)
            decision = spaceDecision(position, length, false, Rule::SpaceLetterspaced, 90);
        else if (line.has(Display) && m_chain[left] > 0 && m_chain[left] == int(m_tokens.size()))
            decision = spaceDecision(position, length, false, Rule::SpaceLetterspaced, 80);
        else if (line.has(Display))
            decision = spaceDecision(position, length, true, Rule::SpaceHeadline, 80);
        else if (gap)
            decision = spaceDecision(position, length, true, Rule::SpaceTableGap, 70);
        else
            decision = spaceDecision(position, length, false, Rule::SpaceCjkGap, 80);
        return true;
    }
    const bool leftCjk = isCjkLetter(l.last) && isAlnumClass(r.first);
    const bool rightCjk = isAlnumClass(l.last) && isCjkLetter(r.first);
    if (!leftCjk && !rightCjk)
        return false;
    if (inByline) {
        decision = spaceDecision(position, length, true, Rule::SpaceByline, 80);
    } else if (gap) {
        decision = spaceDecision(position, length, true, Rule::SpaceTableGap, 70);
    } else {
        const SpacingConvention &convention =
            m_policy.forClass(latinRunClass(leftCjk ? left + 1 : left, leftCjk));
        decision = spaceDecision(position, length, convention.keepInner, Rule::SpaceCjkLatin,
                                 convention.confidence);
    }
    return true;
}

void SpacingDecider::insertions(const Token &token, QList<Decision> &out) const {
    CharClass previous = CharClass::Space;
    for (qint32 i = token.start; i < token.end; ++i) {
        if (QChar::isLowSurrogate(m_text.at(i).unicode()) && i > token.start)
            continue;
        const CharClass c = classAt(m_text, i);
        const bool meet = (isCjkLetter(previous) && isAlnumClass(c)) ||
                          (isAlnumClass(previous) && isCjkLetter(c));
        if (meet && m_policy.forClass(isAlnumClass(c) ? c : previous).insertInner) {
            Decision decision;
            decision.position = i;
            decision.length = 0;
            decision.kind = DecisionKind::InsertSpace;
            decision.alternative = DecisionKind::DropSpace;
            decision.rule = Rule::SpaceCjkLatin;
            decision.confidence = 90;
            out.append(decision);
        }
        previous = c;
    }
}

void SpacingDecider::decide(const LineFeatures &line, const LineFeatures *previous,
                            const LineFeatures *next, QList<Decision> &out) {
    if (!line.has(AnyCjk))
        return; // every rule here needs a CJK character on the line
    const bool inserting = m_policy.letters.insertInner || m_policy.digits.insertInner;
    if (!line.has(InnerSpace) && !inserting)
        return;
    tokenize(line.start, line.end);
    if (m_tokens.size() > 1)
        chainLengths(line, previous, next); // leaves the line's own tokens in m_tokens
    else
        m_chain.assign(m_tokens.size(), 0);
    const qint32 byline = bylineEnd(line);
    for (size_t t = 0; t < m_tokens.size(); ++t) {
        if (inserting)
            insertions(m_tokens[t], out);
        Decision decision;
        if (t + 1 < m_tokens.size() && decideGap(t, line, byline, decision))
            out.append(decision);
    }
}

} // namespace galley::text
