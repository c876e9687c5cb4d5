#include "structureactions.h"

#include "articleform.h"
#include "articlelistview.h"
#include "document/displaymoves.h"
#include "document/document.h"
#include "document/paragraphedits.h"
#include "document/structurecommands.h"
#include "movedisplaydialog.h"

#include <QAction>
#include <QMenu>
#include <QShortcut>

namespace galley {

StructureActions::StructureActions(Document *document, ArticleListView *list, ArticleForm *form,
                                   QWidget *window)
    : QObject(window)
    , m_document(document)
    , m_list(list)
    , m_form(form)
    , m_window(window) {
    m_joinParagraph =
        createAction(QStringLiteral("actionJoinParagraph"), tr("&Join with Next Paragraph"),
                     QKeySequence(Qt::CTRL | Qt::Key_J), &StructureActions::joinParagraph);
    m_splitParagraph =
        createAction(QStringLiteral("actionSplitParagraph"), tr("&Split Paragraph at Cursor"),
                     QKeySequence(Qt::CTRL | Qt::Key_Return), &StructureActions::splitParagraph);
    m_splitArticle = createAction(
        QStringLiteral("actionSplitArticle"), tr("Split &Article at Cursor"),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Return), &StructureActions::splitArticle);
    m_mergeArticle = createAction(
        QStringLiteral("actionMergeArticle"), tr("&Merge Article with Next"),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_J), &StructureActions::mergeArticle);
    m_moveUp =
        createAction(QStringLiteral("actionMoveArticleUp"), tr("Move Article &Up"),
                     QKeySequence(Qt::ALT | Qt::SHIFT | Qt::Key_Up), &StructureActions::moveUp);
    m_moveDown =
        createAction(QStringLiteral("actionMoveArticleDown"), tr("Move Article &Down"),
                     QKeySequence(Qt::ALT | Qt::SHIFT | Qt::Key_Down), &StructureActions::moveDown);
    m_deleteArticle = createAction(QStringLiteral("actionDeleteArticle"), tr("De&lete Article"),
                                   QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Delete),
                                   &StructureActions::deleteArticle);
    m_makeKicker =
        createAction(QStringLiteral("actionMakeKicker"), tr("Make Selection the &Kicker"),
                     QKeySequence(Qt::CTRL | Qt::Key_4), &StructureActions::makeKicker);
    m_makeHeadline =
        createAction(QStringLiteral("actionMakeHeadline"), tr("Make Selection the &Headline"),
                     QKeySequence(Qt::CTRL | Qt::Key_1), &StructureActions::makeHeadline);
    m_makeDeck = createAction(QStringLiteral("actionMakeDeck"), tr("Make Selection the D&eck"),
                              QKeySequence(Qt::CTRL | Qt::Key_2), &StructureActions::makeDeck);
    m_swapHeadlineDeck =
        createAction(QStringLiteral("actionSwapHeadlineDeck"), tr("S&wap Headline and Deck"),
                     QKeySequence(Qt::CTRL | Qt::Key_3), &StructureActions::swapHeadlineDeck);
    m_moveDisplay = createAction(QStringLiteral("actionMoveDisplay"),
                                 tr("Move Kicker, Headline or Deck to &Another Article…"),
                                 QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M),
                                 &StructureActions::moveDisplay);

    // In the list, Delete removes the selected article as file managers do.
    auto *deleteKey =
        new QShortcut(QKeySequence::Delete, list, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
    connect(deleteKey, &QShortcut::activated, m_deleteArticle, &QAction::trigger);

    ArticleModel *model = document->model();
    connect(form, &ArticleForm::selectionChanged, this, &StructureActions::updateActions);
    connect(model, &QAbstractItemModel::dataChanged, this, &StructureActions::updateActions);
    connect(model, &QAbstractItemModel::rowsInserted, this, &StructureActions::updateActions);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &StructureActions::updateActions);
    connect(model, &QAbstractItemModel::rowsMoved, this, &StructureActions::updateActions);
    connect(model, &QAbstractItemModel::modelReset, this, &StructureActions::updateActions);
    updateActions();
}

