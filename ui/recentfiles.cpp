#include "recentfiles.h"

#include <QDir>
#include <QFileInfo>
#include <QMenu>
#include <QSettings>

namespace galley {

namespace {

const QString settingsKey = QStringLiteral("recentFiles");

QString normalised(const QString &path) {
    // Resources (the bundled sample) have no absolute path to resolve.
    if (path.startsWith(u':'))
        return path;
    return QFileInfo(path).absoluteFilePath();
}

} // namespace

RecentFiles::RecentFiles(QObject *parent)
    : QObject(parent) {}

QStringList RecentFiles::files() const {
    return QSettings().value(settingsKey).toStringList();
}

void RecentFiles::add(const QString &path) {
    const QString file = normalised(path);
    QStringList list = files();
    list.removeAll(file);
    list.prepend(file);
    while (list.size() > maxCount)
        list.removeLast();
    store(list);
}

void RecentFiles::remove(const QString &path) {
    QStringList list = files();
    if (list.removeAll(normalised(path)) > 0)
        store(list);
}

void RecentFiles::clear() {
    store({});
}

void RecentFiles::store(const QStringList &files) {
    QSettings().setValue(settingsKey, files);
    Q_EMIT changed();
}

void RecentFiles::attachMenu(QMenu *menu) {
    rebuildMenu(menu);
    connect(this, &RecentFiles::changed, menu, [this, menu] { rebuildMenu(menu); });
}

void RecentFiles::rebuildMenu(QMenu *menu) {
    menu->clear();
    const QStringList list = files();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString &path = list.at(i);
        // The number gives each entry a mnemonic; && shows a literal ampersand.
        QString name = QFileInfo(path).fileName();
        name.replace(u'&', QStringLiteral("&&"));
        const QString text = i < 9 ? QStringLiteral("&%1 %2").arg(i + 1).arg(name)
                                   : QStringLiteral("%1 %2").arg(i + 1).arg(name);
        QAction *action = menu->addAction(text);
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setStatusTip(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, this, [this, path] { Q_EMIT fileRequested(path); });
    }
    menu->addSeparator();
    QAction *clearAction = menu->addAction(tr("&Clear Menu"));
    clearAction->setEnabled(!list.isEmpty());
    connect(clearAction, &QAction::triggered, this, &RecentFiles::clear);
    menu->menuAction()->setEnabled(!list.isEmpty());
}

} // namespace galley
