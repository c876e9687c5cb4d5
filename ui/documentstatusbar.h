// The status bar: the file's encoding, the article count, word and character
// counts of the article and the page, and the progress of a file being opened.
#pragma once

#include <QStatusBar>

class QLabel;
class QProgressBar;
class QToolButton;

namespace galley {

class Document;
class PageStatistics;

class DocumentStatusBar : public QStatusBar {
    Q_OBJECT

public:
    explicit DocumentStatusBar(Document *document, QWidget *parent = nullptr);

    void setCurrentRow(int row);
    // "N decisions to review"; a negative count hides the entry.
    void setDecisionsToReview(int count);

    void showLoading(const QString &fileName);
    void setLoadProgress(int percent, const QString &stage);
    void hideLoading();
    bool isLoading() const;

    QLabel *encodingLabel() const { return m_encoding; }
    QLabel *articleCountLabel() const { return m_articleCount; }
    QLabel *countsLabel() const { return m_counts; }
    QLabel *reviewLabel() const { return m_review; }
    QToolButton *cancelLoadButton() const { return m_cancel; }

Q_SIGNALS:
    void cancelLoadRequested();

private:
    void updateDocumentLabels();
    void updateCounts();

    Document *m_document;
    PageStatistics *m_statistics;
    int m_row = -1;
    QLabel *m_counts;
    QLabel *m_review;
    QLabel *m_encoding;
    QLabel *m_articleCount;
    QProgressBar *m_progress;
    QToolButton *m_cancel;
};

} // namespace galley