QAction *StructureActions::createAction(const QString &objectName, const QString &text,
                                        const QKeySequence &shortcut,
                                        void (StructureActions::*slot)()) {
    auto *action = new QAction(text, m_window);
    action->setObjectName(objectName);
    action->setShortcut(shortcut);
    connect(action, &QAction::triggered, this, slot);
    m_window->addAction(action);
    return action;
}

void StructureActions::addToMenu(QMenu *menu) const {
    menu->addAction(m_joinParagraph);
    menu->addAction(m_splitParagraph);
    menu->addSeparator();
    menu->addAction(m_splitArticle);
    menu->addAction(m_mergeArticle);
    menu->addAction(m_moveUp);
    menu->addAction(m_moveDown);
    menu->addAction(m_deleteArticle);
    menu->addSeparator();
    menu->addAction(m_makeKicker);
    menu->addAction(m_makeHeadline);
    menu->addAction(m_makeDeck);
    menu->addAction(m_swapHeadlineDeck);
    menu->addAction(m_moveDisplay);
}

QList<QAction *> StructureActions::listActions() const {
    return {m_mergeArticle,  m_moveUp,           m_moveDown,
            m_deleteArticle, m_swapHeadlineDeck, m_moveDisplay};
}

int StructureActions::currentRow() const {
    return m_form->currentRow();
}

void StructureActions::updateActions() {
    const ArticleModel *model = m_document->model();
    const int row = currentRow();
    const bool valid = row >= 0 && row < model->rowCount();
    const FormSelection selection = m_form->selection();
    const bool inBody = valid && selection.field == ArticleField::Body;
    const Article *article = valid ? &model->article(row) : nullptr;
    const BodyPosition cursor = article ? bodyPosition(*article, selection.start) : BodyPosition{};

    m_joinParagraph->setEnabled(inBody && canJoinWithNext(*article, cursor.paragraph));
    m_splitParagraph->setEnabled(inBody && canSplitParagraph(*article, cursor));
    m_splitArticle->setEnabled(inBody && canSplitArticle(*article, cursor));
    m_mergeArticle->setEnabled(valid && row + 1 < model->rowCount());
    m_moveUp->setEnabled(valid && row > 0);
    m_moveDown->setEnabled(valid && row + 1 < model->rowCount());
    m_deleteArticle->setEnabled(valid);
    m_makeKicker->setEnabled(inBody && !article->paragraphs.isEmpty());
    m_makeHeadline->setEnabled(inBody && !article->paragraphs.isEmpty());
    m_makeDeck->setEnabled(inBody && !article->paragraphs.isEmpty());
    m_swapHeadlineDeck->setEnabled(valid &&
                                   (!article->headline.isEmpty() || !article->deck.isEmpty()));
    m_moveDisplay->setEnabled(
        valid && model->rowCount() > 1 &&
        (!article->kicker.isEmpty() || !article->headline.isEmpty() || !article->deck.isEmpty()));
}

void StructureActions::selectBodyOffset(int row, qsizetype offset) {
    if (m_list->currentRow() != row)
        m_list->selectRow(row);
    m_form->selectInField(ArticleField::Body, offset, 0);
}

void StructureActions::joinParagraph() {
    const int row = currentRow();
    if (row < 0)
        return;
    ArticleModel *model = m_document->model();
    const Article &article = model->article(row);
    const BodyPosition at = bodyPosition(article, m_form->selection().start);
    if (!canJoinWithNext(article, at.paragraph))
        return;
    const Article joined = joinWithNextParagraph(article, at.paragraph);
    const qsizetype joint = bodyOffset(
        joined, {at.paragraph, int(article.paragraphs.at(at.paragraph).trimmed().size())});
    model->replaceArticle(row, joined, tr("Join Paragraphs"));
    selectBodyOffset(row, joint);
}

