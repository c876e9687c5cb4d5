// The list of the page's articles: one entry per article, reordered by drag
// and drop (each drop one undo step).
#pragma once

#include <QListView>

namespace galley {

class ArticleModel;

class ArticleListView : public QListView {
    Q_OBJECT

public:
    explicit ArticleListView(QWidget *parent = nullptr);

    void setArticleModel(ArticleModel *model);
    // The selected article, or -1.
    int currentRow() const;
    void selectRow(int row);

Q_SIGNALS:
    void currentRowChanged(int row);

protected:
    void dropEvent(QDropEvent *event) override;

private:
    int dropRow(const QPoint &position) const;

    ArticleModel *m_model = nullptr;
};

} // namespace galley
