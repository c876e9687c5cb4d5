#include "text/decoding.h"

#include <QCoreApplication>
#include <QStringConverter>
#include <QStringDecoder>
#include <uchardet.h>

#include <memory>

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

// The name of a byte-order mark's encoding, or an empty string.
QString encodingFromBom(const QByteArray &bytes) {
    const std::optional<QStringConverter::Encoding> bom = QStringConverter::encodingForData(bytes);
    if (!bom)
        return {};
    // encodingForData also guesses from NUL patterns; only a real BOM counts.
    const bool hasBom = bytes.startsWith("\xEF\xBB\xBF") || bytes.startsWith("\xFF\xFE") ||
                        bytes.startsWith("\xFE\xFF");
    return hasBom ? QString::fromLatin1(QStringConverter::nameForEncoding(*bom)) : QString();
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

DecodeResult decodeForced(const QByteArray &bytes, const QString &encoding) {
    if (!QStringDecoder(encoding.toLatin1().constData()).isValid())
        return failure(
            QCoreApplication::translate("Decoding", "unknown encoding \"%1\"").arg(encoding));
    QString text;
    if (!decodeWith(bytes, encoding, text))
        return failure(
            QCoreApplication::translate("Decoding", "the file is not valid %1 text").arg(encoding));
    if (!looksLikeText(text))
        return failure(notTextReason());
    return success(std::move(text), encoding);
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

    const QString detected = detectWithUchardet(bytes);
    if (detected.isEmpty() || detected.compare(u"ASCII", Qt::CaseInsensitive) == 0)
        return failure(QCoreApplication::translate(
            "Decoding", "the file is not text in any encoding Galley can detect"));
    DecodeResult result = decodeForced(bytes, detected);
    if (!result.ok)
        return failure(
            QCoreApplication::translate(
                "Decoding", "the file is not text (it is neither valid UTF-8 nor valid %1)")
                .arg(detected));
    return result;
}

} // namespace galley::text
