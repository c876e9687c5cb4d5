// Prints the repair engine's decision accuracy on every page of
// tests/data/pages/repair as a Markdown table (the one in docs/quality.md).
//
//     repair-quality [PAGES_DIR]
#include "repairpages.h"

#include <QCoreApplication>
#include <QStringList>

#include <cstdio>

using namespace galley::testing;

namespace {

void print(const QString &line) {
    std::fputs(qPrintable(line + u'\n'), stdout);
}

QString ratio(int right, int total) {
    return QStringLiteral("%1 / %2").arg(right).arg(total);
}

} // namespace

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    const QString directory = arguments.size() > 1
                                  ? arguments.at(1)
                                  : QStringLiteral(GALLEY_TEST_DATA_DIR "/pages/repair");
    print(QStringLiteral("| page | lines of text | line boundaries | spaces | all decisions |"));
    print(QStringLiteral("| --- | ---: | ---: | ---: | ---: |"));
    int right = 0, total = 0, failures = 0;
    for (const QString &name : repairPageNames(directory)) {
        QString error;
        const std::optional<RepairPage> page = loadRepairPage(directory, name, &error);
        if (!page) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        const RepairScore score =
            scoreRepair(*page, galley::text::repairText(page->text, page->options));
        if (!score.alignmentError.isEmpty()) {
            std::fprintf(stderr, "%s: %s\n", qPrintable(name), qPrintable(score.alignmentError));
            return 1;
        }
        for (const QString &mistake : score.mistakes)
            std::fprintf(stderr, "%s: %s\n", qPrintable(name), qPrintable(mistake));
        failures += score.right() != score.total();
        right += score.right();
        total += score.total();
        qsizetype lines = 0; // lines of text, blank ones not counted
        for (const QStringView line : QStringView(page->text).split(u'\n'))
            lines += !line.trimmed().isEmpty();
        print(QStringLiteral("| %1 | %2 | %3 | %4 | %5 |")
                  .arg(name)
                  .arg(lines)
                  .arg(ratio(score.boundariesRight, score.boundaries),
                       ratio(score.spacesRight, score.spaces),
                       ratio(score.right(), score.total())));
    }
    print(QStringLiteral("| **all pages** | | | | **%1** |").arg(ratio(right, total)));
    return failures == 0 ? 0 : 2;
}
