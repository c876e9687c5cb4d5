#include "formats/importer.h"

#include "formats/projectfile.h"
#include "text/decoding.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace galley {

namespace {

QString cannotOpen(const QString &path, const QString &reason) {
    return QCoreApplication::translate("Importer", "Cannot open \"%1\": %2")
        .arg(QDir::toNativeSeparators(path), reason);
}

ImportResult importProject(const QByteArray &bytes, const QString &path) {
    ImportResult result;
    ProjectFile project;
    if (!project.read(bytes, result.bulletin)) {
        result.error = cannotOpen(path, project.errorString());
        return result;
    }
    result.ok = true;
    result.isProject = true;
    return result;
}

} // namespace

bool isProjectFileName(const QString &path) {
    return QFileInfo(path).suffix().compare(u"galley", Qt::CaseInsensitive) == 0;
}

ImportResult importTextBytes(const QByteArray &bytes, const QString &sourceName,
                             const ImportOptions &options) {
    ImportResult result;
    const text::DecodeResult decoded = text::decodeText(bytes, options.encoding);
    if (!decoded.ok) {
        result.error = cannotOpen(sourceName, decoded.error);
        return result;
    }
    result.bulletin.sourceFile = sourceName;
    result.bulletin.encoding = decoded.decoded.encoding;
    result.bulletin.originalText = decoded.decoded.text;
    buildArticles(result.bulletin, options.build);
    result.ok = true;
    return result;
}

ImportResult importFile(const QString &path, const ImportOptions &options) {
    QFile file(path);
    if (!QFileInfo(path).isFile()) {
        ImportResult result;
        result.error =
            cannotOpen(path, QFileInfo::exists(path)
                                 ? QCoreApplication::translate("Importer", "it is not a file")
                                 : QCoreApplication::translate("Importer", "no such file"));
        return result;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        ImportResult result;
        result.error = cannotOpen(path, file.errorString());
        return result;
    }
    const QByteArray bytes = file.readAll();
    if (isProjectFileName(path))
        return importProject(bytes, path);
    return importTextBytes(bytes, QFileInfo(path).absoluteFilePath(), options);
}

} // namespace galley
