#include "documentloader.h"

#include <QCoreApplication>
#include <QPromise>
#include <QtConcurrent>

namespace galley {

namespace {

void load(QPromise<ImportResult> &promise, const QString &path, const ImportOptions &options) {
    promise.setProgressRange(0, 100);
    // Only a scan reports progress (page by page); other files show a busy bar.
    ScanProgress progress;
    progress.report = [&promise](int page, int pageCount, int percent) {
        const int pages = qMax(1, pageCount);
        promise.setProgressValueAndText(
            qBound(0, (page * 100 + percent) / pages, 100),
            QCoreApplication::translate("DocumentLoader", "Reading page %1 of %2")
                .arg(qMin(page + 1, pages))
                .arg(pages));
    };
    progress.cancelled = [&promise] { return promise.isCanceled(); };
    ImportResult result = importFile(path, options, progress);
    if (promise.isCanceled() || result.cancelled)
        return;
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
    // Value and text arrive as two signals, often for one report: each report
    // goes out once. Only a reported page has a text.
    m_lastProgress = {};
    auto report = [this, watcher] {
        std::pair<int, QString> now{watcher->progressValue(), watcher->progressText()};
        if (watcher != m_watcher || now.second.isEmpty() || now == m_lastProgress)
            return;
        m_lastProgress = now;
        Q_EMIT progressChanged(now.first, now.second);
    };
    connect(watcher, &QFutureWatcherBase::progressValueChanged, this, report);
    connect(watcher, &QFutureWatcherBase::progressTextChanged, this, report);
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
