#include "cli/convertcommand.h"

#include "formats/formatregistry.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cstdio>

namespace galley::cli {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("galley-cli", text);
}

void printError(const QString &message) {
    std::fputs(qPrintable(message + u'\n'), stderr);
}

bool writeToStdout(const Bulletin &bulletin, BulletinWriter &writer) {
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    if (!writer.write(bulletin, buffer)) {
        printError(writer.errorString());
        return false;
    }
    const QByteArray &bytes = buffer.data();
    return std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout) == size_t(bytes.size());
}

// Where the page read from `input` goes when `output` is a folder.
QString outputPathInFolder(const QString &folder, const QString &input, const QString &extension) {
    return QDir(folder).filePath(QFileInfo(input).completeBaseName() + u'.' + extension);
}

bool convertOne(const QString &input, const QString &output, const ConvertRequest &request) {
    const ImportResult imported = importFile(input, request.import);
    if (!imported.ok) {
        printError(imported.error);
        return false;
    }
    std::unique_ptr<BulletinWriter> writer = createWriter(request.format);
    if (output.isEmpty() || output == u"-")
        return writeToStdout(imported.bulletin, *writer);
    QString error;
    if (!writeBulletinFile(imported.bulletin, *writer, output, &error)) {
        printError(error);
        return false;
    }
    return true;
}

} // namespace

int runConvert(const ConvertRequest &request) {
    const std::unique_ptr<BulletinWriter> writer = createWriter(request.format);
    if (!writer) {
        printError(tr("galley-cli: unknown format \"%1\" (known: %2)")
                       .arg(request.format, exportFormatIds().join(QStringLiteral(", "))));
        return ExitBadArguments;
    }
    const bool toFolder = request.inputs.size() > 1 || QFileInfo(request.output).isDir();
    if (toFolder && (request.output.isEmpty() || request.output == u"-")) {
        printError(tr("galley-cli: several inputs need an output folder (-o DIR)"));
        return ExitBadArguments;
    }
    if (toFolder && !QDir().mkpath(request.output)) {
        printError(tr("galley-cli: cannot create the output folder \"%1\"").arg(request.output));
        return ExitInputFailed;
    }
    int failures = 0;
    for (const QString &input : request.inputs) {
        const QString output =
            toFolder ? outputPathInFolder(request.output, input, writer->fileExtension())
                     : request.output;
        if (!convertOne(input, output, request))
            ++failures;
    }
    return failures == 0 ? ExitSuccess : ExitInputFailed;
}

} // namespace galley::cli
