// The articles of the open page as a Qt item model: one row per article, one
// role per field. Views read through it; every change a user makes goes
// through an undo command on the model's QUndoStack (setData() pushes one).
#pragma once

#include "document/article.h"

#include <QAbstractListModel>
#include <QList>

class QUndoStack;

namespace galley {

class ArticleModel : public QAbstractListModel {
    Q_OBJECT

public:
    enum Role {
        HeadlineRole = Qt::UserRole + 1,
        DeckRole,
        BylineRole,
        BodyRole,       // the paragraphs joined by '\n'
        ParagraphsRole, // QStringList
        SourceFirstLineRole,
        SourceLastLineRole,
        FirstBodyLineRole, // the start of the first paragraph, for list views
        KickerRole,        // after the others, so that their values stay as they were
    };
    Q_ENUM(Role)

    // The model pushes its edits onto `undoStack`, which must outlive it.
    explicit ArticleModel(QUndoStack *undoStack, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;
    // Drag and drop inside a list moves articles, one undo step per move.
    Qt::DropActions supportedDropActions() const override;
    bool moveRows(const QModelIndex &sourceParent, int sourceRow, int count,
                  const QModelIndex &destinationParent, int destinationChild) override;

    const QList<Article> &articles() const { return m_articles; }
    const Article &article(int row) const { return m_articles.at(row); }
    QUndoStack *undoStack() const { return m_undoStack; }

    // Replaces every article without an undo step: a newly opened page.
    void resetArticles(QList<Article> articles);

    // User edits: each pushes one undo command.
    void editField(int row, ArticleField field, const QString &value);
    void addArticle(int row, const Article &article);
    void deleteArticle(int row);
    void moveArticle(int from, int to);
    void replaceArticle(int row, const Article &article, const QString &actionText);
    // Several articles replaced in one undo step, e.g. by Replace All.
    void replaceArticles(const QList<std::pair<int, Article>> &replacements,
                         const QString &actionText);

    // The primitive changes the undo commands make; not for views to call.
    void writeField(int row, ArticleField field, const QString &value);
    void writeArticle(int row, const Article &article);
    void insertArticleAt(int row, const Article &article);
    Article takeArticleAt(int row);
    void moveArticleTo(int from, int to);

    static int roleForField(ArticleField field);

private:
    QList<Article> m_articles;
    QUndoStack *m_undoStack;
};

} // namespace galley
