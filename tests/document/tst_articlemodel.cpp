// ArticleModel and its undo commands: each edit is one undo step that undoes
// and redoes exactly, and the model signals every change as Qt's views expect.
#include "document/articlemodel.h"
#include "document/document.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace galley;

namespace {

Article makeArticle(const QString &headline, const QStringList &paragraphs)
{
    Article article;
    article.headline = headline;
    article.paragraphs = paragraphs;
    return article;
}

QList<Article> threeArticles()
{
    return {makeArticle(QStringLiteral("第一篇"), {QStringLiteral("甲。")}),
            makeArticle(QStringLiteral("第二篇"), {QStringLiteral("乙。"), QStringLiteral("丙。")}),
            makeArticle(QStringLiteral("第三篇"), {QStringLiteral("丁。")})};
}

QStringList headlines(const ArticleModel &model)
{
    QStringList result;
    for (const Article &article : model.articles())
        result.append(article.headline);
    return result;
}

} // namespace

class TestArticleModel : public QObject {
    Q_OBJECT

private:
    QUndoStack *m_stack = nullptr;
    ArticleModel *m_model = nullptr;
    QAbstractItemModelTester *m_tester = nullptr;

private Q_SLOTS:
    void init()
    {
        m_stack = new QUndoStack(this);
        m_model = new ArticleModel(m_stack, this);
        m_tester = new QAbstractItemModelTester(
            m_model, QAbstractItemModelTester::FailureReportingMode::QtTest, this);
        m_model->resetArticles(threeArticles());
    }

    void cleanup()
    {
        delete m_tester;
        delete m_model;
        delete m_stack;
    }

    void exposesFieldsThroughRoles()
    {
        const QModelIndex second = m_model->index(1);
        QCOMPARE(m_model->rowCount(), 3);
        QCOMPARE(second.data(ArticleModel::HeadlineRole).toString(), QStringLiteral("第二篇"));
        QCOMPARE(second.data(ArticleModel::BodyRole).toString(), QStringLiteral("乙。\n丙。"));
        QCOMPARE(second.data(ArticleModel::FirstBodyLineRole).toString(), QStringLiteral("乙。"));
        QCOMPARE(second.data(Qt::DisplayRole).toString(), QStringLiteral("第二篇"));
    }

    void editFieldUndoesAndRedoes_data()
    {
        QTest::addColumn<int>("role");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("before");

        QTest::newRow("nominal: kicker") << int(ArticleModel::KickerRole) << "引题" << "";
        QTest::newRow("nominal: headline") << int(ArticleModel::HeadlineRole) << "新标题" << "第二篇";
        QTest::newRow("nominal: deck") << int(ArticleModel::DeckRole) << "副题" << "";
        QTest::newRow("nominal: byline") << int(ArticleModel::BylineRole) << "本报讯" << "";
        QTest::newRow("nominal: body") << int(ArticleModel::BodyRole) << "一段。\n二段。"
                                       << "乙。\n丙。";
    }

    void editFieldUndoesAndRedoes()
    {
        QFETCH(int, role);
        QFETCH(QString, value);
        QFETCH(QString, before);

        QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
        const QModelIndex second = m_model->index(1);
        QVERIFY(m_model->setData(second, value, role));
        QCOMPARE(second.data(role).toString(), value);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex(), second);
        QVERIFY(changed.first().at(2).value<QList<int>>().contains(role));
        QCOMPARE(m_stack->count(), 1);

