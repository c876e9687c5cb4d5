// Turns the bytes of a text file into a QString: detects the encoding (BOM,
// UTF-8 validity, then uchardet), refuses what is not text, and normalises
// line endings to '\n'.
#pragma once

#include <QByteArray>
#include <QString>

class QIODevice;

namespace galley::text {

struct DecodedText {
    QString text;     // the decoded text, every line ending turned into '\n'
    QString encoding; // the encoding it was read in, e.g. "UTF-8", "UTF-16LE", "GB18030"
};

struct DecodeResult {
    bool ok = false;
    DecodedText decoded;
    QString error; // why the bytes were refused, for a message after the file name
};

// Decodes `bytes`. With an empty `encoding` the encoding is detected; otherwise
// the named one (any name ICU knows, e.g. "GBK", "Big5") is used as given.
DecodeResult decodeText(const QByteArray &bytes, const QString &encoding = {});

// The same for the rest of an open device, with the same result as decoding
// device.readAll(). Detected UTF-8 (most OCR text) is read and decoded a
// piece at a time, so a large file's bytes are never all in memory beside
// its text; other encodings are read whole.
DecodeResult decodeText(QIODevice &device, const QString &encoding = {});

// Rewrites "\r\n" and lone "\r" as "\n", in place.
void normaliseLineEndings(QString &text);

} // namespace galley::text
