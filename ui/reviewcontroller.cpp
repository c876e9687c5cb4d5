#include "reviewcontroller.h"

#include "articleform.h"
#include "articlelistview.h"
#include "bodyeditor.h"
#include "decisionrulesview.h"
#include "document/decisioncommands.h"
#include "document/document.h"
#include "documentstatusbar.h"
#include "messagebox.h"
#include "sourcepane.h"

#include <QAction>
#include <QLineEdit>
#include <QMenu>
#include <QScopedValueRollback>

namespace galley {

ReviewController::ReviewController(Document *document, ArticleListView *list, ArticleForm *form,
                                   SourcePane *source, DocumentStatusBar *status, QWidget *window)
    : QObject(window)
    , m_document(document)
    , m_list(list)
    , m_form(form)
    , m_source(source)
    , m_status(status)
    , m_window(window)
    , m_rules(new DecisionRulesView(document, this, window))
    , m_next(new QAction(tr("&Next Uncertain Decision"), window))
    , m_previous(new QAction(tr("&Previous Uncertain Decision"), window))
    , m_flip(new QAction(tr("&Flip Decision"), window)) {
    m_next->setObjectName(QStringLiteral("actionNextDecision"));
    m_next->setShortcut(QKeySequence(Qt::Key_F8));
    m_previous->setObjectName(QStringLiteral("actionPreviousDecision"));
    m_previous->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F8));
    m_flip->setObjectName(QStringLiteral("actionFlipDecision"));
    m_flip->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    m_flip->setStatusTip(tr("Change the decision at the cursor: join ↔ break, drop ↔ keep space"));
    for (QAction *action : {m_next, m_previous, m_flip})
        window->addAction(action);
    connect(m_next, &QAction::triggered, this, &ReviewController::goToNext);
    connect(m_previous, &QAction::triggered, this, &ReviewController::goToPrevious);
    connect(m_flip, &QAction::triggered, this, &ReviewController::flipCurrent);
    connect(source, &SourcePane::decisionActivated, this, [this](qsizetype index) {
        m_source->setCurrentDecision(index);
        flip(index);
    });

    auto invalidate = [this] { m_mapValid = false; };
    connect(document, &Document::bulletinReplaced, this, [this, invalidate] {
        invalidate();
        recount();
    });
    connect(document, &Document::decisionsFlipped, this, invalidate);
    connect(document->model(), &QAbstractItemModel::dataChanged, this, invalidate);
    connect(document->model(), &QAbstractItemModel::rowsMoved, this, invalidate);
    connect(document->model(), &QAbstractItemModel::rowsRemoved, this, invalidate);
    connect(document->model(), &QAbstractItemModel::rowsInserted, this, invalidate);
    connect(document, &Document::reviewedChanged, this, [this](qsizetype index) {
        if (isUncertain(*m_document, index))
            m_status->setDecisionsToReview(--m_toReview);
    });
    connect(form, &ArticleForm::selectionChanged, this, &ReviewController::syncFromBody);
    connect(source, &SourcePane::userSelectedOriginal, this, &ReviewController::syncFromSource);
    recount();
}

QAction *ReviewController::rulesAction() const {
    return m_rules->toggleViewAction();
}

void ReviewController::addToMenu(QMenu *menu) const {
    menu->addAction(m_next);
    menu->addAction(m_previous);
    menu->addAction(m_flip);
    menu->addSeparator();
    menu->addAction(rulesAction());
}

bool ReviewController::isUncertain(const Document &document, qsizetype index) {
    return document.decisions().at(index).confidence < SourcePane::uncertainBelow;
}

void ReviewController::recount() {
    m_toReview = 0;
    const qsizetype count = m_document->decisions().size();
    for (qsizetype i = 0; i < count; ++i) {
        if (isUncertain(*m_document, i) && !m_document->isReviewed(i))
            ++m_toReview;
    }
    // A page that was not repaired has nothing to review: no entry at all.
    m_status->setDecisionsToReview(count > 0 ? m_toReview : -1);
    m_next->setEnabled(count > 0);
    m_previous->setEnabled(count > 0);
    m_flip->setEnabled(count > 0);
}

qsizetype ReviewController::findUncertain(qsizetype from, int step) const {
    // In text order, wrapping around: the walk a reader makes down the page.
    const qsizetype count = m_document->decisions().size();
    for (qsizetype n = 1; n <= count; ++n) {
        const qsizetype index = ((from + n * step) % count + count) % count;
        if (isUncertain(*m_document, index))
            return index;
    }
    return -1;
}

bool ReviewController::goToNext() {
    const qsizetype count = m_document->decisions().size();
    if (count == 0)
        return false;
    // From the current decision, else from the start of the shown article.
    qsizetype from = m_source->currentDecision();
    if (from < 0) {
        const qsizetype start = m_source->shownRange().first;
        const auto &decisions = m_document->decisions();
        from = std::lower_bound(
                   decisions.begin(), decisions.end(), start,
                   [](const text::Decision &d, qsizetype p) { return qsizetype(d.position) < p; }) -
               decisions.begin() - 1;
    }
    const qsizetype found = findUncertain(from, 1);
    return found >= 0 && goToDecision(found);
}

bool ReviewController::goToPrevious() {
    const qsizetype count = m_document->decisions().size();
    if (count == 0)
        return false;
    qsizetype from = m_source->currentDecision();
    if (from < 0)
        from = m_document->decisions().size();
    const qsizetype found = findUncertain(from, -1);
    return found >= 0 && goToDecision(found);
}

