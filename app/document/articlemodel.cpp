#include "document/articlemodel.h"

#include "document/editcommands.h"
#include "document/undocommands.h"

#include <QUndoStack>

namespace galley {

namespace {

std::optional<ArticleField> fieldForRole(int role) {
    switch (role) {
    case Qt::EditRole:
    case ArticleModel::HeadlineRole:
        return ArticleField::Headline;
    case ArticleModel::KickerRole:
        return ArticleField::Kicker;
    case ArticleModel::DeckRole:
        return ArticleField::Deck;
    case ArticleModel::BylineRole:
        return ArticleField::Byline;
    case ArticleModel::BodyRole:
        return ArticleField::Body;
    default:
        return std::nullopt;
    }
}

QString firstBodyLine(const Article &article) {
    return article.paragraphs.isEmpty() ? QString() : article.paragraphs.constFirst();
}

// What a list shows for an article: its headline, another display line, or
// the start of its text.
QString displayText(const Article &article) {
    if (!article.headline.isEmpty())
        return article.headline;
    if (!article.deck.isEmpty())
        return article.deck;
    if (!article.kicker.isEmpty())
        return article.kicker;
    constexpr qsizetype previewLength = 40;
    return firstBodyLine(article).left(previewLength);
}

} // namespace

ArticleModel::ArticleModel(QUndoStack *undoStack, QObject *parent)
    : QAbstractListModel(parent)
    , m_undoStack(undoStack) {
    Q_ASSERT(undoStack);
}

int ArticleModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_articles.size());
}

QVariant ArticleModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Article &article = m_articles.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayText(article);
    case Qt::EditRole:
    case HeadlineRole:
        return article.headline;
    case KickerRole:
        return article.kicker;
    case DeckRole:
        return article.deck;
    case BylineRole:
        return article.byline;
    case BodyRole:
        return article.body();
    case ParagraphsRole:
        return article.paragraphs;
    case SourceFirstLineRole:
        return article.source.first;
    case SourceLastLineRole:
        return article.source.last;
    case FirstBodyLineRole:
        return firstBodyLine(article);
    default:
        return {};
    }
}

bool ArticleModel::setData(const QModelIndex &index, const QVariant &value, int role) {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const std::optional<ArticleField> field = fieldForRole(role);
    if (!field)
        return false;
    editField(index.row(), *field, value.toString());
    return true;
}

Qt::ItemFlags ArticleModel::flags(const QModelIndex &index) const {
    Qt::ItemFlags flags = QAbstractListModel::flags(index);
    // Articles drop between articles, never onto one.
    if (index.isValid())
        flags |= Qt::ItemIsEditable | Qt::ItemIsDragEnabled;
    else
        flags |= Qt::ItemIsDropEnabled;
    return flags;
}

QHash<int, QByteArray> ArticleModel::roleNames() const {
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(KickerRole, "kicker");
    names.insert(HeadlineRole, "headline");
    names.insert(DeckRole, "deck");
    names.insert(BylineRole, "byline");
    names.insert(BodyRole, "body");
    names.insert(ParagraphsRole, "paragraphs");
    names.insert(SourceFirstLineRole, "sourceFirstLine");
    names.insert(SourceLastLineRole, "sourceLastLine");
    names.insert(FirstBodyLineRole, "firstBodyLine");
    return names;
}

Qt::DropActions ArticleModel::supportedDropActions() const {
    return Qt::MoveAction;
}

bool ArticleModel::moveRows(const QModelIndex &sourceParent, int sourceRow, int count,
                            const QModelIndex &destinationParent, int destinationChild) {
    if (sourceParent.isValid() || destinationParent.isValid() || count != 1 || sourceRow < 0 ||
        sourceRow >= rowCount() || destinationChild < 0 || destinationChild > rowCount())
        return false;
    // destinationChild names the row to insert before, counted before the move.
    const int to = destinationChild > sourceRow ? destinationChild - 1 : destinationChild;
    moveArticle(sourceRow, to);
    return true;
}

void ArticleModel::resetArticles(QList<Article> articles) {
    beginResetModel();
    m_articles = std::move(articles);
    endResetModel();
}

void ArticleModel::editField(int row, ArticleField field, const QString &value) {
    if (articleField(m_articles.at(row), field) == value)
        return;
    m_undoStack->push(new SetArticleFieldCommand(this, row, field, value));
}

void ArticleModel::addArticle(int row, const Article &article) {
    m_undoStack->push(new InsertArticleCommand(this, row, article));
}

void ArticleModel::deleteArticle(int row) {
    m_undoStack->push(new RemoveArticleCommand(this, row));
}

void ArticleModel::moveArticle(int from, int to) {
    if (from == to)
        return;
    m_undoStack->push(new MoveArticleCommand(this, from, to));
}

void ArticleModel::replaceArticle(int row, const Article &article, const QString &actionText) {
    if (m_articles.at(row) == article)
        return;
    m_undoStack->push(new ReplaceArticleCommand(this, row, article, actionText));
}

void ArticleModel::replaceArticles(const QList<std::pair<int, Article>> &replacements,
                                   const QString &actionText) {
    if (replacements.isEmpty())
        return;
    m_undoStack->push(new ReplaceArticlesCommand(this, replacements, actionText));
}

void ArticleModel::writeField(int row, ArticleField field, const QString &value) {
    setArticleField(m_articles[row], field, value);
    const QModelIndex changed = index(row);
    QList<int> roles{roleForField(field), Qt::DisplayRole, FirstBodyLineRole};
    if (field == ArticleField::Body)
        roles.append(ParagraphsRole);
    Q_EMIT dataChanged(changed, changed, roles);
}

void ArticleModel::writeArticle(int row, const Article &article) {
    m_articles[row] = article;
    const QModelIndex changed = index(row);
    Q_EMIT dataChanged(changed, changed);
}

void ArticleModel::insertArticleAt(int row, const Article &article) {
    beginInsertRows({}, row, row);
    m_articles.insert(row, article);
    endInsertRows();
}

Article ArticleModel::takeArticleAt(int row) {
    beginRemoveRows({}, row, row);
    Article article = m_articles.takeAt(row);
    endRemoveRows();
    return article;
}

void ArticleModel::moveArticleTo(int from, int to) {
    // beginMoveRows counts the destination before the move; moving down by
    // one means naming the row after the target.
    const int destination = to > from ? to + 1 : to;
    beginMoveRows({}, from, from, {}, destination);
    m_articles.move(from, to);
    endMoveRows();
}

int ArticleModel::roleForField(ArticleField field) {
    switch (field) {
    case ArticleField::Kicker:
        return KickerRole;
    case ArticleField::Headline:
        return HeadlineRole;
    case ArticleField::Deck:
        return DeckRole;
    case ArticleField::Byline:
        return BylineRole;
    case ArticleField::Body:
        return BodyRole;
    }
    return HeadlineRole;
}

} // namespace galley
