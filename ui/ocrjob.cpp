#include "ocrjob.h"

#include <QPromise>
#include <QtConcurrent>

namespace galley {

namespace {

// Progress goes out as a whole-file percentage (the promise's value) with the
// page, its count and its own percentage packed in the text, which the
// watcher hands back on the UI thread.
QString packProgress(int page, int pageCount, int percent) {
    return QStringLiteral("%1 %2 %3").arg(page).arg(pageCount).arg(percent);
}

void read(QPromise<ImportResult> &promise, const QString &path, const ImportOptions &options) {
    promise.setProgressRange(0, 100);
    ScanProgress progress;
    progress.report = [&promise](int page, int pageCount, int percent) {
        const int whole = pageCount > 0 ? (page * 100 + percent) / pageCount : 0;
        promise.setProgressValueAndText(std::clamp(whole, 0, 100),
                                        packProgress(page, pageCount, percent));
    };
    progress.cancelled = [&promise] { return promise.isCanceled(); };
    ImportResult result = importFile(path, options, progress);
    if (promise.isCanceled() || result.cancelled)
        return;
    promise.addResult(std::move(result));
}

} // namespace

OcrJob::OcrJob(QObject *parent)
    : QObject(parent) {}

OcrJob::~OcrJob() {
    // The worker holds no reference to this object; cancelling makes it end
    // soon, and the global thread pool waits for it before the application ends.
    if (m_watcher)
        m_watcher->future().cancel();
}

void OcrJob::start(const QString &path, const ImportOptions &options) {
    cancel();
    m_path = path;
    m_running = true;
    auto *watcher = new QFutureWatcher<ImportResult>(this);
    m_watcher = watcher;
    connect(watcher, &QFutureWatcherBase::progressTextChanged, this,
            [this, watcher](const QString &text) {
                if (watcher != m_watcher)
                    return;
                const QStringList parts = text.split(u' ');
                if (parts.size() != 3)
                    return;
                const int page = parts.at(0).toInt();
                const int pageCount = parts.at(1).toInt();
                Q_EMIT pageProgressChanged(page, pageCount, parts.at(2).toInt());
                Q_EMIT progressChanged(
                    watcher->progressValue(),
                    page < pageCount ? tr("Reading page %1 of %2").arg(page + 1).arg(pageCount)
                                     : tr("Read %n page(s)", "", pageCount));
            });
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        if (watcher == m_watcher)
            onFinished(watcher);
        else
            Q_EMIT finished();
        watcher->deleteLater();
    });
    watcher->setFuture(QtConcurrent::run(read, path, options));
    Q_EMIT started(path);
}

void OcrJob::cancel() {
    if (!m_running)
        return;
    m_running = false;
    // The watcher lives on until its worker ends, but no longer speaks for
    // the current reading.
    QFutureWatcher<ImportResult> *watcher = std::exchange(m_watcher, nullptr);
    watcher->future().cancel();
    Q_EMIT cancelled(m_path);
}

void OcrJob::onFinished(QFutureWatcher<ImportResult> *watcher) {
    m_watcher = nullptr;
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
