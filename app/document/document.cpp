#include "document/document.h"

#include <algorithm>

namespace galley {

Document::Document(QObject *parent)
    : QObject(parent)
    , m_model(&m_undoStack) {
    connect(&m_undoStack, &QUndoStack::cleanChanged, this,
            [this](bool clean) { Q_EMIT modifiedChanged(!clean); });
}

namespace {

// The spans are offsets into the text OCR gave; a page whose original text is
// not that text (it was replaced) has none that can be trusted.
QList<std::pair<qsizetype, qsizetype>> findDoubtfulSpans(const Bulletin &page) {
    if (page.scan.isEmpty())
        return {};
    const text::OcrText ocr = text::ocrText(page.scan);
    if (ocr.text != page.originalText)
        return {};
    return text::lowConfidenceSpans(page.scan, ocr);
}

} // namespace

void Document::setBulletin(const Bulletin &bulletin) {
    m_undoStack.clear();
    m_source = bulletin;
    m_source.articles.clear();
    m_lineStarts.clear();
    m_reviewed = QBitArray(bulletin.decisions.size());
    m_doubtful = findDoubtfulSpans(m_source);
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

void Document::flipDecisions(const QList<qsizetype> &indices) {
    for (const qsizetype index : indices)
        text::flipDecision(m_source.decisions, index);
    Q_EMIT decisionsFlipped(indices);
}

const QList<qsizetype> &Document::lineStarts() const {
    if (m_lineStarts.isEmpty()) {
        const QString &text = m_source.originalText;
        m_lineStarts.append(0);
        for (qsizetype i = text.indexOf(u'\n'); i >= 0; i = text.indexOf(u'\n', i + 1))
            m_lineStarts.append(i + 1);
    }
    return m_lineStarts;
}

int Document::lineAt(qsizetype position) const {
    const QList<qsizetype> &starts = lineStarts();
    const auto after = std::upper_bound(starts.begin(), starts.end(), position);
    return int(after - starts.begin()) - 1;
}

bool Document::isReviewed(qsizetype decision) const {
    return decision >= 0 && decision < m_reviewed.size() && m_reviewed.testBit(decision);
}

void Document::setReviewed(qsizetype decision) {
    if (decision < 0 || decision >= m_reviewed.size() || m_reviewed.testBit(decision))
        return;
    m_reviewed.setBit(decision);
    Q_EMIT reviewedChanged(decision);
}

} // namespace galley
