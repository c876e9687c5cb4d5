// Paints one article of the list in three lines: headline, kicker and deck,
// and the start of the body, so articles without a headline are still
// recognisable.
#pragma once

#include <QStyledItemDelegate>

namespace galley {

class ArticleListDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace galley
