// Speed of reading scans: OCR time per page through Galley against Tesseract's
// own recognition of the same image (Galley's overhead: converting the image,
// walking the result into blocks, lines and words), the whole import of a
// page image (models loaded, OCR, reading order, repair, segmentation), and
// hOCR and ALTO import in MB/s. Measures; asserts nothing.
//
//   QT_QPA_PLATFORM=offscreen build/release/tests/bench/bench_ocr
#include "../formats/ocrtestpage.h"

#include "formats/altoreader.h"
#include "formats/hocrreader.h"
#include "formats/importer.h"
#include "formats/tesseractrecognizer.h"

#include <QFile>
#include <QGuiApplication>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>
#include <tesseract/baseapi.h>

#ifdef _OPENMP
#include <omp.h>
#endif

using namespace galley;

namespace {

struct Page {
    QString name;
    QImage image;
    text::Language language;
    const char *models;
};

const Page &page(int index) {
    static const QList<Page> pages = [] {
        QList<Page> list{{QStringLiteral("zh"), testing::renderChinesePage().image,
                          text::Language::Chinese, "chi_sim"},
                         {QStringLiteral("en"), testing::renderEnglishPage().image,
                          text::Language::English, "eng"}};
        for (Page &p : list) {
            p.image.setDotsPerMeterX(11811);
            p.image.setDotsPerMeterY(11811);
        }
        return list;
    }();
    return pages.at(index);
}

// Tesseract alone, as Galley drives it (one thread, the same models and page
// segmentation), on an image already in grey.
void tesseractAlone(benchmark::State &state) {
    const Page &p = page(int(state.range(0)));
#ifdef _OPENMP
    omp_set_max_active_levels(0);
#endif
    const QImage grey = p.image.convertToFormat(QImage::Format_Grayscale8);
    tesseract::TessBaseAPI api;
    api.SetVariable("debug_file", "/dev/null");
    if (api.Init(nullptr, p.models, tesseract::OEM_LSTM_ONLY) != 0)
        state.SkipWithError("models missing");
    api.SetPageSegMode(tesseract::PSM_AUTO);
    for (auto _ : state) {
        api.SetImage(grey.constBits(), grey.width(), grey.height(), 1, int(grey.bytesPerLine()));
        api.SetSourceResolution(300);
        benchmark::DoNotOptimize(api.Recognize(nullptr));
        api.Clear();
    }
    api.End();
    state.SetLabel(p.name.toStdString());
}

// The same page through Galley's recogniser: from the image as loaded (RGB or
// grey) to the page structure. With `autoLanguage` the language is left to
// Galley: Tesseract's script detection first, then the models of the script.
void galleyRecognizer(benchmark::State &state, bool autoLanguage) {
    const Page &p = page(int(state.range(0)));
    TesseractRecognizer recognizer;
    OcrSettings settings;
    settings.language = autoLanguage ? text::Language::Auto : p.language;
    settings.writing = WritingMode::Horizontal;
    if (!recognizer.init(settings))
        state.SkipWithError("models missing");
    for (auto _ : state)
        benchmark::DoNotOptimize(recognizer.recognize(p.image));
    state.SetLabel(p.name.toStdString());
}

// What a user waits for: the PNG opened through importFile(), models loaded.
void galleyImport(benchmark::State &state) {
    const Page &p = page(int(state.range(0)));
    QTemporaryDir dir;
    const QString path = dir.filePath(p.name + QStringLiteral(".png"));
    p.image.save(path);
    ImportOptions options;
    options.build.language = p.language;
    for (auto _ : state)
        benchmark::DoNotOptimize(importFile(path, options));
    state.SetLabel(p.name.toStdString());
}

// The page element of a fixture, from `open` to the end of `close`, repeated
// to about `megabytes` MB.
QByteArray repeated(const char *fixture, const QByteArray &open, const QByteArray &close,
                    int megabytes) {
    QFile file(QString::fromLatin1(GALLEY_SOURCE_DIR "/tests/data/ocr/") +
               QString::fromLatin1(fixture));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", fixture);
    const QByteArray bytes = file.readAll();
    const qsizetype start = bytes.indexOf(open);
    const qsizetype end = bytes.lastIndexOf(close) + close.size();
    const QByteArray unit = bytes.mid(start, end - start);
    QByteArray big = bytes.left(start);
    while (big.size() < qsizetype(megabytes) << 20)
        big += unit;
    big += bytes.mid(end);
    return big;
}

void hocrImport(benchmark::State &state) {
    const QByteArray bytes =
        repeated("tesseract-zh-page.hocr", "  <div class='ocr_page'", "  </div>\n", 10);
    for (auto _ : state) {
        HocrReader reader;
        QList<text::OcrPage> pages;
        if (!reader.read(bytes, pages))
            state.SkipWithError(qPrintable(reader.errorString()));
        benchmark::DoNotOptimize(pages);
    }
    state.SetBytesProcessed(state.iterations() * bytes.size());
}

void altoImport(benchmark::State &state) {
    const QByteArray bytes = repeated("tesseract-en-page.xml", "<Page ", "</Page>", 10);
    for (auto _ : state) {
        AltoReader reader;
        QList<text::OcrPage> pages;
        if (!reader.read(bytes, pages))
            state.SkipWithError(qPrintable(reader.errorString()));
        benchmark::DoNotOptimize(pages);
    }
    state.SetBytesProcessed(state.iterations() * bytes.size());
}

// hOCR read and then built into articles: reading order, repair with the
// page's geometry, segmentation.
void hocrToArticles(benchmark::State &state) {
    const QByteArray bytes =
        repeated("tesseract-zh-page.hocr", "  <div class='ocr_page'", "  </div>\n", 10);
    for (auto _ : state) {
        HocrReader reader;
        QList<text::OcrPage> pages;
        reader.read(bytes, pages);
        benchmark::DoNotOptimize(importOcrPages(std::move(pages), QString()));
    }
    state.SetBytesProcessed(state.iterations() * bytes.size());
}

} // namespace

BENCHMARK(tesseractAlone)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond)->MinTime(5.0);
BENCHMARK_CAPTURE(galleyRecognizer, language, false)
    ->Arg(0)
    ->Arg(1)
    ->Unit(benchmark::kMillisecond)
    ->MinTime(5.0);
BENCHMARK_CAPTURE(galleyRecognizer, autoLanguage, true)
    ->Arg(0)
    ->Arg(1)
    ->Unit(benchmark::kMillisecond)
    ->MinTime(5.0);
BENCHMARK(galleyImport)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond)->MinTime(5.0);
BENCHMARK(hocrImport)->Unit(benchmark::kMillisecond);
BENCHMARK(altoImport)->Unit(benchmark::kMillisecond);
BENCHMARK(hocrToArticles)->Unit(benchmark::kMillisecond);

int main(int argc, char **argv) {
    QGuiApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