int ReviewController::rowOfDecision(qsizetype index) const {
    if (index < 0 || index >= m_document->decisions().size())
        return -1;
    const int line = m_document->lineAt(m_document->decisions().at(index).position);
    const QList<Article> &articles = m_document->model()->articles();
    // The current article first: most decisions F8 visits lie in it.
    const int current = m_list->currentRow();
    if (current >= 0 && current < articles.size()) {
        const LineRange &range = articles.at(current).source;
        if (range.isValid() && line >= range.first && line <= range.last)
            return current;
    }
    for (int row = 0; row < articles.size(); ++row) {
        const LineRange &range = articles.at(row).source;
        if (range.isValid() && line >= range.first && line <= range.last)
            return row;
    }
    return -1;
}

int ReviewController::rowOfOriginal(qsizetype start, qsizetype end) const {
    const int line = m_document->lineAt(start);
    const QList<Article> &articles = m_document->model()->articles();
    int firstHolding = -1;
    for (int row = 0; row < int(articles.size()); ++row) {
        const LineRange &range = articles.at(row).source;
        if (!range.isValid() || line < range.first || line > range.last)
            continue;
        // Line ranges overlap where a headline was printed among another
        // article's lines: the lines belong to the article made of them.
        const ArticleSourceMap map(articles.at(row), m_document->originalText(),
                                   m_document->decisions(), m_document->lineStarts());
        if (map.fromOriginal(start, end))
            return row;
        if (firstHolding < 0)
            firstHolding = row;
    }
    return firstHolding;
}

bool ReviewController::showOriginal(qsizetype start, qsizetype end) {
    const int row = rowOfOriginal(start, end);
    if (row < 0)
        return false;
    if (m_list->currentRow() != row)
        m_list->selectRow(row);
    const QScopedValueRollback<bool> syncing(m_syncing, true);
    m_source->selectOriginal(start, end);
    if (const auto range = sourceMap().fromOriginal(start, end))
        m_form->selectInField(range->field, range->start, range->end - range->start);
    return true;
}

bool ReviewController::goToDecision(qsizetype index) {
    const int row = rowOfDecision(index);
    if (row < 0)
        return false;
    if (m_list->currentRow() != row)
        m_list->selectRow(row);
    const text::Decision &d = m_document->decisions().at(index);
    m_source->setCurrentDecision(index);
    m_source->selectOriginal(d.position, qsizetype(d.position) + d.length);
    // The body shows the text on both sides of the decision.
    if (const auto range = sourceMap().fromOriginal(d.position, qsizetype(d.position) + d.length)) {
        const QScopedValueRollback<bool> syncing(m_syncing, true);
        const QString text = articleField(m_document->model()->article(row), range->field);
        const qsizetype start = qMax<qsizetype>(0, range->start - 1);
        const qsizetype end = qMin<qsizetype>(text.size(), qMax(range->end, range->start) + 1);
        m_form->selectInField(range->field, start, end - start);
    }
    m_document->setReviewed(index);
    m_status->showMessage(tr("%1 (%2% sure): %3")
                              .arg(decisionKindName(int(d.effectiveKind())))
                              .arg(d.confidence)
                              .arg(text::ruleDescription(d.rule)),
                          5000);
    return true;
}

qsizetype ReviewController::decisionForFlip() const {
    // The decision at the source pane's cursor when the user works there,
    // else the one F8 or a click last went to.
    if (m_source->hasFocus()) {
        const qsizetype at = m_source->decisionAtCursor();
        if (at >= 0)
            return at;
    }
    return m_source->currentDecision();
}

bool ReviewController::flipCurrent() {
    const qsizetype index = decisionForFlip();
    if (index < 0) {
        m_status->showMessage(tr("No decision selected: press F8 to go to one"), 3000);
        return false;
    }
    return flip(index);
}

bool ReviewController::flip(qsizetype index) {
    if (index < 0 || index >= m_document->decisions().size())
        return false;
    const text::Decision &d = m_document->decisions().at(index);
    const QString text =
        tr("Flip Decision to “%1”").arg(decisionKindName(int(d.flipped ? d.kind : d.alternative)));
    QString error;
    if (!flipDecisions(m_document, {index}, text, &error)) {
        MessageBox::warning(m_window, tr("Cannot Flip the Decision"), error);
        return false;
    }
    m_document->setReviewed(index);
    m_source->setCurrentDecision(index);
    return true;
}

const ArticleSourceMap &ReviewController::sourceMap() {
    const int row = m_list->currentRow();
    if (!m_mapValid || row != m_mapRow) {
        m_mapRow = row;
        m_mapValid = true;
        m_map = row >= 0 ? ArticleSourceMap(m_document->model()->article(row),
                                            m_document->originalText(), m_document->decisions(),
                                            m_document->lineStarts())
                         : ArticleSourceMap();
    }
    return m_map;
}

void ReviewController::syncFromBody() {
    if (m_syncing || m_form->currentRow() < 0)
        return;
    const FormSelection selection = m_form->selection();
    if (selection.start == selection.end)
        return;
    const auto original = sourceMap().toOriginal({selection.field, selection.start, selection.end});
    if (!original)
        return;
    const QScopedValueRollback<bool> syncing(m_syncing, true);
    m_source->selectOriginal(original->first, original->second);
}

void ReviewController::syncFromSource(qsizetype start, qsizetype end) {
    if (m_syncing || start >= end)
        return;
    const std::optional<FieldRange> range = sourceMap().fromOriginal(start, end);
    if (!range)
        return;
    const QScopedValueRollback<bool> syncing(m_syncing, true);
    // The source pane keeps the focus: the user is selecting there.
    QWidget *focus = m_source;
    m_form->selectInField(range->field, range->start, range->end - range->start);
    focus->setFocus(Qt::OtherFocusReason);
}

} // namespace galley
