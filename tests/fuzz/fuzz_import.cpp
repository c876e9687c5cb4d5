// Fuzzes the importer's whole path for a text file: decoding, repair,
// segmentation and the articles of the page, as galley-cli convert runs it.
#include "formats/importer.h"
#include "fuzzsupport.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    galley::ImportOptions options;
    // The last byte, when there is one, turns repair off for some inputs.
    options.build.repair = size == 0 || data[size - 1] % 8 != 0;
    galley::importTextBytes(galley::fuzz::bytesOf(data, size), QStringLiteral("fuzz.txt"), options);
    return 0;
}
