#include "documentstatusbar.h"

#include "document/document.h"
#include "document/pagestatistics.h"

#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QToolButton>

namespace galley {

DocumentStatusBar::DocumentStatusBar(Document *document, QWidget *parent)
    : QStatusBar(parent)
    , m_document(document)
    , m_statistics(new PageStatistics(document->model(), this))
    , m_counts(new QLabel(this))
    , m_review(new QLabel(this))
    , m_encoding(new QLabel(this))
    , m_articleCount(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QToolButton(this)) {
    m_counts->setObjectName(QStringLiteral("countsLabel"));
    m_review->setObjectName(QStringLiteral("reviewLabel"));
    m_encoding->setObjectName(QStringLiteral("encodingLabel"));
    m_articleCount->setObjectName(QStringLiteral("articleCountLabel"));
    m_progress->setObjectName(QStringLiteral("loadProgress"));
    m_cancel->setObjectName(QStringLiteral("cancelLoadButton"));
    m_progress->setRange(0, 100);
    // Wide enough for "Reading page 10 of 12 61%" and a file name.
    m_progress->setMinimumWidth(260);
    m_progress->setMaximumWidth(360);
    m_progress->setTextVisible(true);
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Stop opening the file"));
    m_cancel->setToolButtonStyle(Qt::ToolButtonTextOnly);
    connect(m_cancel, &QToolButton::clicked, this, &DocumentStatusBar::cancelLoadRequested);

    addPermanentWidget(m_progress);
    addPermanentWidget(m_cancel);
    addPermanentWidget(m_review);
    addPermanentWidget(m_counts);
    addPermanentWidget(m_encoding);
    addPermanentWidget(m_articleCount);
    hideLoading();
    m_review->hide();

    connect(m_statistics, &PageStatistics::changed, this, &DocumentStatusBar::updateCounts);
    ArticleModel *model = document->model();
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(model, signal, this, &DocumentStatusBar::updateDocumentLabels);
    connect(model, &QAbstractItemModel::modelReset, this, &DocumentStatusBar::updateDocumentLabels);
    connect(document, &Document::bulletinReplaced, this, &DocumentStatusBar::updateDocumentLabels);
    updateDocumentLabels();
}

void DocumentStatusBar::setCurrentRow(int row) {
    m_row = row;
    updateCounts();
}

void DocumentStatusBar::setDecisionsToReview(int count) {
    m_review->setVisible(count >= 0);
    m_review->setText(tr("%n decision(s) to review", nullptr, qMax(0, count)));
}

void DocumentStatusBar::updateDocumentLabels() {
    const QString encoding = m_document->encoding();
    m_encoding->setText(encoding.isEmpty() ? QString() : encoding);
    m_encoding->setToolTip(tr("The encoding the file was read in"));
    m_articleCount->setText(tr("%n article(s)", nullptr, m_document->model()->rowCount()));
}

void DocumentStatusBar::updateCounts() {
    const QLocale locale;
    const TextCounts page = m_statistics->page();
    const QString pageText =
        tr("Page: %1 words, %2 characters")
            .arg(locale.toString(page.words), locale.toString(page.characters));
    if (m_row < 0) {
        m_counts->setText(pageText);
        return;
    }
    const TextCounts article = m_statistics->article(m_row);
    m_counts->setText(
        tr("Article: %1 words, %2 characters")
            .arg(locale.toString(article.words), locale.toString(article.characters)) +
        QStringLiteral(" · ") + pageText);
}

void DocumentStatusBar::showLoading(const QString &fileName) {
    // Busy until the loader reports a figure: reading text gives none.
    m_progress->setRange(0, 0);
    m_progress->setFormat(tr("Opening %1…").arg(fileName));
    m_progress->show();
    m_cancel->show();
}

void DocumentStatusBar::setLoadProgress(int percent, const QString &stage) {
    m_progress->setRange(0, 100);
    m_progress->setValue(percent);
    if (!stage.isEmpty())
        m_progress->setFormat(stage + QStringLiteral(" %p%"));
}

void DocumentStatusBar::hideLoading() {
    m_progress->hide();
    m_cancel->hide();
}

bool DocumentStatusBar::isLoading() const {
    return !m_progress->isHidden();
}

} // namespace galley
