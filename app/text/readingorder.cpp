#include "text/readingorder.h"

#include "text/geometry.h"

#include <algorithm>
#include <cmath>

namespace galley::text {

namespace {

struct Item {
    QRect box;
    int index = 0;
};

enum class Axis { X, Y };

int low(const QRect &box, Axis axis) {
    return axis == Axis::X ? box.left() : box.top();
}

int high(const QRect &box, Axis axis) {
    return axis == Axis::X ? box.right() : box.bottom();
}

// Splits `items` where white space runs across the whole set along `axis`
// (x: the gaps between columns), in increasing order of position.
QList<QList<Item>> splitAtGaps(QList<Item> items, Axis axis, bool firstGapOnly) {
    std::sort(items.begin(), items.end(),
              [axis](const Item &a, const Item &b) { return low(a.box, axis) < low(b.box, axis); });
    QList<QList<Item>> parts;
    int reach = 0;
    for (const Item &item : items) {
        const bool gap = !parts.isEmpty() && low(item.box, axis) > reach;
        if (parts.isEmpty() || (gap && !(firstGapOnly && parts.size() == 2)))
            parts.append(QList<Item>());
        parts.last().append(item);
        reach =
            parts.last().size() == 1 ? high(item.box, axis) : std::max(reach, high(item.box, axis));
    }
    return parts;
}

// Horizontal text: columns left to right first, else the top band off the
// rest. Vertical text: bands top to bottom first, else the rightmost column.
void cut(const QList<Item> &items, bool vertical, QList<int> &order) {
    if (items.size() <= 1) {
        for (const Item &item : items)
            order.append(item.index);
        return;
    }
    const Axis across = vertical ? Axis::Y : Axis::X;
    const Axis down = vertical ? Axis::X : Axis::Y;
    QList<QList<Item>> parts = splitAtGaps(items, across, false);
    if (parts.size() == 1) {
        parts = splitAtGaps(items, down, true);
        if (vertical)
            std::reverse(parts.begin(), parts.end());
    }
    if (parts.size() == 1) {
        QList<Item> rest = items;
        std::sort(rest.begin(), rest.end(), [vertical](const Item &a, const Item &b) {
            return vertical ? a.box.right() > b.box.right() : a.box.top() < b.box.top();
        });
        for (const Item &item : rest)
            order.append(item.index);
        return;
    }
    for (const QList<Item> &part : std::as_const(parts))
        cut(part, vertical, order);
}

bool mostlyVertical(const OcrPage &page) {
    qsizetype vertical = 0;
    for (const OcrBlock &block : page.blocks)
        vertical += block.vertical ? 1 : 0;
    return vertical * 2 > page.blocks.size();
}

double blockSize(const OcrBlock &block) {
    QList<double> sizes;
    for (const OcrParagraph &paragraph : block.paragraphs) {
        for (const OcrLine &line : paragraph.lines)
            sizes.append(lineSize(line, block.vertical));
    }
    if (sizes.isEmpty())
        return 0.0;
    std::nth_element(sizes.begin(), sizes.begin() + sizes.size() / 2, sizes.end());
    return sizes.at(sizes.size() / 2);
}

// The white space between consecutive lines of a paragraph, typical for the page.
double lineGap(const OcrPage &page) {
    QList<int> gaps;
    for (const OcrBlock &block : page.blocks) {
        for (const OcrParagraph &paragraph : block.paragraphs) {
            for (qsizetype i = 1; i < paragraph.lines.size(); ++i) {
                const QRect &a = paragraph.lines.at(i - 1).box;
                const QRect &b = paragraph.lines.at(i).box;
                gaps.append(block.vertical ? a.left() - b.right() : b.top() - a.bottom());
            }
        }
    }
    if (gaps.isEmpty())
        return 0.0;
    std::nth_element(gaps.begin(), gaps.begin() + gaps.size() / 2, gaps.end());
    return std::max(0, gaps.at(gaps.size() / 2));
}

bool continuesColumn(const OcrBlock &a, const OcrBlock &b, double gapLimit) {
    if (a.vertical != b.vertical || a.box.isEmpty() || b.box.isEmpty())
        return false;
    const double sizeA = blockSize(a);
    const double sizeB = blockSize(b);
    if (sizeA <= 0.0 || sizeB <= 0.0 || sizeA > sizeB * 1.2 || sizeB > sizeA * 1.2)
        return false;
    const bool vertical = a.vertical;
    // The same column: they share most of the narrower one's extent.
    const int start =
        vertical ? std::max(a.box.top(), b.box.top()) : std::max(a.box.left(), b.box.left());
    const int end = vertical ? std::min(a.box.bottom(), b.box.bottom())
                             : std::min(a.box.right(), b.box.right());
    const int narrower = vertical ? std::min(a.box.height(), b.box.height())
                                  : std::min(a.box.width(), b.box.width());
    if (end - start < narrower * 0.8)
        return false;
    const int gap = vertical ? a.box.left() - b.box.right() : b.box.top() - a.box.bottom();
    return gap >= 0 && gap <= gapLimit;
}

// Most of `inner` lies within `outer`.
bool liesWithin(const QRect &inner, const QRect &outer) {
    const QRect shared = inner.intersected(outer);
    return !shared.isEmpty() && qint64(shared.width()) * shared.height() * 5 >=
                                    qint64(inner.width()) * inner.height() * 4;
}

// The line of `block` that shares the most of `fragment`'s height (width for
// vertical text), if it shares at least half of it.
OcrLine *lineBeside(OcrBlock &block, const QRect &fragment) {
    OcrLine *best = nullptr;
    int bestShared = 0;
    for (OcrParagraph &paragraph : block.paragraphs) {
        for (OcrLine &line : paragraph.lines) {
            const int shared = block.vertical ? std::min(line.box.right(), fragment.right()) -
                                                    std::max(line.box.left(), fragment.left())
                                              : std::min(line.box.bottom(), fragment.bottom()) -
                                                    std::max(line.box.top(), fragment.top());
            if (shared > bestShared) {
                best = &line;
                bestShared = shared;
            }
        }
    }
    const int extent = block.vertical ? fragment.width() : fragment.height();
    return best && 2 * bestShared >= extent ? best : nullptr;
}

void addWords(OcrLine &line, const OcrLine &fragment, bool vertical) {
    line.words.append(fragment.words);
    std::stable_sort(line.words.begin(), line.words.end(),
                     [vertical](const OcrWord &a, const OcrWord &b) {
                         return vertical ? a.box.top() < b.box.top() : a.box.left() < b.box.left();
                     });
    line.box = line.box.united(fragment.box);
}

// Moves the lines of `fragment` that sit beside a line of `host` into it;
// returns whether all of them did.
bool absorb(OcrBlock &host, OcrBlock &fragment) {
    bool all = true;
    for (OcrParagraph &paragraph : fragment.paragraphs) {
        QList<OcrLine> kept;
        for (const OcrLine &line : std::as_const(paragraph.lines)) {
            if (OcrLine *beside = line.box.isEmpty() ? nullptr : lineBeside(host, line.box))
                addWords(*beside, line, host.vertical);
            else
                kept.append(line);
        }
        all = all && kept.isEmpty();
        paragraph.lines = std::move(kept);
    }
    return all;
}

} // namespace

void mergeLineFragments(OcrPage &page) {
    QList<bool> gone(page.blocks.size(), false);
    for (int f = 0; f < page.blocks.size(); ++f) {
        OcrBlock &fragment = page.blocks[f];
        for (int h = 0; h < page.blocks.size() && !gone.at(f); ++h) {
            OcrBlock &host = page.blocks[h];
            if (h == f || gone.at(h) || host.vertical != fragment.vertical ||
                fragment.box.isEmpty() || !liesWithin(fragment.box, host.box) ||
                qint64(fragment.box.width()) * fragment.box.height() >=
                    qint64(host.box.width()) * host.box.height())
                continue;
            if (absorb(host, fragment))
                gone[f] = true;
        }
    }
    QList<OcrBlock> kept;
    for (int i = 0; i < page.blocks.size(); ++i) {
        if (!gone.at(i))
            kept.append(std::move(page.blocks[i]));
    }
    page.blocks = std::move(kept);
}

void orderBlocks(OcrPage &page) {
    // Without every box there is nothing to order by: the source's order stands.
    for (const OcrBlock &block : std::as_const(page.blocks)) {
        if (block.box.isEmpty())
            return;
    }
    QList<Item> items;
    for (int i = 0; i < page.blocks.size(); ++i)
        items.append({page.blocks.at(i).box, i});
    QList<int> order;
    cut(items, mostlyVertical(page), order);
    QList<OcrBlock> ordered;
    ordered.reserve(page.blocks.size());
    for (const int i : std::as_const(order))
        ordered.append(std::move(page.blocks[i]));
    page.blocks = std::move(ordered);
}

void mergeColumnBlocks(OcrPage &page) {
    // A little more than the line spacing allows for the engine's boxes,
    // which follow the ink.
    const double gapLimit = 1.5 * lineGap(page) + 2.0;
    QList<OcrBlock> merged;
    for (OcrBlock &block : page.blocks) {
        if (!merged.isEmpty() && continuesColumn(merged.last(), block, gapLimit)) {
            OcrBlock &previous = merged.last();
            previous.box = previous.box.united(block.box);
            previous.paragraphs.append(std::move(block.paragraphs));
        } else {
            merged.append(std::move(block));
        }
    }
    page.blocks = std::move(merged);
}

} // namespace galley::text