        m_stack->undo();
        QCOMPARE(second.data(role).toString(), before);
        m_stack->redo();
        QCOMPARE(second.data(role).toString(), value);
    }

    void kickerIsItsOwnField()
    {
        QCOMPARE(m_model->roleNames().value(ArticleModel::KickerRole), QByteArray("kicker"));
        QCOMPARE(ArticleModel::roleForField(ArticleField::Kicker), int(ArticleModel::KickerRole));
        m_model->editField(1, ArticleField::Kicker, QStringLiteral("迎新春"));
        QCOMPARE(m_model->article(1).kicker, QStringLiteral("迎新春"));
        // The other title fields are untouched, and the list still shows the headline.
        QCOMPARE(m_model->article(1).headline, QStringLiteral("第二篇"));
        QCOMPARE(m_model->article(1).deck, QString());
        QCOMPARE(m_model->index(1).data(Qt::DisplayRole).toString(), QStringLiteral("第二篇"));
        QCOMPARE(m_stack->undoText(), QStringLiteral("Edit Kicker"));
    }

    void typingInTheKickerMergesIntoOneStep()
    {
        m_model->editField(0, ArticleField::Kicker, QStringLiteral("迎"));
        m_model->editField(0, ArticleField::Kicker, QStringLiteral("迎新"));
        m_model->editField(0, ArticleField::Kicker, QStringLiteral("迎新春"));
        QCOMPARE(m_stack->count(), 1);
        // The headline typed next is an undo step of its own.
        m_model->editField(0, ArticleField::Headline, QStringLiteral("第一篇！"));
        QCOMPARE(m_stack->count(), 2);
        m_stack->undo();
        QCOMPARE(m_model->article(0).kicker, QStringLiteral("迎新春"));
        m_stack->undo();
        QCOMPARE(m_model->article(0).kicker, QString());
        QCOMPARE(m_model->article(0).headline, QStringLiteral("第一篇"));
    }

    void articleWithOnlyAKickerShowsItInTheList()
    {
        Article article = makeArticle(QString(), {QStringLiteral("正文。")});
        article.kicker = QStringLiteral("只有引题");
        m_model->addArticle(3, article);
        QCOMPARE(m_model->index(3).data(Qt::DisplayRole).toString(), QStringLiteral("只有引题"));
    }

    void bodyEditSplitsParagraphsAtLineBreaks()
    {
        m_model->editField(0, ArticleField::Body, QStringLiteral("一。\n\n二。\n  \n三。"));
        QCOMPARE(m_model->article(0).paragraphs,
                 (QStringList{QStringLiteral("一。"), QStringLiteral("二。"), QStringLiteral("三。")}));
    }

    void typingInOneFieldMergesIntoOneStep()
    {
        m_model->editField(0, ArticleField::Headline, QStringLiteral("第"));
        m_model->editField(0, ArticleField::Headline, QStringLiteral("第一"));
        m_model->editField(0, ArticleField::Headline, QStringLiteral("第一章"));
        QCOMPARE(m_stack->count(), 1);
        m_stack->undo();
        QCOMPARE(m_model->article(0).headline, QStringLiteral("第一篇"));
    }

    void editsOfDifferentFieldsStayApart()
    {
        m_model->editField(0, ArticleField::Headline, QStringLiteral("甲"));
        m_model->editField(0, ArticleField::Deck, QStringLiteral("乙"));
        m_model->editField(1, ArticleField::Deck, QStringLiteral("丙"));
        QCOMPARE(m_stack->count(), 3);
    }

    void unchangedValuePushesNothing()
    {
        m_model->editField(0, ArticleField::Headline, QStringLiteral("第一篇"));
        QCOMPARE(m_stack->count(), 0);
    }

    void insertUndoesAndRedoes()
    {
        QSignalSpy inserted(m_model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(m_model, &QAbstractItemModel::rowsRemoved);
        m_model->addArticle(1, makeArticle(QStringLiteral("插入"), {}));
        QCOMPARE(headlines(*m_model), (QStringList{"第一篇", "插入", "第二篇", "第三篇"}));
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(inserted.first().at(1).toInt(), 1);

        m_stack->undo();
        QCOMPARE(headlines(*m_model), (QStringList{"第一篇", "第二篇", "第三篇"}));
        QCOMPARE(removed.size(), 1);
        m_stack->redo();
        QCOMPARE(headlines(*m_model), (QStringList{"第一篇", "插入", "第二篇", "第三篇"}));
    }

    void removeUndoesAndRedoes()
    {
        const Article removedArticle = m_model->article(1);
        m_model->deleteArticle(1);
        QCOMPARE(headlines(*m_model), (QStringList{"第一篇", "第三篇"}));
        m_stack->undo();
        QCOMPARE(m_model->articles(), threeArticles());
        QCOMPARE(m_model->article(1), removedArticle);
        m_stack->redo();
        QCOMPARE(headlines(*m_model), (QStringList{"第一篇", "第三篇"}));
    }

    void moveUndoesAndRedoes_data()
    {
        QTest::addColumn<int>("from");
        QTest::addColumn<int>("to");
        QTest::addColumn<QStringList>("after");

        QTest::newRow("nominal: down by one") << 0 << 1 << QStringList{"第二篇", "第一篇", "第三篇"};
        QTest::newRow("nominal: up by one") << 2 << 1 << QStringList{"第一篇", "第三篇", "第二篇"};
        QTest::newRow("nominal: first to last") << 0 << 2 << QStringList{"第二篇", "第三篇", "第一篇"};
        QTest::newRow("nominal: last to first") << 2 << 0 << QStringList{"第三篇", "第一篇", "第二篇"};
    }

    void moveUndoesAndRedoes()
    {
        QFETCH(int, from);
        QFETCH(int, to);
        QFETCH(QStringList, after);

        QSignalSpy moved(m_model, &QAbstractItemModel::rowsMoved);
        m_model->moveArticle(from, to);
        QCOMPARE(headlines(*m_model), after);
        QCOMPARE(moved.size(), 1);
        m_stack->undo();
        QCOMPARE(m_model->articles(), threeArticles());
        m_stack->redo();
        QCOMPARE(headlines(*m_model), after);
    }

    void replaceArticleUndoesAndRedoes()
    {
        Article edited = m_model->article(1);
        edited.paragraphs = {QStringLiteral("乙。丙。")};
        m_model->replaceArticle(1, edited, QStringLiteral("Join Paragraphs"));
        QCOMPARE(m_stack->undoText(), QStringLiteral("Join Paragraphs"));
        QCOMPARE(m_model->article(1).paragraphs, QStringList{QStringLiteral("乙。丙。")});
        m_stack->undo();
        QCOMPARE(m_model->articles(), threeArticles());
    }
};

