#include "formats/exportjob.h"

#include "formats/formatregistry.h"
#include "formats/pdfwriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>

#include <algorithm>
#include <filesystem>
#include <system_error>

namespace galley {

namespace {

constexpr qsizetype maxNameLength = 60;

qint64 articleCharacters(const Article &article) {
    qint64 count = article.kicker.size() + article.headline.size() + article.deck.size() +
                   article.byline.size();
    for (const QString &paragraph : article.paragraphs)
        count += paragraph.size();
    return count;
}

qint64 bulletinCharacters(const Bulletin &bulletin) {
    qint64 count = 0;
    for (const Article &article : bulletin.articles)
        count += articleCharacters(article);
    return count;
}

bool isForbiddenInFileName(QChar c) {
    return c.unicode() < 0x20 || c.unicode() == 0x7F || QStringView(u"/\\:*?\"<>|").contains(c);
}

bool isReservedOnWindows(const QString &name) {
    static const QStringList reserved = {QStringLiteral("CON"), QStringLiteral("PRN"),
                                         QStringLiteral("AUX"), QStringLiteral("NUL")};
    const QString upper = name.section(u'.', 0, 0).toUpper();
    if (reserved.contains(upper))
        return true;
    return upper.size() == 4 && (upper.startsWith(u"COM") || upper.startsWith(u"LPT")) &&
           upper.at(3).isDigit();
}

// Writes one page with `writer` to `path`, feeding the writer's progress into the total.
bool writeOne(const Bulletin &bulletin, BulletinWriter &writer, const QString &path,
              const ExportProgress &progress, qint64 doneBefore, qint64 total, bool *cancelled,
              QString *error) {
    auto *pdf = dynamic_cast<PdfWriter *>(&writer);
    if (pdf) {
        pdf->setProgress([&](qsizetype done, qsizetype) {
            if (progress && !progress(doneBefore + done, total)) {
                *cancelled = true;
                return false;
            }
            return true;
        });
    }
    const bool written = writeBulletinFile(bulletin, writer, path, error);
    if (pdf)
        pdf->setProgress({});
    return written;
}

ExportResult exportOneFile(const Bulletin &bulletin, BulletinWriter &writer,
                           const ExportRequest &request, const ExportProgress &progress) {
    ExportResult result;
    const qint64 total = bulletinCharacters(bulletin);
    if (progress && !progress(0, total)) {
        result.cancelled = true;
        return result;
    }
    if (!writeOne(bulletin, writer, request.destination, progress, 0, total, &result.cancelled,
                  &result.error))
        return result;
    if (progress)
        progress(total, total);
    result.ok = true;
    result.files.append(request.destination);
    return result;
}

bool moveInto(const QString &from, const QString &to, QString *error) {
    std::error_code code;
    // rename() replaces an existing file in one step, so a reader never sees it missing.
    std::filesystem::rename(std::filesystem::path(from.toStdU16String()),
                            std::filesystem::path(to.toStdU16String()), code);
    if (code && error)
        *error = QCoreApplication::translate("Export", "Cannot write \"%1\": %2")
                     .arg(QDir::toNativeSeparators(to), QString::fromLocal8Bit(code.message()));
    return !code;
}

ExportResult exportArticlePerFile(const Bulletin &bulletin, BulletinWriter &writer,
                                  const ExportRequest &request, const ExportProgress &progress) {
    ExportResult result;
    const QDir folder(request.destination);
    if (!QDir().mkpath(request.destination)) {
        result.error = QCoreApplication::translate("Export", "Cannot create the folder \"%1\"")
                           .arg(QDir::toNativeSeparators(request.destination));
        return result;
    }
    QTemporaryDir staging(folder.filePath(QStringLiteral(".galley-export-XXXXXX")));
    if (!staging.isValid()) {
        result.error =
            QCoreApplication::translate("Export", "Cannot write in the folder \"%1\": %2")
                .arg(QDir::toNativeSeparators(request.destination), staging.errorString());
        return result;
    }
    const qint64 total = bulletinCharacters(bulletin);
    qint64 done = 0;
    QStringList names;
    const int count = int(bulletin.articles.size());
    for (int i = 0; i < count; ++i) {
        if (progress && !progress(done, total)) {
            result.cancelled = true;
            return result;
        }
        Bulletin single = bulletin;
        single.articles = {bulletin.articles.at(i)};
        const QString name = articleFileBaseName(single.articles.constFirst(), i + 1, count) +
                             u'.' + writer.fileExtension();
        if (!writeOne(single, writer, staging.filePath(name), progress, done, total,
                      &result.cancelled, &result.error))
            return result;
        names.append(name);
        done += articleCharacters(single.articles.constFirst());
    }
    if (progress && !progress(total, total)) {
        result.cancelled = true;
        return result;
    }
    for (const QString &name : std::as_const(names)) {
        if (!moveInto(staging.filePath(name), folder.filePath(name), &result.error))
            return result;
        result.files.append(folder.filePath(name));
    }
    result.ok = true;
    return result;
}

} // namespace

Bulletin selectArticles(const Bulletin &bulletin, const QList<int> &rows) {
    if (rows.isEmpty())
        return bulletin;
    QList<int> sorted = rows;
    std::sort(sorted.begin(), sorted.end());
    sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());
    Bulletin selected = bulletin;
    selected.articles.clear();
    for (int row : std::as_const(sorted)) {
        if (row >= 0 && row < bulletin.articles.size())
            selected.articles.append(bulletin.articles.at(row));
    }
    return selected;
}

QString articleFileBaseName(const Article &article, int number, int count) {
    QString name;
    for (QChar c : article.headline) {
        if (c.isSpace())
            name += u' ';
        else
            name += isForbiddenInFileName(c) ? QChar(u'_') : c;
    }
    name = name.simplified();
    while (name.startsWith(u'.') || name.startsWith(u'-'))
        name.remove(0, 1);
    if (name.size() > maxNameLength) {
        qsizetype cut = maxNameLength;
        if (name.at(cut - 1).isHighSurrogate())
            --cut;
        name.truncate(cut);
    }
    while (name.endsWith(u'.') || name.endsWith(u' '))
        name.chop(1);
    if (name.isEmpty() || isReservedOnWindows(name))
        name = QStringLiteral("article");
    const int width = std::max(2, int(QString::number(count).size()));
    return QStringLiteral("%1-%2").arg(number, width, 10, QChar(u'0')).arg(name);
}

ExportResult runExport(const Bulletin &bulletin, const ExportRequest &request,
                       const ExportProgress &progress) {
    std::unique_ptr<BulletinWriter> writer = createWriter(request.formatId, request.pageOptions);
    if (!writer) {
        ExportResult result;
        result.error = QCoreApplication::translate("Export", "Unknown export format \"%1\"")
                           .arg(request.formatId);
        return result;
    }
    const Bulletin chosen = request.scope == ExportScope::WholeBulletin
                                ? bulletin
                                : selectArticles(bulletin, request.rows);
    if (request.scope == ExportScope::ArticlePerFile)
        return exportArticlePerFile(chosen, *writer, request, progress);
    return exportOneFile(chosen, *writer, request, progress);
}

} // namespace galley
