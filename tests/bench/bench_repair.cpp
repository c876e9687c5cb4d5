// Throughput of the repair engine on the sample page repeated to 1, 10 and
// 100 MB: decoding alone, repair alone (line features, decisions, blocks),
// and both, as galley-cli runs them before segmentation; and segmentation of
// the repaired page, to tell which stage of the whole process costs what.
#include "text/decoding.h"
#include "text/repair.h"
#include "text/segmentation.h"

#include <QFile>

#include <benchmark/benchmark.h>

#include <cstdio>
#include <map>

using namespace galley::text;

namespace {

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

// The sample page repeated to about `megabytes` MB: 80 whole copies a MB, as
// tests/bench/cli-throughput.sh makes its files.
const QByteArray &input(qsizetype megabytes) {
    constexpr qsizetype copiesPerMegabyte = 80;
    static std::map<qsizetype, QByteArray> inputs;
    QByteArray &bytes = inputs[megabytes];
    if (bytes.isEmpty())
        bytes = samplePage().repeated(megabytes * copiesPerMegabyte);
    return bytes;
}

void BM_Decode(benchmark::State &state) {
    const QByteArray &bytes = input(state.range(0));
    for (auto _ : state) {
        DecodeResult decoded = decodeText(bytes);
        benchmark::DoNotOptimize(decoded.decoded.text.data());
    }
    state.SetBytesProcessed(state.iterations() * bytes.size());
}

void BM_Repair(benchmark::State &state) {
    const QByteArray &bytes = input(state.range(0));
    const QString text = decodeText(bytes).decoded.text;
    qsizetype blocks = 0, decisions = 0;
    for (auto _ : state) {
        RepairResult result = repairText(text);
        blocks = result.blocks.size();
        decisions = result.decisions.size();
        benchmark::DoNotOptimize(result.blocks.data());
    }
    state.SetBytesProcessed(state.iterations() * bytes.size());
    state.counters["blocks"] = double(blocks);
    state.counters["decisions"] = double(decisions);
}

void BM_DecodeAndRepair(benchmark::State &state) {
    const QByteArray &bytes = input(state.range(0));
    for (auto _ : state) {
        RepairResult result = repairText(decodeText(bytes).decoded.text);
        benchmark::DoNotOptimize(result.blocks.data());
    }
    state.SetBytesProcessed(state.iterations() * bytes.size());
}

void BM_Segmentation(benchmark::State &state) {
    const QByteArray &bytes = input(state.range(0));
    const RepairResult repaired = repairText(decodeText(bytes).decoded.text);
    for (auto _ : state) {
        QList<ArticleDraft> articles = segmentArticles(repaired);
        benchmark::DoNotOptimize(articles.data());
    }
    state.SetBytesProcessed(state.iterations() * bytes.size());
}

// The sizes in MB; the time per byte should stay flat from one to the next.
void sizes(benchmark::internal::Benchmark *benchmark) {
    benchmark->Arg(1)->Arg(10)->Arg(100)->Unit(benchmark::kMillisecond)->UseRealTime();
}

} // namespace

BENCHMARK(BM_Decode)->Apply(sizes);
BENCHMARK(BM_Repair)->Apply(sizes);
BENCHMARK(BM_DecodeAndRepair)->Apply(sizes);
BENCHMARK(BM_Segmentation)->Apply(sizes);

BENCHMARK_MAIN();
