#include "filedialog.h"

#include <QFileDialog>

namespace galley {

FileDialog *FileDialog::instance() {
    static FileDialog dialog;
    return &dialog;
}

bool FileDialog::takeNextAnswer(QString *fileName, QString *filter) {
    if (!m_hasNextAnswer)
        return false;
    m_hasNextAnswer = false;
    *fileName = std::exchange(m_nextFileName, {});
    const QString nextFilter = std::exchange(m_nextFilter, {});
    if (filter)
        *filter = nextFilter;
    return true;
}

QString FileDialog::getOpenFileName(QWidget *parent, const QString &caption, const QString &dir,
                                    const QString &filter) {
    QString fileName;
    if (takeNextAnswer(&fileName, nullptr))
        return fileName;
    return QFileDialog::getOpenFileName(parent, caption, dir, filter);
}

QString FileDialog::getSaveFileName(QWidget *parent, const QString &caption, const QString &dir,
                                    const QString &filter, QString *selectedFilter) {
    QString fileName;
    if (takeNextAnswer(&fileName, selectedFilter))
        return fileName;
    return QFileDialog::getSaveFileName(parent, caption, dir, filter, selectedFilter);
}

void FileDialog::setNextFileName(const QString &fileName, const QString &filter) {
    m_hasNextAnswer = true;
    m_nextFileName = fileName;
    m_nextFilter = filter;
}

} // namespace galley
