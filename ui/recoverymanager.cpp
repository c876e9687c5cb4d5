#include "recoverymanager.h"

#include "document/document.h"
#include "formats/bulletinwriter.h"
#include "formats/projectfile.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QStandardPaths>
#include <QUuid>
#include <QtConcurrent>

namespace galley {

namespace {

const QString projectSuffix = QStringLiteral(".galley");
const QString infoSuffix = QStringLiteral(".json");
const QString lockSuffix = QStringLiteral(".lock");

struct Snapshot {
    Bulletin bulletin;
    QString projectPath;
    QString infoPath;
    QByteArray info;
};

bool writeSnapshot(const Snapshot &snapshot) {
    ProjectFile project;
    if (!writeBulletinFile(snapshot.bulletin, project, snapshot.projectPath, nullptr))
        return false;
    return writeFileContents(snapshot.infoPath, snapshot.info, nullptr);
}

QByteArray infoJson(const Document &document) {
    QJsonObject info;
    info.insert(QLatin1String("filePath"), document.filePath());
    info.insert(QLatin1String("sourceFile"), document.sourceFile());
    info.insert(QLatin1String("savedAt"),
                QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    return QJsonDocument(info).toJson(QJsonDocument::Compact);
}

const QLatin1String savingToKey("savingTo");
const QLatin1String savingDigestKey("savingDigest");

QByteArray digestOf(const QByteArray &contents) {
    return QCryptographicHash::hash(contents, QCryptographicHash::Sha1).toHex();
}

QByteArray digestOfFile(const QString &path) {
    QFile file(path);
    QCryptographicHash hash(QCryptographicHash::Sha1);
    if (!file.open(QIODevice::ReadOnly) || !hash.addData(&file))
        return {};
    return hash.result().toHex();
}

// A session killed after a save but before it removed its copy leaves a copy
// taken before the save: the project on disk holds all of it and more. The
// info then names the save, and the project's digest shows that it landed.
// File times cannot tell: a save a few milliseconds after the copy may carry
// an older time than the copy's.
bool isSupersededBySave(const QJsonObject &info) {
    const QString savedTo = info.value(savingToKey).toString();
    const QByteArray digest = info.value(savingDigestKey).toString().toLatin1();
    return !savedTo.isEmpty() && !digest.isEmpty() && digestOfFile(savedTo) == digest;
}

} // namespace

RecoveryManager::RecoveryManager(Document *document, QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_id(QUuid::createUuid().toString(QUuid::WithoutBraces)) {
    m_timer.setInterval(std::chrono::seconds(30));
    connect(&m_timer, &QTimer::timeout, this, &RecoveryManager::onTimeout);
    m_timer.start();
    QUndoStack *stack = document->undoStack();
    connect(stack, &QUndoStack::indexChanged, this, [this] { m_changedSinceWrite = true; });
    // Saved, or undone back to the saved state: nothing left to recover.
    connect(stack, &QUndoStack::cleanChanged, this, [this](bool clean) {
        if (clean)
            discard();
    });
    connect(document, &Document::bulletinReplaced, this, [this] {
        discard();
        m_changedSinceWrite = m_document->isModified();
    });
}

RecoveryManager::~RecoveryManager() = default;

QString RecoveryManager::recoveryDirectory() {
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/recovery");
}

void RecoveryManager::setInterval(std::chrono::milliseconds interval) {
    m_timer.start(interval);
}

std::chrono::milliseconds RecoveryManager::interval() const {
    return m_timer.intervalAsDuration();
}

QString RecoveryManager::pathFor(const QString &suffix) const {
    return recoveryDirectory() + u'/' + m_id + suffix;
}

QString RecoveryManager::recoveryFilePath() const {
    return pathFor(projectSuffix);
}

bool RecoveryManager::lockSession() {
    if (m_lock)
        return true;
    if (!QDir().mkpath(recoveryDirectory()))
        return false;
    auto lock = std::make_unique<QLockFile>(pathFor(lockSuffix));
    if (!lock->tryLock())
        return false;
    m_lock = std::move(lock);
    return true;
}

void RecoveryManager::onTimeout() {
    if (m_writer || !m_changedSinceWrite || !m_document->isModified() || !lockSession())
        return;
    m_changedSinceWrite = false;
    // The worker gets a copy; the articles are shared until the user edits again.
    Snapshot snapshot{m_document->bulletin(), pathFor(projectSuffix), pathFor(infoSuffix),
                      infoJson(*m_document)};
    m_writer = new QFutureWatcher<bool>(this);
    connect(m_writer, &QFutureWatcherBase::finished, this, &RecoveryManager::onWritten);
    m_writer->setFuture(QtConcurrent::run(writeSnapshot, std::move(snapshot)));
    Q_EMIT autosaveStarted();
}

void RecoveryManager::onWritten() {
    QFutureWatcher<bool> *writer = std::exchange(m_writer, nullptr);
    const bool ok = writer->result();
    writer->deleteLater();
    // Saved or discarded while the copy was written: the copy is stale.
    if (!m_document->isModified()) {
        discard();
        return;
    }
    if (ok)
        Q_EMIT autosaved(recoveryFilePath());
    else
        m_changedSinceWrite = true;
}

void RecoveryManager::finishWriting() {
    if (!m_writer)
        return;
    m_writer->disconnect(this);
    m_writer->waitForFinished();
    onWritten();
}

void RecoveryManager::prepareForSave(const QString &path, const QByteArray &contents) {
    finishWriting();
    QFile current(pathFor(infoSuffix));
    if (!QFile::exists(pathFor(projectSuffix)) || !current.open(QIODevice::ReadOnly))
        return;
    QJsonObject info = QJsonDocument::fromJson(current.readAll()).object();
    current.close();
    info.insert(savingToKey, QFileInfo(path).absoluteFilePath());
    info.insert(savingDigestKey, QString::fromLatin1(digestOf(contents)));
    writeFileContents(pathFor(infoSuffix), QJsonDocument(info).toJson(QJsonDocument::Compact),
                      nullptr);
}

void RecoveryManager::discard() {
    if (m_writer) {
        // The copy being written is removed when the write ends (onWritten).
        return;
    }
    QFile::remove(pathFor(projectSuffix));
    QFile::remove(pathFor(infoSuffix));
    m_lock.reset();
}

QList<RecoveryEntry> RecoveryManager::orphanedEntries() {
    QList<RecoveryEntry> entries;
    const QDir dir(recoveryDirectory());
    const QStringList files =
        dir.entryList({QStringLiteral("*") + projectSuffix}, QDir::Files, QDir::Time);
    for (const QString &file : files) {
        RecoveryEntry entry;
        entry.id = file.chopped(projectSuffix.size());
        // A running session holds its lock; a crashed one left it stale.
        QLockFile lock(dir.filePath(entry.id + lockSuffix));
        if (!lock.tryLock())
            continue;
        lock.unlock();
        entry.projectPath = dir.filePath(file);
        QFile info(dir.filePath(entry.id + infoSuffix));
        if (info.open(QIODevice::ReadOnly)) {
            const QJsonObject object = QJsonDocument::fromJson(info.readAll()).object();
            if (isSupersededBySave(object)) {
                remove(entry);
                continue;
            }
            entry.filePath = object.value(QLatin1String("filePath")).toString();
            entry.sourceFile = object.value(QLatin1String("sourceFile")).toString();
            entry.savedAt = QDateTime::fromString(object.value(QLatin1String("savedAt")).toString(),
                                                  Qt::ISODateWithMs);
        }
        if (!entry.savedAt.isValid())
            entry.savedAt = QFileInfo(entry.projectPath).lastModified();
        entries.append(entry);
    }
    return entries;
}

bool RecoveryManager::read(const RecoveryEntry &entry, Bulletin *bulletin, QString *error) {
    QFile file(entry.projectPath);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return false;
    }
    ProjectFile project;
    if (!project.read(file.readAll(), *bulletin)) {
        *error = project.errorString();
        return false;
    }
    return true;
}

void RecoveryManager::remove(const RecoveryEntry &entry) {
    const QDir dir(recoveryDirectory());
    QFile::remove(entry.projectPath);
    QFile::remove(dir.filePath(entry.id + infoSuffix));
}

} // namespace galley
