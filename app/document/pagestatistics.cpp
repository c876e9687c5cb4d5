#include "document/pagestatistics.h"

#include "document/articlemodel.h"

namespace galley {

PageStatistics::PageStatistics(ArticleModel *model, QObject *parent)
    : QObject(parent)
    , m_model(model) {
    connect(model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                recountRows(topLeft.row(), bottomRight.row());
            });
    // Structure changes are rare next to keystrokes: a full recount is fine.
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(model, signal, this, &PageStatistics::recountAll);
    connect(model, &QAbstractItemModel::rowsMoved, this, &PageStatistics::recountAll);
    connect(model, &QAbstractItemModel::modelReset, this, &PageStatistics::recountAll);
    recountAll();
}

TextCounts PageStatistics::article(int row) const {
    return row >= 0 && row < m_rows.size() ? m_rows.at(row) : TextCounts{};
}

void PageStatistics::recountAll() {
    m_rows.clear();
    m_total = {};
    const QList<Article> &articles = m_model->articles();
    m_rows.reserve(articles.size());
    for (const Article &article : articles) {
        m_rows.append(countArticle(article));
        m_total += m_rows.constLast();
    }
    Q_EMIT changed();
}

void PageStatistics::recountRows(int first, int last) {
    for (int row = first; row <= last && row < m_rows.size(); ++row) {
        m_total -= m_rows.at(row);
        m_rows[row] = countArticle(m_model->article(row));
        m_total += m_rows.at(row);
    }
    Q_EMIT changed();
}

} // namespace galley
