// Speed of the exports on a large page: the sample page repeated to about
// 10 MB (80 copies make a MB), read through the real pipeline first, then
// written in each format. For the PDF it reports pages, pages per second and
// the peak memory of the export itself (Linux: the peak is reset through
// /proc/self/clear_refs before each export and read from VmHWM after).
// Prints a Markdown table; asserts nothing.
//
//   QT_QPA_PLATFORM=offscreen build/release/tests/bench/bench_export [MEGABYTES] [FORMAT...]
#include "formats/formatregistry.h"
#include "formats/importer.h"
#include "formats/pdfwriter.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>

#include <cstdio>
#include <ctime>

using namespace galley;

namespace {

QByteArray bigPage(int megabytes) {
    QFile sample(QStringLiteral(GALLEY_SOURCE_DIR "/resources/samples/union-bulletin-zh.txt"));
    if (!sample.open(QIODevice::ReadOnly))
        qFatal("cannot read the sample page");
    const QByteArray page = sample.readAll();
    QByteArray bytes;
    bytes.reserve(qsizetype(megabytes) * 80 * page.size());
    for (int i = 0; i < megabytes * 80; ++i)
        bytes += page;
    return bytes;
}

// Starts a new peak: the kernel sets VmHWM back to the current resident size.
void resetPeakMemory() {
    QFile clear(QStringLiteral("/proc/self/clear_refs"));
    if (clear.open(QIODevice::WriteOnly))
        clear.write("5");
}

// Peak and current resident memory in MiB, from /proc/self/status.
std::pair<double, double> residentMemory() {
    QFile status(QStringLiteral("/proc/self/status"));
    double peak = 0;
    double now = 0;
    if (!status.open(QIODevice::ReadOnly))
        return {peak, now};
    for (const QByteArray &line : status.readAll().split('\n')) {
        const QList<QByteArray> fields = line.simplified().split(' ');
        if (fields.size() >= 2 && fields.at(0) == "VmHWM:")
            peak = fields.at(1).toDouble() / 1024.0;
        if (fields.size() >= 2 && fields.at(0) == "VmRSS:")
            now = fields.at(1).toDouble() / 1024.0;
    }
    return {peak, now};
}

} // namespace

int main(int argc, char *argv[]) {
    QGuiApplication app(argc, argv);
    QStringList arguments = QCoreApplication::arguments().mid(1);
    const int megabytes = arguments.isEmpty() ? 10 : arguments.takeFirst().toInt();
    const QStringList formats =
        arguments.isEmpty()
            ? QStringList{QStringLiteral("pdf"),  QStringLiteral("docx"), QStringLiteral("odt"),
                          QStringLiteral("html"), QStringLiteral("md"),   QStringLiteral("txt")}
            : arguments;

    const QByteArray input = bigPage(megabytes);
    QElapsedTimer timer;
    timer.start();
    const ImportResult imported = importTextBytes(input, QStringLiteral("big.txt"));
    if (!imported.ok)
        qFatal("import failed: %s", qPrintable(imported.error));
    std::printf("Input: %.1f MB of text, %lld articles, read in %.1f s\n\n",
                double(input.size()) / (1024 * 1024),
                static_cast<long long>(imported.bulletin.articles.size()),
                double(timer.elapsed()) / 1000.0);
    std::printf("| format | wall s | CPU s | output (MB) | pages | pages/s (CPU) | peak memory of "
                "the export (MiB) |\n");
    std::printf("| --- | ---: | ---: | ---: | ---: | ---: | ---: |\n");

    for (const QString &format : formats) {
        std::unique_ptr<BulletinWriter> writer = createWriter(format);
        if (!writer)
            qFatal("unknown format %s", qPrintable(format));
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        resetPeakMemory();
        const double before = residentMemory().second;
        timer.restart();
        const std::clock_t cpuStart = std::clock();
        if (!writer->write(imported.bulletin, buffer))
            qFatal("%s export failed: %s", qPrintable(format), qPrintable(writer->errorString()));
        const double seconds = double(timer.nsecsElapsed()) / 1e9;
        const double cpuSeconds = double(std::clock() - cpuStart) / CLOCKS_PER_SEC;
        const double peak = residentMemory().first;
        const auto *pdf = dynamic_cast<const PdfWriter *>(writer.get());
        const QString pages = pdf ? QString::number(pdf->pageCount()) : QStringLiteral("–");
        const QString rate =
            pdf ? QString::number(pdf->pageCount() / cpuSeconds, 'f', 0) : QStringLiteral("–");
        std::printf("| %s | %.2f | %.2f | %.1f | %s | %s | %.0f (%.0f above the %.0f before) |\n",
                    qPrintable(format), seconds, cpuSeconds, double(buffer.size()) / (1024 * 1024),
                    qPrintable(pages), qPrintable(rate), peak, peak - before, before);
        std::fflush(stdout);
    }
    return 0;
}
