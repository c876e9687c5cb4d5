#include "documentloader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPromise>
#include <QtConcurrent>

namespace galley {

namespace {

QString stage(const char *text) {
    return QCoreApplication::translate("DocumentLoader", text);
}

// Reads in slices so a cancel is noticed and the bar moves on a big file.
bool readInSlices(QFile &file, QPromise<ImportResult> &promise, QByteArray &bytes) {
    constexpr qint64 slice = 1 << 20;
    const qint64 size = file.size();
    bytes.reserve(size);
    while (!file.atEnd()) {
        if (promise.isCanceled())
            return false;
        const QByteArray chunk = file.read(slice);
        if (chunk.isEmpty() && file.error() != QFileDevice::NoError)
            return false;
        bytes += chunk;
        if (size > 0)
            promise.setProgressValueAndText(int(bytes.size() * 20 / size), stage("Reading"));
    }
    return true;
}

void load(QPromise<ImportResult> &promise, const QString &path, const ImportOptions &options) {
    promise.setProgressRange(0, 100);
    QFile file(path);
    // The importer words the errors of a file it cannot read, and a project
    // file is small: let it handle both whole.
    if (isProjectFileName(path) || !QFileInfo(path).isFile() || !file.open(QIODevice::ReadOnly)) {
        promise.addResult(importFile(path, options));
        return;
    }
    QByteArray bytes;
    if (!readInSlices(file, promise, bytes)) {
        if (!promise.isCanceled())
            promise.addResult(importFile(path, options));
        return;
    }
    promise.setProgressValueAndText(20, stage("Repairing"));
    const QString name = path.startsWith(u':') ? path : QFileInfo(path).absoluteFilePath();
    ImportResult result = importTextBytes(bytes, name, options);
    if (promise.isCanceled())
        return;
    promise.setProgressValueAndText(100, stage("Done"));
    promise.addResult(std::move(result));
}

} // namespace

DocumentLoader::DocumentLoader(QObject *parent)
    : QObject(parent) {}

DocumentLoader::~DocumentLoader() {
    // The worker holds no reference to this object; it only needs to end
    // before the application does, which the global thread pool ensures.
    drop();
}

void DocumentLoader::start(const QString &path, const ImportOptions &options) {
    cancel();
    m_path = path;
    m_running = true;
    m_watcher = new QFutureWatcher<ImportResult>(this);
    QFutureWatcher<ImportResult> *watcher = m_watcher;
    connect(watcher, &QFutureWatcherBase::progressValueChanged, this, [this, watcher](int value) {
        if (watcher == m_watcher)
            Q_EMIT progressChanged(value, watcher->progressText());
    });
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        if (watcher == m_watcher)
            onFinished();
        else
            Q_EMIT finished();
        watcher->deleteLater();
    });
    watcher->setFuture(QtConcurrent::run(load, path, options));
    Q_EMIT started(path);
}

void DocumentLoader::cancel() {
    if (drop())
        Q_EMIT cancelled(m_path);
}

bool DocumentLoader::drop() {
    if (!m_running)
        return false;
    m_running = false;
    // The watcher stays alive until its worker ends, so finished() can say so;
    // from now on it no longer speaks for the current load.
    QFutureWatcher<ImportResult> *watcher = std::exchange(m_watcher, nullptr);
    watcher->future().cancel();
    return true;
}

void DocumentLoader::onFinished() {
    QFutureWatcher<ImportResult> *watcher = std::exchange(m_watcher, nullptr);
    m_running = false;
    const QFuture<ImportResult> future = watcher->future();
    if (future.isCanceled() || future.resultCount() == 0) {
        Q_EMIT cancelled(m_path);
    } else {
        const ImportResult result = future.result();
        if (result.ok)
            Q_EMIT loaded(result, m_path);
        else
            Q_EMIT failed(result.error, m_path);
    }
    Q_EMIT finished();
}

} // namespace galley
