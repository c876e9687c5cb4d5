// Fuzzes the repair and segmentation engine on arbitrary text: every
// language and option, then flips of its decisions as a person makes them.
#include "fuzzsupport.h"
#include "text/repair.h"
#include "text/segmentation.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    if (size < 1)
        return 0;
    // The first byte picks the options, the rest is the text.
    const uint8_t options = data[0];
    const QString text =
        QString::fromUtf8(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    using namespace galley::text;
    RepairOptions repair;
    static const Language languages[] = {Language::Auto, Language::Chinese, Language::English,
                                         Language::Auto};
    repair.language = languages[options & 3];
    repair.enabled = (options & 4) == 0;
    repair.cjkLatinSpacing = CjkLatinSpacing((options >> 3) % 4);
    RepairResult result = repairText(text, repair);
    SegmentationOptions segmentation;
    segmentation.takeBylines = repair.enabled;
    segmentArticles(result, segmentation);

    // A flip rebuilds the paragraphs; every fifth decision a person disagrees with.
    for (qsizetype i = options % 5; i < result.decisions.size(); i += 5)
        flipDecision(result.decisions, i);
    result.blocks = buildBlocks(text, result.decisions);
    segmentArticles(result, segmentation);
    for (qsizetype position = 0; position <= text.size(); position += 97)
        decisionAt(result.decisions, position);
    return 0;
}
