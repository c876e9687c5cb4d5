#include "cli/convertcommand.h"

#include "formats/formatregistry.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QThread>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>

#include <cstdio>
#include <unistd.h>

namespace galley::cli {

namespace {

void printError(const QString &message) {
    std::fputs(qPrintable(message + u'\n'), stderr);
}

// Writes straight to the descriptor, so the page's text is not held in memory
// a second time on its way out. Every writer but the text writer composes its
// file whole before writing it, so a failure leaves standard output empty.
bool writeToStdout(const Bulletin &bulletin, BulletinWriter &writer) {
    std::fflush(stdout);
    QFile out;
    if (!out.open(fileno(stdout), QIODevice::WriteOnly, QFileDevice::DontCloseHandle))
        return false;
    if (!writer.write(bulletin, out)) {
        printError(writer.errorString());
        return false;
    }
    return out.flush();
}

// Where the page read from `input` goes when `output` is a folder.
QString outputPathInFolder(const QString &folder, const QString &input, const QString &extension) {
    return QDir(folder).filePath(QFileInfo(input).completeBaseName() + u'.' + extension);
}

// Converts one input into `imported`; on failure returns the message that says why.
std::optional<QString> convertOne(const QString &input, const QString &output,
                                  const ConvertRequest &request, ImportResult &imported) {
    imported = importFile(input, request.import);
    if (!imported.ok)
        return imported.error;
    std::unique_ptr<BulletinWriter> writer = createWriter(request.format, request.pageOptions);
    if (output.isEmpty() || output == u"-") {
        // writeToStdout prints its own message.
        return writeToStdout(imported.bulletin, *writer) ? std::nullopt
                                                         : std::optional<QString>(QString());
    }
    QString error;
    if (!writeBulletinFile(imported.bulletin, *writer, output, &error))
        return error;
    return std::nullopt;
}

// The messages and progress line of a batch, written from whichever thread
// finishes a file. The progress line is redrawn in place, so it only shows
// on a terminal; messages are printed above it.
class BatchReport {
public:
    BatchReport(int total, bool terminal)
        : m_total(total)
        , m_terminal(terminal) {}

    void finished(const QString &input, const std::optional<QString> &failure) {
        const QMutexLocker locker(&m_mutex);
        ++m_done;
        if (failure) {
            ++m_failed;
            clearLine();
            printError(*failure);
        }
        if (m_terminal) {
            const QString line = QCoreApplication::translate("galley-cli", "[%1/%2] %3")
                                     .arg(m_done)
                                     .arg(m_total)
                                     .arg(QFileInfo(input).fileName());
            std::fputs("\r\x1b[K", stderr);
            std::fputs(qPrintable(line), stderr);
            std::fflush(stderr);
        }
    }

    void summary(const QString &format, const QString &folder) {
        const QMutexLocker locker(&m_mutex);
        clearLine();
        QString text = QCoreApplication::translate("galley-cli",
                                                   "galley-cli: %1 of %2 converted to %3 in \"%4\"")
                           .arg(m_total - m_failed)
                           .arg(m_total)
                           .arg(format, QDir::toNativeSeparators(folder));
        if (m_failed > 0)
            text += QCoreApplication::translate("galley-cli", ", %1 failed").arg(m_failed);
        printError(text);
    }

    int failed() const { return m_failed; }

private:
    void clearLine() {
        if (m_terminal)
            std::fputs("\r\x1b[K", stderr);
    }

    QMutex m_mutex;
    int m_total;
    int m_done = 0;
    int m_failed = 0;
    bool m_terminal;
};

// The page of a one-file run. The process ends once it is written, and a
// large page is millions of strings: freeing them one by one costs about a
// tenth of converting 100 MB, while the system takes the whole process back
// at once. So the page is left to it; the pointer keeps it reachable, so leak
// checkers do not report it.
ImportResult &pageKeptUntilExit() {
    static ImportResult *const page = new ImportResult;
    return *page;
}

int convertIntoFolder(const ConvertRequest &request, const QString &extension) {
    if (!QDir().mkpath(request.output)) {
        printError(QCoreApplication::translate("galley-cli",
                                               "galley-cli: cannot create the output folder \"%1\"")
                       .arg(request.output));
        return ExitInputFailed;
    }
    struct Job {
        QString input;
        QString output;
        QString conflict; // the input that already writes `output`
    };
    QList<Job> jobs;
    QHash<QString, QString> writers; // output path -> the input that writes it
    for (const QString &input : request.inputs) {
        const QString output = outputPathInFolder(request.output, input, extension);
        jobs.append({input, output, writers.value(output)});
        writers.insert(output, writers.value(output, input));
    }

    BatchReport report(int(jobs.size()), isatty(fileno(stderr)) != 0);
    QThreadPool pool;
    pool.setMaxThreadCount(request.jobs > 0 ? request.jobs : QThread::idealThreadCount());
    QtConcurrent::blockingMap(&pool, jobs, [&](const Job &job) {
        std::optional<QString> failure;
        if (!job.conflict.isEmpty())
            failure =
                QCoreApplication::translate(
                    "galley-cli", "galley-cli: \"%1\" not converted: \"%2\" already writes \"%3\"")
                    .arg(job.input, job.conflict, QDir::toNativeSeparators(job.output));
        else {
            ImportResult imported;
            failure = convertOne(job.input, job.output, request, imported);
        }
        report.finished(job.input, failure);
    });
    report.summary(request.format, request.output);
    return report.failed() == 0 ? ExitSuccess : ExitInputFailed;
}

} // namespace

int runConvert(const ConvertRequest &request) {
    const std::unique_ptr<BulletinWriter> writer =
        createWriter(request.format, request.pageOptions);
    if (!writer) {
        printError(QCoreApplication::translate("galley-cli",
                                               "galley-cli: unknown format \"%1\" (known: %2)")
                       .arg(request.format, exportFormatIds().join(QStringLiteral(", "))));
        return ExitBadArguments;
    }
    const bool toFolder = request.inputs.size() > 1 || QFileInfo(request.output).isDir();
    if (toFolder && (request.output.isEmpty() || request.output == u"-")) {
        printError(QCoreApplication::translate(
            "galley-cli", "galley-cli: several inputs need an output folder (-o DIR)"));
        return ExitBadArguments;
    }
    if (toFolder)
        return convertIntoFolder(request, writer->fileExtension());
    const std::optional<QString> failure =
        convertOne(request.inputs.constFirst(), request.output, request, pageKeptUntilExit());
    if (failure && !failure->isEmpty())
        printError(*failure);
    return failure ? ExitInputFailed : ExitSuccess;
}

} // namespace galley::cli
