#include "formats/zipwriter.h"

#include <QCoreApplication>

#include <zip.h>

namespace galley {

ZipWriter::ZipWriter() {
    zip_error_t error;
    zip_error_init(&error);
    m_source = zip_source_buffer_create(nullptr, 0, 0, &error);
    if (m_source) {
        // The archive would free its source on close; the bytes are read from it after that.
        zip_source_keep(m_source);
        m_archive = zip_open_from_source(m_source, ZIP_TRUNCATE, &error);
    }
    if (!m_archive)
        m_error = QString::fromUtf8(zip_error_strerror(&error));
    zip_error_fini(&error);
}

ZipWriter::~ZipWriter() {
    if (m_archive)
        zip_discard(m_archive);
    if (m_source)
        zip_source_free(m_source);
}

bool ZipWriter::fail(const char *what) {
    m_error = QStringLiteral("%1: %2").arg(
        QString::fromLatin1(what),
        QString::fromUtf8(m_archive ? zip_strerror(m_archive) : "no archive"));
    return false;
}

bool ZipWriter::add(const QString &name, const QByteArray &data, bool compress) {
    if (!m_archive)
        return false;
    const QByteArray &kept = m_data.emplace_back(data);
    zip_source_t *source =
        zip_source_buffer(m_archive, kept.constData(), zip_uint64_t(kept.size()), 0);
    if (!source)
        return fail("zip_source_buffer");
    const zip_int64_t index =
        zip_file_add(m_archive, name.toUtf8().constData(), source, ZIP_FL_ENC_UTF_8);
    if (index < 0) {
        zip_source_free(source);
        return fail("zip_file_add");
    }
    if (zip_set_file_compression(m_archive, zip_uint64_t(index),
                                 compress ? ZIP_CM_DEFLATE : ZIP_CM_STORE, 0) != 0)
        return fail("zip_set_file_compression");
    return true;
}

std::optional<QByteArray> ZipWriter::finish() {
    if (!m_archive)
        return std::nullopt;
    if (zip_close(m_archive) != 0) {
        fail("zip_close");
        return std::nullopt;
    }
    m_archive = nullptr;
    QByteArray bytes;
    zip_stat_t stat;
    zip_stat_init(&stat);
    if (zip_source_stat(m_source, &stat) != 0 || !(stat.valid & ZIP_STAT_SIZE) ||
        zip_source_open(m_source) != 0) {
        m_error = QCoreApplication::translate("ZipWriter", "the archive cannot be read back");
        return std::nullopt;
    }
    bytes.resize(qsizetype(stat.size));
    const zip_int64_t read = zip_source_read(m_source, bytes.data(), stat.size);
    zip_source_close(m_source);
    if (read != zip_int64_t(stat.size)) {
        m_error = QCoreApplication::translate("ZipWriter", "the archive cannot be read back");
        return std::nullopt;
    }
    return bytes;
}

} // namespace galley
