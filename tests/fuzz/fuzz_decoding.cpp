// Fuzzes text decoding: encoding detection and conversion of arbitrary bytes,
// whole and through a device read a piece at a time, which must agree.
#include "fuzzsupport.h"
#include "text/decoding.h"

#include <QBuffer>

#include <cstdio>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const QByteArray bytes = galley::fuzz::bytesOf(data, size);
    const galley::text::DecodeResult whole = galley::text::decodeText(bytes);

    // decoding.h promises the device overload gives the same result.
    QBuffer buffer;
    buffer.setData(galley::fuzz::copyOf(data, size));
    buffer.open(QIODevice::ReadOnly);
    const galley::text::DecodeResult streamed = galley::text::decodeText(buffer);
    if (whole.ok != streamed.ok || whole.decoded.text != streamed.decoded.text ||
        whole.decoded.encoding != streamed.decoded.encoding) {
        std::fprintf(stderr, "decodeText(bytes) and decodeText(device) disagree: %s/%s\n",
                     qPrintable(whole.decoded.encoding), qPrintable(streamed.decoded.encoding));
        std::abort();
    }
    // A decoded text never keeps a carriage return.
    if (whole.ok && whole.decoded.text.contains(u'\r'))
        std::abort();

    // A named encoding, as --encoding passes it.
    static const char *const names[] = {"GB18030", "Big5", "UTF-16LE", "Shift_JIS"};
    if (size > 0)
        galley::text::decodeText(bytes.sliced(1), QLatin1String(names[data[0] % 4]));
    return 0;
}
