#include "text/decoding.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QStringConverter>
#include <QStringDecoder>
#include <uchardet.h>

#include <memory>
#include <optional>

namespace galley::text {

namespace {

// uchardet needs only a sample to be sure; feeding it a 100 MB file would cost
// more than decoding it.
constexpr qsizetype detectionSampleBytes = 256 * 1024;

struct UchardetDeleter {
    void operator()(uchardet_t detector) const { uchardet_delete(detector); }
};

QString detectWithUchardet(const QByteArray &bytes) {
    std::unique_ptr<std::remove_pointer_t<uchardet_t>, UchardetDeleter> detector(uchardet_new());
    const qsizetype length = std::min(bytes.size(), detectionSampleBytes);
    if (uchardet_handle_data(detector.get(), bytes.constData(), size_t(length)) != 0)
        return {};
    uchardet_data_end(detector.get());
    QString name = QString::fromLatin1(uchardet_get_charset(detector.get()));
    // GB2312 and GBK are subsets of GB18030: decoding with the superset reads
    // the characters a narrower guess would reject.
    if (name.compare(u"GB2312", Qt::CaseInsensitive) == 0 ||
        name.compare(u"GBK", Qt::CaseInsensitive) == 0)
        name = QStringLiteral("GB18030");
    return name;
}

bool startsWithBom(QByteArrayView bytes) {
    return bytes.startsWith("\xEF\xBB\xBF") || bytes.startsWith("\xFF\xFE") ||
           bytes.startsWith("\xFE\xFF");
}

// The name of a byte-order mark's encoding, or an empty string.
QString encodingFromBom(const QByteArray &bytes) {
    const std::optional<QStringConverter::Encoding> bom = QStringConverter::encodingForData(bytes);
    if (!bom)
        return {};
    // encodingForData also guesses from NUL patterns; only a real BOM counts.
    return startsWithBom(bytes) ? QString::fromLatin1(QStringConverter::nameForEncoding(*bom))
                                : QString();
}

// Text has no NUL bytes and few control characters other than whitespace.
bool looksLikeText(const QString &text) {
    qsizetype controls = 0;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u == 0)
            return false;
        if (u < 0x20 && u != u'\n' && u != u'\r' && u != u'\t' && u != u'\f')
            ++controls;
    }
    return controls * 100 <= text.size();
}

bool decodeWith(const QByteArray &bytes, const QString &encoding, QString &out) {
    QStringDecoder decoder(encoding.toLatin1().constData());
    if (!decoder.isValid())
        return false;
    out = decoder.decode(bytes);
    return !decoder.hasError();
}

QString notTextReason() {
    return QCoreApplication::translate("Decoding", "the file is not text (it holds binary data)");
}

DecodeResult failure(QString reason) {
    DecodeResult result;
    result.error = std::move(reason);
    return result;
}

DecodeResult success(QString text, QString encoding) {
    normaliseLineEndings(text);
    DecodeResult result;
    result.ok = true;
    result.decoded = {std::move(text), std::move(encoding)};
    return result;
}

// The line (from 1) of the first bytes that are not valid in `encoding`, found
// where the decoder put its replacement character; 0 when none is found.
qsizetype firstInvalidLine(const QByteArray &bytes, const QString &encoding) {
    QStringDecoder decoder(encoding.toLatin1().constData());
    const QString text = decoder.decode(bytes);
    const qsizetype at = text.indexOf(QChar::ReplacementCharacter);
    return at < 0 ? 0 : QStringView(text).first(at).count(u'\n') + 1;
}

QString notValidReason(const QByteArray &bytes, const QString &encoding) {
    const qsizetype line = firstInvalidLine(bytes, encoding);
    if (line == 0)
        return QCoreApplication::translate("Decoding", "the file is not valid %1 text")
            .arg(encoding);
    return QCoreApplication::translate(
               "Decoding", "line %1 holds bytes that are not valid %2 (the file may mix encodings)")
        .arg(line)
        .arg(encoding);
}

// Why bytes that are not UTF-8, and in no encoding uchardet names, are refused:
// when many of its lines are good UTF-8, the file mixes encodings and the
// first bad line is named; when few are, it is not text at all.
QString undetectedReason(const QByteArray &bytes) {
    const QString text = QStringDecoder(QStringDecoder::Utf8).decode(bytes);
    qsizetype lines = 0;
    qsizetype goodLines = 0;
    for (const QStringView line : QStringView(text).split(u'\n')) {
        ++lines;
        if (!line.contains(QChar::ReplacementCharacter))
            ++goodLines;
    }
    if (goodLines * 10 < lines)
        return QCoreApplication::translate(
            "Decoding", "the file is not text in any encoding Galley can detect");
    return notValidReason(bytes, QStringLiteral("UTF-8"));
}

