// Reads a scan off the UI thread: Tesseract goes through the pages of an
// image, TIFF or PDF one after another on a copy of the inputs in a worker,
// reporting each page, and Cancel stops it between pages and inside one. The
// window drives it like DocumentLoader, whose signals it mirrors.
#pragma once

#include "formats/importer.h"

#include <QFutureWatcher>
#include <QObject>

namespace galley {

class OcrJob : public QObject {
    Q_OBJECT

public:
    explicit OcrJob(QObject *parent = nullptr);
    ~OcrJob() override;

    // Starts reading `path`; a reading still running is cancelled first.
    void start(const QString &path, const ImportOptions &options = {});
    // Stops the running reading: neither loaded() nor failed() follows for it.
    void cancel();
    bool isRunning() const { return m_running; }
    QString path() const { return m_path; }

Q_SIGNALS:
    void started(const QString &path);
    // `percent` of the whole file; `stage` names the page being read.
    void progressChanged(int percent, const QString &stage);
    // `page` (from 0) of `pageCount` is `pagePercent` read.
    void pageProgressChanged(int page, int pageCount, int pagePercent);
    void loaded(const galley::ImportResult &result, const QString &path);
    void failed(const QString &error, const QString &path);
    void cancelled(const QString &path);
    // The worker has ended, whatever came of it.
    void finished();

private:
    void onFinished(QFutureWatcher<ImportResult> *watcher);

    QFutureWatcher<ImportResult> *m_watcher = nullptr;
    QString m_path;
    bool m_running = false;
};

} // namespace galley