void StructureActions::splitParagraph() {
    const int row = currentRow();
    if (row < 0)
        return;
    ArticleModel *model = m_document->model();
    const Article &article = model->article(row);
    const BodyPosition at = bodyPosition(article, m_form->selection().start);
    if (!canSplitParagraph(article, at))
        return;
    const Article split = galley::splitParagraph(article, at);
    model->replaceArticle(row, split, tr("Split Paragraph"));
    selectBodyOffset(row, bodyOffset(split, {at.paragraph + 1, 0}));
}

void StructureActions::splitArticle() {
    const int row = currentRow();
    if (row < 0)
        return;
    ArticleModel *model = m_document->model();
    const Article article = model->article(row);
    const BodyPosition at = bodyPosition(article, m_form->selection().start);
    if (!canSplitArticle(article, at))
        return;
    m_document->undoStack()->push(new SplitArticleCommand(model, row, at));
    selectBodyOffset(row + 1, 0);
}

void StructureActions::mergeArticle() {
    const int row = currentRow();
    ArticleModel *model = m_document->model();
    if (row < 0 || row + 1 >= model->rowCount())
        return;
    const Article first = model->article(row);
    m_document->undoStack()->push(new MergeArticlesCommand(model, row));
    // The cursor goes where the second article's text now begins.
    selectBodyOffset(row, first.paragraphs.isEmpty() ? 0 : first.body().size() + 1);
}

void StructureActions::moveUp() {
    const int row = currentRow();
    if (row > 0)
        m_document->model()->moveArticle(row, row - 1);
}

void StructureActions::moveDown() {
    const int row = currentRow();
    if (row >= 0 && row + 1 < m_document->model()->rowCount())
        m_document->model()->moveArticle(row, row + 1);
}

void StructureActions::deleteArticle() {
    const int row = currentRow();
    ArticleModel *model = m_document->model();
    if (row < 0)
        return;
    model->deleteArticle(row);
    // The next article takes the place of the deleted one, as in any list.
    m_list->selectRow(qMin(row, model->rowCount() - 1));
}

void StructureActions::liftInto(ArticleField field, const QString &actionText) {
    const int row = currentRow();
    const FormSelection selection = m_form->selection();
    if (row < 0 || selection.field != ArticleField::Body)
        return;
    ArticleModel *model = m_document->model();
    const Article &article = model->article(row);
    qsizetype start = selection.start;
    qsizetype end = selection.end;
    if (start == end) {
        // No selection: the whole paragraph at the cursor, the line a
        // copy editor points at.
        const BodyPosition at = bodyPosition(article, start);
        start = bodyOffset(article, {at.paragraph, 0});
        end = start + article.paragraphs.value(at.paragraph).size();
    }
    const Article lifted = liftIntoField(article, field, start, end);
    model->replaceArticle(row, lifted, actionText);
}

void StructureActions::makeKicker() {
    liftInto(ArticleField::Kicker, tr("Make Kicker"));
}

void StructureActions::makeHeadline() {
    liftInto(ArticleField::Headline, tr("Make Headline"));
}

void StructureActions::makeDeck() {
    liftInto(ArticleField::Deck, tr("Make Deck"));
}

void StructureActions::swapHeadlineDeck() {
    const int row = currentRow();
    if (row < 0)
        return;
    m_document->undoStack()->push(new SwapHeadlineDeckCommand(m_document->model(), row));
}

void StructureActions::moveDisplay() {
    const int row = currentRow();
    if (row < 0 || !m_moveDisplay->isEnabled())
        return;
    MoveDisplayDialog dialog(m_document->model(), row, m_window);
    if (dialog.exec() != QDialog::Accepted || dialog.targetRow() < 0)
        return;
    moveDisplayLine(row, dialog.sourceField(), dialog.targetRow(), dialog.targetField());
}

void StructureActions::moveDisplayLine(int row, ArticleField from, int targetRow, ArticleField to) {
    ArticleModel *model = m_document->model();
    if (row < 0 || targetRow < 0 || row == targetRow || targetRow >= model->rowCount())
        return;
    m_document->undoStack()->push(new MoveDisplayLineCommand(model, row, from, targetRow, to));
    m_list->selectRow(targetRow);
}

} // namespace galley
