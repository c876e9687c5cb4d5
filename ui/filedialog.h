// The file dialogs of the editor behind one object, so tests can answer them
// in advance instead of blocking on a modal dialog.
#pragma once

#include <QString>

class QWidget;

namespace galley {

class FileDialog {
public:
    static FileDialog *instance();

    // The path the user chose, or an empty string when they cancelled.
    QString getOpenFileName(QWidget *parent, const QString &caption, const QString &dir,
                            const QString &filter);
    // `selectedFilter`, when given, receives the filter the user picked.
    QString getSaveFileName(QWidget *parent, const QString &caption, const QString &dir,
                            const QString &filter, QString *selectedFilter = nullptr);

    // The next dialog returns `fileName` without showing itself (an empty name
    // answers as a cancel would); `filter` is reported as the selected filter.
    void setNextFileName(const QString &fileName, const QString &filter = {});

private:
    bool takeNextAnswer(QString *fileName, QString *filter);

    bool m_hasNextAnswer = false;
    QString m_nextFileName;
    QString m_nextFilter;
};

inline FileDialog *fileDialog() {
    return FileDialog::instance();
}

} // namespace galley
