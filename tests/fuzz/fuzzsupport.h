// What the fuzz targets share: the fuzz input as Qt bytes, and a quiet Qt.
#pragma once

#include <QByteArray>
#include <QString>
#include <QtGlobal>

#include <cstdint>
#include <cstdio>

namespace galley::fuzz {

// A view of the input, not a copy: libFuzzer keeps the bytes alive for the
// whole call, and a copy would hide reads past the end from ASan.
inline QByteArray bytesOf(const uint8_t *data, size_t size) {
    return QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
}

// A real copy, for the readers that keep what they are given.
inline QByteArray copyOf(const uint8_t *data, size_t size) {
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

// Broken input makes Qt, Poppler and libpng warn on every run, and writing
// that out costs more time than the parsing; only what is serious is kept.
inline const bool quietQt = [] {
    qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &, const QString &text) {
        if (type == QtCriticalMsg || type == QtFatalMsg)
            std::fprintf(stderr, "%s\n", qPrintable(text));
    });
    return true;
}();

} // namespace galley::fuzz
