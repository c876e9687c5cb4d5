// Column widths: the body lines of a column are nearly all as wide as the
// column, so the widths of a page peak at each column width it uses. Each line
// takes the peak its neighbourhood agrees on.
#include "text/linefeatures.h"

#include <algorithm>
#include <array>

namespace galley::text {

namespace {

constexpr int maxTrackedWidth = 1023;
constexpr int maxCandidates = 4;
constexpr int smoothing = 2;       // a column's lines differ by a narrow glyph or two
constexpr int narrowestColumn = 8; // four CJK characters
constexpr int voteRadius = 8;      // lines on each side that vote on a line's column

int trackedMeasure(const LineFeatures &line) {
    return std::min(measureOf(line), maxTrackedWidth);
}

struct Candidate {
    int peak = 0;
    int column = 0;
    int low = 0; // the measures that count as a full line of this column
    int high = 0;
};

// The lines a column's width shows in: those it wrapped. The last lines of
// paragraphs, headlines and table rows (as wide as their cells) say nothing of it.
void markWrappedLines(LineList &lines) {
    for (size_t i = 0; i + 1 < lines.size(); ++i) {
        const LineFeatures &line = lines[i];
        const LineFeatures &next = lines[i + 1];
        const bool wraps = !line.has(EndsTerminal) && !line.has(InnerGap) &&
                           !next.has(BlankBefore) && !next.has(Indented) &&
                           !next.has(StartsListItem) && !next.has(StartsByline);
        if (wraps)
            lines[i].flags |= Wraps;
    }
}

// Which lines vote on column widths: the wrapped ones, unless too few wrap.
quint32 votingFlag(const LineList &lines) {
    constexpr int enoughWrapped = 3;
    int wrapped = 0;
    for (const LineFeatures &line : lines)
        if (line.has(Wraps) && ++wrapped >= enoughWrapped)
            return Wraps;
    return 0;
}

bool votes(const LineFeatures &line, quint32 flag) {
    return flag ? line.has(LineFlag(flag)) : !line.has(InnerGap);
}

std::vector<int> histogramOf(const LineList &lines, quint32 flag) {
    std::vector<int> histogram(maxTrackedWidth + 1, 0);
    for (const LineFeatures &line : lines)
        if (votes(line, flag))
            ++histogram[size_t(trackedMeasure(line))];
    return histogram;
}

std::vector<int> smoothedHistogram(const std::vector<int> &histogram) {
    std::vector<int> smoothed(histogram.size(), 0);
    for (int w = 0; w <= maxTrackedWidth; ++w)
        for (int d = -smoothing; d <= smoothing; ++d)
            if (w + d >= 0 && w + d <= maxTrackedWidth)
                smoothed[size_t(w)] += histogram[size_t(w + d)];
    return smoothed;
}

// A ragged Latin column is as wide as its longer lines, not its typical one.
int upperColumn(const LineList &lines, quint32 flag, int low, int high) {
    std::vector<int> widths;
    for (const LineFeatures &line : lines) {
        if (!votes(line, flag))
            continue;
        const int m = trackedMeasure(line);
        if (m >= low && m <= high)
            widths.push_back(m);
    }
    if (widths.empty())
        return high;
    const size_t rank = widths.size() * 9 / 10;
    std::nth_element(widths.begin(), widths.begin() + qsizetype(rank), widths.end());
    return widths[rank];
}

// The commonest width near a peak: justified CJK lines are all of it, save
// those a narrow digit or two shortens.
int modeNear(const std::vector<int> &histogram, int peak) {
    int mode = peak;
    for (int w = std::max(0, peak - smoothing); w <= std::min(maxTrackedWidth, peak + smoothing);
         ++w)
        if (histogram[size_t(w)] >= histogram[size_t(mode)])
            mode = w;
    return mode;
}

std::vector<Candidate> findCandidates(const PageFeatures &page, quint32 flag) {
    const std::vector<int> histogram = histogramOf(page.lines, flag);
    std::vector<int> smoothed = smoothedHistogram(histogram);
    const int total = int(std::count_if(page.lines.begin(), page.lines.end(),
                                        [flag](const LineFeatures &l) { return votes(l, flag); }));
    std::vector<Candidate> candidates;
    int firstSupport = 0;
    while (int(candidates.size()) < maxCandidates) {
        const auto best = std::max_element(smoothed.rbegin(), smoothed.rend() - narrowestColumn);
        const int support = *best;
        const int peak = int(std::distance(best, smoothed.rend())) - 1;
        if (support == 0)
            break;
        if (!candidates.empty() &&
            (support < std::max(4, total * 15 / 100) || support * 4 < firstSupport))
            break;
        if (candidates.empty())
            firstSupport = support;
        const int spread = peak / 4 + smoothing;
        Candidate candidate;
        candidate.peak = peak;
        candidate.low = page.cjkPage ? peak - 3 : peak - peak / 4;
        candidate.high = page.cjkPage ? peak + 4 : peak + peak / 4;
        candidate.column = page.cjkPage
                               ? modeNear(histogram, peak)
                               : upperColumn(page.lines, flag, candidate.low, candidate.high);
        candidates.push_back(candidate);
        for (int w = std::max(0, peak - spread); w <= std::min(maxTrackedWidth, peak + spread); ++w)
            smoothed[size_t(w)] = 0;
    }
    if (candidates.empty()) {
        // Only narrow lines: the widest of them stands for the column.
        int widest = 0;
        for (const LineFeatures &line : page.lines)
            widest = std::max(widest, trackedMeasure(line));
        candidates.push_back({widest, widest, 0, widest});
    }
    return candidates;
}

bool matches(const Candidate &candidate, const LineFeatures &line) {
    if (line.has(InnerGap) || line.has(EndsTerminal))
        return false;
    const int m = trackedMeasure(line);
    return m >= candidate.low && m <= candidate.high;
}

// With several column widths on the page, a line takes the one its run of
// like lines has, else the one most lines around it have.
void assignLocally(LineList &lines, const std::vector<Candidate> &candidates) {
    const size_t n = lines.size();
    const size_t k = candidates.size();
    std::vector<int> prefix((n + 1) * k, 0); // prefix[i * k + c]: matches among lines before i
    for (size_t i = 0; i < n; ++i)
        for (size_t c = 0; c < k; ++c)
            prefix[(i + 1) * k + c] = prefix[i * k + c] + matches(candidates[c], lines[i]);
    size_t previous = 0;
    for (size_t i = 0; i < n; ++i) {
        size_t chosen = k;
        for (size_t c = 0; c < k && chosen == k; ++c) {
            const bool neighbour = (i > 0 && matches(candidates[c], lines[i - 1])) ||
                                   (i + 1 < n && matches(candidates[c], lines[i + 1]));
            if (matches(candidates[c], lines[i]) && neighbour)
                chosen = c;
        }
        if (chosen == k) {
            const size_t from = i >= voteRadius ? i - voteRadius : 0;
            const size_t to = std::min(n, i + voteRadius + 1);
            int bestVotes = -1;
            for (size_t c = 0; c < k; ++c) {
                const int votes = prefix[to * k + c] - prefix[from * k + c];
                if (votes > bestVotes || (votes == bestVotes && c == previous)) {
                    bestVotes = votes;
                    chosen = c;
                }
            }
        }
        lines[i].column = quint16(candidates[chosen].column);
        previous = chosen;
    }
}

} // namespace

void estimateColumns(PageFeatures &page) {
    LineList &lines = page.lines;
    if (lines.empty())
        return;
    const auto cjkLines = std::count_if(lines.begin(), lines.end(),
                                        [](const LineFeatures &l) { return l.has(CjkLine); });
    page.cjkPage = size_t(cjkLines) * 2 >= lines.size();
    markWrappedLines(lines);
    const std::vector<Candidate> candidates = findCandidates(page, votingFlag(lines));
    if (candidates.size() == 1) {
        for (LineFeatures &line : lines)
            line.column = quint16(candidates.front().column);
        return;
    }
    assignLocally(lines, candidates);
}

} // namespace galley::text
