// A ZIP archive built in memory with libzip: the container of DOCX and ODT files.
#pragma once

#include <QByteArray>
#include <QString>
#include <list>
#include <optional>

struct zip;
struct zip_source;

namespace galley {

class ZipWriter {
public:
    ZipWriter();
    ~ZipWriter();
    ZipWriter(const ZipWriter &) = delete;
    ZipWriter &operator=(const ZipWriter &) = delete;

    // Adds a file; entries keep the order they were added in. `compress`
    // false stores it as it is, as ODF wants its "mimetype" entry.
    bool add(const QString &name, const QByteArray &data, bool compress = true);
    // The archive, or nothing with errorString() set. The writer is spent after it.
    std::optional<QByteArray> finish();

    QString errorString() const { return m_error; }

private:
    bool fail(const char *what);

    zip_source *m_source = nullptr;
    zip *m_archive = nullptr;
    std::list<QByteArray> m_data; // libzip reads the entries' bytes when the archive closes
    QString m_error;
};

} // namespace galley