DecodeResult decodeForced(const QByteArray &bytes, const QString &encoding) {
    if (!QStringDecoder(encoding.toLatin1().constData()).isValid())
        return failure(
            QCoreApplication::translate("Decoding", "unknown encoding \"%1\"").arg(encoding));
    QString text;
    if (!decodeWith(bytes, encoding, text))
        return failure(notValidReason(bytes, encoding));
    if (!looksLikeText(text))
        return failure(notTextReason());
    return success(std::move(text), encoding);
}

// Whether `tail`, the last bytes of a text, ends inside a UTF-8 sequence: a
// lead byte wanting more continuation bytes than follow it.
bool endsInsideUtf8Sequence(QByteArrayView tail) {
    const qsizetype count = std::min<qsizetype>(4, tail.size());
    for (qsizetype back = 1; back <= count; ++back) {
        const uchar byte = uchar(tail.at(tail.size() - back));
        if ((byte & 0xC0) == 0x80)
            continue;
        const qsizetype length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC0 ? 2 : 1;
        return length > back;
    }
    return false;
}

// The rest of `device` as UTF-8 without a byte-order mark, decoded a piece at
// a time as it is read, straight into the text; nullopt when it holds
// anything else, for the caller to decode it whole.
std::optional<DecodeResult> decodeUtf8Stream(QIODevice &device) {
    constexpr qsizetype pieceBytes = 1024 * 1024;
    QByteArray piece(pieceBytes, Qt::Uninitialized);
    QStringDecoder decoder(QStringDecoder::Utf8);
    // UTF-8 never needs more UTF-16 units than it has bytes: a string of the
    // file's size is written in place and never copied, and its pages the
    // text does not reach are never touched, so they take no memory.
    QString text(std::max<qint64>(device.size() - device.pos(), 0), Qt::Uninitialized);
    qsizetype length = 0;
    QByteArray tail; // the last bytes read, to see whether the text ends mid-sequence
    for (bool first = true;; first = false) {
        const qint64 read = device.read(piece.data(), pieceBytes);
        if (read < 0)
            return std::nullopt;
        if (read == 0)
            break;
        const QByteArrayView bytes(piece.constData(), read);
        if (first && startsWithBom(bytes))
            return std::nullopt;
        if (bytes.contains('\0'))
            return failure(notTextReason());
        if (length + decoder.requiredSpace(read) > text.size())
            text.resize(std::max(length + decoder.requiredSpace(read), 2 * text.size()));
        QChar *begin = text.data();
        length = decoder.appendToBuffer(begin + length, bytes) - begin;
        if (decoder.hasError())
            return std::nullopt;
        tail = (tail + bytes.last(std::min<qint64>(read, 4)).toByteArray()).right(4);
    }
    if (endsInsideUtf8Sequence(tail))
        return std::nullopt;
    text.truncate(length);
    if (!looksLikeText(text))
        return failure(notTextReason());
    return success(std::move(text), QStringLiteral("UTF-8"));
}

} // namespace

void normaliseLineEndings(QString &text) {
    if (!text.contains(u'\r'))
        return;
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    text.replace(u'\r', u'\n');
}

DecodeResult decodeText(const QByteArray &bytes, const QString &encoding) {
    if (!encoding.isEmpty())
        return decodeForced(bytes, encoding);

    const QString bomEncoding = encodingFromBom(bytes);
    if (!bomEncoding.isEmpty())
        return decodeForced(bytes, bomEncoding);

    // A NUL byte never occurs in text of an 8-bit or multi-byte encoding.
    if (bytes.contains('\0'))
        return failure(notTextReason());

    QString text;
    if (decodeWith(bytes, QStringLiteral("UTF-8"), text)) {
        if (!looksLikeText(text))
            return failure(notTextReason());
        return success(std::move(text), QStringLiteral("UTF-8"));
    }

    // A text that is UTF-8 but for a few bytes is most often one that mixes
    // encodings; uchardet then names UTF-8 or ASCII, or nothing.
    const QString detected = detectWithUchardet(bytes);
    if (detected.isEmpty() || detected.compare(u"ASCII", Qt::CaseInsensitive) == 0 ||
        detected.compare(u"UTF-8", Qt::CaseInsensitive) == 0)
        return failure(undetectedReason(bytes));
    DecodeResult result = decodeForced(bytes, detected);
    if (!result.ok && result.error != notTextReason())
        return failure(QCoreApplication::translate(
                           "Decoding", "it is neither valid UTF-8 nor valid %1 (from line %2)")
                           .arg(detected)
                           .arg(std::max<qsizetype>(firstInvalidLine(bytes, detected), 1)));
    return result;
}

DecodeResult decodeText(QIODevice &device, const QString &encoding) {
    if (encoding.isEmpty() && !device.isSequential()) {
        const qint64 start = device.pos();
        if (std::optional<DecodeResult> result = decodeUtf8Stream(device))
            return std::move(*result);
        if (!device.seek(start))
            return failure(device.errorString());
    }
    return decodeText(device.readAll(), encoding);
}

} // namespace galley::text
