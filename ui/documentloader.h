// Opens a file off the UI thread: reading (OCR for a scan, page by page),
// decoding, repair and segmentation run on a copy of the inputs in a worker,
// and the result comes back as a signal. A cancelled load never reports a
// result; Cancel stops the OCR of a scan between pages and inside one.
#pragma once

#include "formats/importer.h"

#include <QFutureWatcher>
#include <QObject>

namespace galley {

class DocumentLoader : public QObject {
    Q_OBJECT

public:
    explicit DocumentLoader(QObject *parent = nullptr);
    ~DocumentLoader() override;

    // Starts loading `path`; a load still running is cancelled first.
    void start(const QString &path, const ImportOptions &options = {});
    // Drops the running load: neither loaded() nor failed() follows for it.
    void cancel();
    bool isRunning() const { return m_running; }
    QString path() const { return m_path; }

Q_SIGNALS:
    void started(const QString &path);
    // `stage` names the page being read; files other than scans report none.
    void progressChanged(int percent, const QString &stage);
    void loaded(const galley::ImportResult &result, const QString &path);
    void failed(const QString &error, const QString &path);
    void cancelled(const QString &path);
    // The worker of the load has ended, whatever came of it.
    void finished();

private:
    void onFinished();
    bool drop();

    QFutureWatcher<ImportResult> *m_watcher = nullptr;
    QString m_path;
    std::pair<int, QString> m_lastProgress; // the last progress reported
    bool m_running = false;
};

} // namespace galley
