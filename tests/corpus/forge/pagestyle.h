// The choices that make one forged page unlike another, all drawn from the
// page's seed, so the same seed always gives the same page.
#pragma once

#include <QSizeF>
#include <QString>
#include <QStringList>
#include <random>

namespace galley::forge {

// Draws from std::mt19937, whose output the standard fixes; the standard
// distributions are not fixed across libraries, so they are not used.
class Random {
public:
    explicit Random(quint32 seed)
        : m_engine(seed) {}
    int between(int low, int high) { return low + int(m_engine() % quint32(high - low + 1)); }
    bool chance(double p) { return m_engine() < p * 4294967296.0; }
    double real(double low, double high) {
        return low + (high - low) * (m_engine() / 4294967296.0);
    }
    template <typename List> const auto &pick(const List &list) {
        return list.at(between(0, int(list.size()) - 1));
    }

private:
    std::mt19937 m_engine;
};

// Lengths are in units of a tenth of a point throughout the forge: the PDF is
// written at 720 dpi so that one device pixel is one unit.
constexpr double unitsPerPoint = 10.0;

struct PageStyle {
    bool chinese = true;
    bool vertical = false; // Chinese set in columns read top to bottom, right to left
    int columns = 4;
    bool indented = true; // first-line indents, or block paragraphs with space between
    bool columnRules = false;
    bool frontPage = false; // a masthead, or only a running head
    QSizeF size;            // the page as printed, in units
    double margin = 0;
    double gutter = 0;
    double bodySize = 0; // the body's font size, in units
    double leading = 0;  // line to line, in units
    QString paper;       // the newspaper's name
    QString date;
    QString section;
    int pageNumber = 1;
};

PageStyle choosePageStyle(Random &random, bool chinese, bool vertical);

} // namespace galley::forge
