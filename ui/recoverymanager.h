// Never lose work: while the document has unsaved changes, a copy is written
// to a recovery file every interval (off the UI thread). A clean close removes
// it; after a crash the next start finds it and offers it back.
#pragma once

#include "document/bulletin.h"

#include <QDateTime>
#include <QFutureWatcher>
#include <QObject>
#include <QTimer>
#include <memory>

class QLockFile;

namespace galley {

class Document;

// A recovery file left behind by a session that did not end cleanly.
struct RecoveryEntry {
    QString id;
    QString projectPath; // the recovery copy, a project file
    QString filePath;    // the project the user was editing; empty if never saved
    QString sourceFile;  // the OCR file the page came from
    QDateTime savedAt;
};

class RecoveryManager : public QObject {
    Q_OBJECT

public:
    explicit RecoveryManager(Document *document, QObject *parent = nullptr);
    ~RecoveryManager() override;

    static QString recoveryDirectory();

    void setInterval(std::chrono::milliseconds interval);
    std::chrono::milliseconds interval() const;

    // This session's recovery copy (which exists only while there is unsaved work).
    QString recoveryFilePath() const;
    // Removes this session's copy: the work was saved, discarded, or closed cleanly.
    void discard();
    // Called just before a save writes `contents` to `path`. Finishes a copy
    // being written, then notes in the copy's info what the save will hold:
    // a session killed after the save but before discard() leaves a copy the
    // next start recognises as older than the project, and removes.
    void prepareForSave(const QString &path, const QByteArray &contents);

    // Copies left by sessions that are no longer running, newest first.
    static QList<RecoveryEntry> orphanedEntries();
    // Reads an orphaned copy; on failure returns false and sets `error`.
    static bool read(const RecoveryEntry &entry, Bulletin *bulletin, QString *error);
    // Deletes an orphaned copy for good.
    static void remove(const RecoveryEntry &entry);

Q_SIGNALS:
    // A copy of the page is being written off the UI thread.
    void autosaveStarted();
    void autosaved(const QString &path);

private:
    void onTimeout();
    void onWritten();
    void finishWriting();
    QString pathFor(const QString &suffix) const;
    bool lockSession();

    Document *m_document;
    QTimer m_timer;
    QString m_id;
    std::unique_ptr<QLockFile> m_lock;
    QFutureWatcher<bool> *m_writer = nullptr;
    bool m_changedSinceWrite = false;
};

} // namespace galley
