#include "diskchangewatcher.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>

namespace galley {

DiskChangeWatcher::DiskChangeWatcher(QObject *parent)
    : QObject(parent) {
    m_settle.setSingleShot(true);
    m_settle.setInterval(std::chrono::milliseconds(250));
    connect(&m_settle, &QTimer::timeout, this, &DiskChangeWatcher::compare);
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, &m_settle, qOverload<>(&QTimer::start));
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, &m_settle,
            qOverload<>(&QTimer::start));
}

void DiskChangeWatcher::setSettleInterval(std::chrono::milliseconds interval) {
    m_settle.setInterval(interval);
}

void DiskChangeWatcher::watch(const QString &path) {
    m_settle.stop();
    if (!m_watcher.files().isEmpty())
        m_watcher.removePaths(m_watcher.files());
    if (!m_watcher.directories().isEmpty())
        m_watcher.removePaths(m_watcher.directories());
    m_path = path.isEmpty() ? QString() : QFileInfo(path).absoluteFilePath();
    if (m_path.isEmpty())
        return;
    m_seen = stampOf(true);
    m_watcher.addPath(QFileInfo(m_path).absolutePath());
    rewatch();
}

DiskChangeWatcher::Stamp DiskChangeWatcher::stampOf(bool withDigest) const {
    Stamp stamp;
    const QFileInfo info(m_path);
    stamp.exists = info.isFile();
    if (!stamp.exists)
        return stamp;
    stamp.modified = info.lastModified();
    stamp.size = info.size();
    if (withDigest) {
        QFile file(m_path);
        QCryptographicHash hash(QCryptographicHash::Sha1);
        if (file.open(QIODevice::ReadOnly) && hash.addData(&file))
            stamp.digest = hash.result();
    }
    return stamp;
}

// A file replaced by a rename is a new file: the watch on the old one is gone.
void DiskChangeWatcher::rewatch() {
    if (!m_watcher.files().contains(m_path) && QFileInfo(m_path).isFile())
        m_watcher.addPath(m_path);
}

void DiskChangeWatcher::compare() {
    if (m_path.isEmpty())
        return;
    rewatch();
    Stamp now = stampOf(false);
    if (now.sameFileTimes(m_seen))
        return;
    if (!now.exists) {
        m_seen = now;
        Q_EMIT removed(m_path);
        return;
    }
    now = stampOf(true);
    const bool sameContents = m_seen.exists && now.digest == m_seen.digest;
    m_seen = now;
    // Touched, or written back as it was: nothing for the user to decide.
    if (!sameContents)
        Q_EMIT changed(m_path);
}

} // namespace galley
