#include "document/document.h"

namespace galley {

Document::Document(QObject *parent)
    : QObject(parent)
    , m_model(&m_undoStack) {
    connect(&m_undoStack, &QUndoStack::cleanChanged, this,
            [this](bool clean) { Q_EMIT modifiedChanged(!clean); });
}

void Document::setBulletin(const Bulletin &bulletin) {
    m_undoStack.clear();
    m_source = bulletin;
    m_source.articles.clear();
    m_model.resetArticles(bulletin.articles);
    m_undoStack.setClean();
    Q_EMIT bulletinReplaced();
}

Bulletin Document::bulletin() const {
    Bulletin page = m_source;
    page.articles = m_model.articles();
    return page;
}

void Document::setFilePath(const QString &path) {
    if (m_filePath == path)
        return;
    m_filePath = path;
    Q_EMIT filePathChanged(path);
}

} // namespace galley
