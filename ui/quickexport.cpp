#include "quickexport.h"

#include "filedialog.h"
#include "formats/formatregistry.h"
#include "messagebox.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace galley {

namespace {

QString filterFor(const BulletinWriter &writer) {
    return QStringLiteral("%1 (*.%2)").arg(writer.displayName(), writer.fileExtension());
}

} // namespace

QString exportFormatForFileName(const QString &fileName, const QString &fallback) {
    const QString suffix = QFileInfo(fileName).suffix();
    for (const QString &id : exportFormatIds()) {
        const std::unique_ptr<BulletinWriter> writer = createWriter(id);
        if (writer && writer->fileExtension().compare(suffix, Qt::CaseInsensitive) == 0)
            return id;
    }
    return fallback;
}

QString exportBulletin(QWidget *parent, const Bulletin &bulletin, const QString &suggestedPath,
                       const QString &preferredFormat) {
    QStringList filters;
    QStringList ids;
    QString selectedFilter;
    for (const QString &id : exportFormatIds()) {
        const std::unique_ptr<BulletinWriter> writer = createWriter(id);
        if (!writer)
            continue;
        filters.append(filterFor(*writer));
        ids.append(id);
        if (id == preferredFormat)
            selectedFilter = filters.constLast();
    }
    const QString format = ids.contains(preferredFormat) ? preferredFormat : ids.value(0);
    const std::unique_ptr<BulletinWriter> preferred = createWriter(format);
    const QString suggestion = preferred ? QFileInfo(suggestedPath).path() + u'/' +
                                               QFileInfo(suggestedPath).completeBaseName() + u'.' +
                                               preferred->fileExtension()
                                         : suggestedPath;

    QString path = fileDialog()->getSaveFileName(
        parent, QCoreApplication::translate("Export", "Export"), suggestion,
        filters.join(QStringLiteral(";;")), &selectedFilter);
    if (path.isEmpty())
        return {};
    const qsizetype filterIndex = filters.indexOf(selectedFilter);
    const QString chosen =
        filterIndex >= 0 ? ids.at(filterIndex) : exportFormatForFileName(path, format);
    const std::unique_ptr<BulletinWriter> writer = createWriter(chosen);
    if (QFileInfo(path).suffix().isEmpty())
        path += u'.' + writer->fileExtension();

    QString error;
    if (!writeBulletinFile(bulletin, *writer, path, &error)) {
        MessageBox::critical(parent, QCoreApplication::translate("Export", "Export Failed"), error);
        return {};
    }
    return path;
}

} // namespace galley