class TestDocument : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void modifiedFollowsTheCleanState()
    {
        Document document;
        Bulletin page;
        page.articles = threeArticles();
        page.encoding = QStringLiteral("GB18030");
        document.setBulletin(page);
        QVERIFY(!document.isModified());

        QSignalSpy modified(&document, &Document::modifiedChanged);
        document.model()->editField(0, ArticleField::Deck, QStringLiteral("副题"));
        QVERIFY(document.isModified());
        QCOMPARE(modified.size(), 1);
        QCOMPARE(modified.first().at(0).toBool(), true);

        document.undoStack()->undo();
        QVERIFY(!document.isModified());
        QCOMPARE(modified.size(), 2);
        QCOMPARE(modified.last().at(0).toBool(), false);
    }

    void bulletinSnapshotHoldsEdits()
    {
        Document document;
        Bulletin page;
        page.articles = threeArticles();
        page.originalText = QStringLiteral("原文");
        document.setBulletin(page);
        document.model()->editField(2, ArticleField::Headline, QStringLiteral("改"));

        const Bulletin snapshot = document.bulletin();
        QCOMPARE(snapshot.originalText, QStringLiteral("原文"));
        QCOMPARE(snapshot.articles.at(2).headline, QStringLiteral("改"));
        QCOMPARE(snapshot.articles.size(), 3);
    }

    void newBulletinClearsHistory()
    {
        Document document;
        Bulletin page;
        page.articles = threeArticles();
        document.setBulletin(page);
        document.model()->deleteArticle(0);
        document.setBulletin(page);
        QCOMPARE(document.undoStack()->count(), 0);
        QVERIFY(!document.isModified());
        QCOMPARE(document.model()->rowCount(), 3);
    }
};

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    int status = 0;
    TestArticleModel model;
    status |= QTest::qExec(&model, argc, argv);
    TestDocument document;
    status |= QTest::qExec(&document, argc, argv);
    return status;
}

#include "tst_articlemodel.moc"
