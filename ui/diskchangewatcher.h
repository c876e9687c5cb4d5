// Notices when another program changes or removes the file the window has
// open. QFileSystemWatcher reports raw events: an editor that saves by
// writing a new file and renaming it drops the watch on the old one, and a
// save arrives as several events. This class watches the folder as well,
// waits for the events to settle, and reports a change only when the file's
// contents differ from what the window last read or wrote.
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QFileSystemWatcher>
#include <QObject>
#include <QTimer>

namespace galley {

class DiskChangeWatcher : public QObject {
    Q_OBJECT

public:
    explicit DiskChangeWatcher(QObject *parent = nullptr);

    // Watches `path` from its contents as they are now; an empty path stops watching.
    // Called again after the window itself writes the file.
    void watch(const QString &path);
    QString path() const { return m_path; }

    // How long events must be quiet before the file is compared.
    void setSettleInterval(std::chrono::milliseconds interval);

Q_SIGNALS:
    // The contents differ from the ones last seen; reported once per change.
    void changed(const QString &path);
    // The file is gone (deleted, or moved away); reported once.
    void removed(const QString &path);

private:
    struct Stamp {
        bool exists = false;
        QDateTime modified;
        qint64 size = -1;
        QByteArray digest;

        bool sameFileTimes(const Stamp &other) const {
            return exists == other.exists && modified == other.modified && size == other.size;
        }
    };

    Stamp stampOf(bool withDigest) const;
    void rewatch();
    void compare();

    QFileSystemWatcher m_watcher;
    QTimer m_settle;
    QString m_path;
    Stamp m_seen;
};

} // namespace galley
