// Cost of segmentation and headline matching against the pipeline before it,
// on the sample page repeated to 1, 10 and 100 MB: decoding and repair (the
// pipeline of bench_repair), segmentation alone (on the repair's blocks), and
// all three, as galley-cli runs them. Matching compares each display line
// with the articles near it only, so the time per byte should stay flat from
// one size to the next.
#include "text/decoding.h"
#include "text/repair.h"
#include "text/segmentation.h"

#include <QFile>

#include <benchmark/benchmark.h>

#include <cstdio>
#include <map>

using namespace galley::text;

namespace {

constexpr qsizetype megabyte = 1024 * 1024;

const QByteArray &samplePage() {
    static const QByteArray bytes = [] {
        QFile file(QStringLiteral(GALLEY_SOURCE_DIR "/resources/samples/union-bulletin-zh.txt"));
        if (!file.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "cannot read the sample page\n");
            std::abort();
        }
        return file.readAll();
    }();
    return bytes;
}

// Whole copies of the sample page, as many as fit in `megabytes`.
const QByteArray &input(qsizetype megabytes) {
    static std::map<qsizetype, QByteArray> inputs;
    QByteArray &bytes = inputs[megabytes];
    if (bytes.isEmpty()) {
        const QByteArray &page = samplePage();
        bytes.reserve(megabytes * megabyte);
        while (bytes.size() + page.size() <= megabytes * megabyte)
            bytes.append(page);
    }
    return bytes;
}

void BM_DecodeAndRepair(benchmark::State &state) {
    const QByteArray &bytes = input(state.range(0));
    for (auto _ : state) {
        RepairResult result = repairText(decodeText(bytes).decoded.text);
        benchmark::DoNotOptimize(result.blocks.data());
    }
    state.SetBytesProcessed(state.iterations() * bytes.size());
}

void BM_Segment(benchmark::State &state) {
    const QByteArray &bytes = input(state.range(0));
    const RepairResult repair = repairText(decodeText(bytes).decoded.text);
    qsizetype articles = 0;
    for (auto _ : state) {
        const QList<ArticleDraft> drafts = segmentArticles(repair);
        articles = drafts.size();
        benchmark::DoNotOptimize(drafts.data());
    }
    state.SetBytesProcessed(state.iterations() * bytes.size());
    state.counters["blocks"] = double(repair.blocks.size());
    state.counters["articles"] = double(articles);
}

void BM_DecodeRepairAndSegment(benchmark::State &state) {
    const QByteArray &bytes = input(state.range(0));
    for (auto _ : state) {
        const QList<ArticleDraft> drafts =
            segmentArticles(repairText(decodeText(bytes).decoded.text));
        benchmark::DoNotOptimize(drafts.data());
    }
    state.SetBytesProcessed(state.iterations() * bytes.size());
}

void sizes(benchmark::internal::Benchmark *benchmark) {
    benchmark->Arg(1)->Arg(10)->Arg(100)->Unit(benchmark::kMillisecond)->UseRealTime();
}

} // namespace

BENCHMARK(BM_DecodeAndRepair)->Apply(sizes);
BENCHMARK(BM_Segment)->Apply(sizes);
BENCHMARK(BM_DecodeRepairAndSegment)->Apply(sizes);

BENCHMARK_MAIN();
