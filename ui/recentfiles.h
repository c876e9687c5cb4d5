// The files opened lately, kept in QSettings, and the File ▸ Open Recent menu
// that lists them.
#pragma once

#include <QObject>
#include <QStringList>

class QMenu;

namespace galley {

class RecentFiles : public QObject {
    Q_OBJECT

public:
    static constexpr int maxCount = 10;

    explicit RecentFiles(QObject *parent = nullptr);

    QStringList files() const;
    // Puts `path` first, dropping an older entry for the same file.
    void add(const QString &path);
    void remove(const QString &path);
    void clear();

    // Keeps `menu` listing the files, numbered for keyboard use, and a Clear entry.
    void attachMenu(QMenu *menu);

Q_SIGNALS:
    void fileRequested(const QString &path);
    void changed();

private:
    void store(const QStringList &files);
    void rebuildMenu(QMenu *menu);
};

} // namespace galley
