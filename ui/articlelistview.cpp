#include "articlelistview.h"

#include "articlelistdelegate.h"
#include "document/articlemodel.h"

#include <QDropEvent>

namespace galley {

ArticleListView::ArticleListView(QWidget *parent)
    : QListView(parent) {
    setItemDelegate(new ArticleListDelegate(this));
    setSelectionMode(QAbstractItemView::SingleSelection);
    // Every entry has the same three lines: the view need not measure 10,000 of them.
    setUniformItemSizes(true);
    setDragDropMode(QAbstractItemView::InternalMove);
    setDefaultDropAction(Qt::MoveAction);
    setDropIndicatorShown(true);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setAccessibleName(tr("Articles"));
}

void ArticleListView::setArticleModel(ArticleModel *model) {
    m_model = model;
    setModel(model);
    connect(selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { Q_EMIT currentRowChanged(current.row()); });
}

int ArticleListView::currentRow() const {
    return currentIndex().row();
}

void ArticleListView::selectRow(int row) {
    if (!m_model || row < 0 || row >= m_model->rowCount())
        return;
    const QModelIndex index = m_model->index(row);
    setCurrentIndex(index);
    scrollTo(index);
}

int ArticleListView::dropRow(const QPoint &position) const {
    const QModelIndex target = indexAt(position);
    if (!target.isValid())
        return m_model->rowCount();
    const QRect rect = visualRect(target);
    return position.y() > rect.center().y() ? target.row() + 1 : target.row();
}

void ArticleListView::dropEvent(QDropEvent *event) {
    // The move goes through the model's undo stack; the view must not also
    // remove the dragged row as a plain drop would.
    if (event->source() != this || !m_model) {
        event->ignore();
        return;
    }
    const int from = currentRow();
    const int before = dropRow(event->position().toPoint());
    if (from >= 0)
        m_model->moveRows({}, from, 1, {}, before);
    event->setDropAction(Qt::CopyAction);
    event->accept();
    stopAutoScroll();
    setState(QAbstractItemView::NoState);
    viewport()->update();
}

} // namespace galley
