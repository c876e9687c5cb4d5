// The structure commands on the model: split, merge, move a display line,
// swap headline and deck. Each is one undo step that undoes and redoes
// exactly, signals the changes views need, and carries the matcher's
// explanations with the lines they explain.
#include "document/articlemodel.h"
#include "document/structurecommands.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace galley;

Q_DECLARE_METATYPE(galley::BodyPosition)
Q_DECLARE_METATYPE(galley::ArticleField)

namespace {

DisplayMatch match(ArticleField field, const QString &text, double score, int runnerUp,
                   double runnerUpScore) {
    DisplayMatch m;
    m.field = field;
    m.text = text;
    m.score = score;
    m.evidence = text.left(4);
    m.runnerUp = runnerUp;
    m.runnerUpScore = runnerUpScore;
    return m;
}

// Three articles as segmentation leaves the end of the sample page: the
// 赵思远 article, the 王路曼 one (whose display lines came after it) and the
// 三里屯 one.
QList<Article> page() {
    Article haidian;
    haidian.headline = "海淀工会“两节”慰问将惠及10万余职工";
    haidian.deck = "走访一线医务人员 慰问值守干部职工";
    haidian.byline = "本报讯（记者 赵思远）";
    haidian.paragraphs = {"为深入学习贯彻党的二十大精神。", "据了解，海淀区总工会将走访慰问。"};
    haidian.source = {208, 253};
    // Its runner-up stood before it, outside this excerpt.
    haidian.displayMatches = {match(ArticleField::Headline, haidian.headline, 0.82, 0, 0.0),
                              match(ArticleField::Deck, haidian.deck, 0.59, 0, 0.0)};

    Article miyun;
    miyun.headline = "密云区总工会将启动“工会服务惠万家，职工欢乐过大年”活动";
    miyun.deck = "7000份新春年货将免费向职工发放";
    miyun.byline = "本报讯（记者 王路曼）";
    miyun.paragraphs = {"记者昨天从密云区总工会获悉。", "据了解，为落实北京市总工会要求。",
                        "今年，该活动依旧面向全区。"};
    miyun.source = {255, 305};
    miyun.displayMatches = {match(ArticleField::Headline, miyun.headline, 0.82, 1, 0.04),
                            match(ArticleField::Deck, miyun.deck, 0.67, 1, 0.11)};

    Article sanlitun;
    sanlitun.headline = "三里屯街道工会表彰新就业形态劳动者";
    sanlitun.byline = "本报讯（记者 刘欣欣）";
    sanlitun.paragraphs = {"在新春佳节即将来临之际。"};
    sanlitun.source = {307, 348};
    sanlitun.displayMatches = {match(ArticleField::Headline, sanlitun.headline, 0.97, -2, 0.27)};

    return {haidian, miyun, sanlitun};
}

QStringList headlines(const ArticleModel &model) {
    QStringList result;
    for (const Article &article : model.articles())
        result.append(article.headline);
    return result;
}

} // namespace

class TestStructureEdits : public QObject {
    Q_OBJECT

private:
    QUndoStack *m_stack = nullptr;
    ArticleModel *m_model = nullptr;
    QAbstractItemModelTester *m_tester = nullptr;

    // Pushes `command`, checks redo gave `after`, then that undo and redo
    // bring back exactly the page before and after.
    void checkUndoRedo(QUndoCommand *command, const QList<Article> &after) {
        const QList<Article> before = m_model->articles();
        m_stack->push(command);
        QCOMPARE(m_stack->count(), 1);
        QCOMPARE(m_model->articles(), after);
        m_stack->undo();
        QCOMPARE(m_model->articles(), before);
        m_stack->redo();
        QCOMPARE(m_model->articles(), after);
    }

private Q_SLOTS:
    void init() {
        m_stack = new QUndoStack(this);
        m_model = new ArticleModel(m_stack, this);
        m_tester = new QAbstractItemModelTester(
            m_model, QAbstractItemModelTester::FailureReportingMode::QtTest, this);
        m_model->resetArticles(page());
    }

    void cleanup() {
        delete m_tester;
        delete m_model;
        delete m_stack;
    }

    void splitsAnArticle_data() {
        QTest::addColumn<BodyPosition>("at");
        QTest::addColumn<QStringList>("firstParagraphs");
        QTest::addColumn<QStringList>("secondParagraphs");

        QTest::newRow("nominal: at a paragraph")
            << BodyPosition{1, 0} << QStringList{"记者昨天从密云区总工会获悉。"}
            << QStringList{"据了解，为落实北京市总工会要求。", "今年，该活动依旧面向全区。"};
        QTest::newRow("nominal: inside a paragraph")
            << BodyPosition{0, 5} << QStringList{"记者昨天从"}
            << QStringList{"密云区总工会获悉。", "据了解，为落实北京市总工会要求。",
                           "今年，该活动依旧面向全区。"};
    }

    void splitsAnArticle() {
        QFETCH(BodyPosition, at);
        QFETCH(QStringList, firstParagraphs);
        QFETCH(QStringList, secondParagraphs);

        QSignalSpy inserted(m_model, &ArticleModel::rowsInserted);
        QList<Article> after = page();
        Article second;
        second.paragraphs = secondParagraphs;
        second.source = after[1].source;
        after[1].paragraphs = firstParagraphs;
        after.insert(2, second);

        checkUndoRedo(new SplitArticleCommand(m_model, 1, at), after);
        QCOMPARE(m_stack->text(0), QString("Split Article"));
        QCOMPARE(inserted.size(), 2); // redo, then redo again after the undo
        QCOMPARE(inserted.front().at(1).toInt(), 2);
        // The display lines and their explanations stay with the first part.
        QCOMPARE(m_model->article(1).displayMatches.size(), 2);
        QVERIFY(m_model->article(2).displayMatches.isEmpty());
    }

    void mergesTwoArticles_data() {
        QTest::addColumn<int>("row");
        QTest::addColumn<QString>("headline");
        QTest::addColumn<QStringList>("paragraphs");

        // Both have a headline: the second's display lines and byline become
        // paragraphs where its text begins, so nothing is lost.
        QTest::newRow("nominal: two articles with display lines")
            << 1 << "密云区总工会将启动“工会服务惠万家，职工欢乐过大年”活动"
            << QStringList{"记者昨天从密云区总工会获悉。", "据了解，为落实北京市总工会要求。",
                           "今年，该活动依旧面向全区。",   "三里屯街道工会表彰新就业形态劳动者",
                           "本报讯（记者 刘欣欣）",        "在新春佳节即将来临之际。"};
    }

    void mergesTwoArticles() {
        QFETCH(int, row);
        QFETCH(QString, headline);
        QFETCH(QStringList, paragraphs);

        QSignalSpy removed(m_model, &ArticleModel::rowsRemoved);
        QList<Article> after = page();
        after[row].paragraphs = paragraphs;
        after[row].source = {after[row].source.first, after[row + 1].source.last};
        after.removeAt(row + 1);

        checkUndoRedo(new MergeArticlesCommand(m_model, row), after);
        QCOMPARE(m_stack->text(0), QString("Merge Articles"));
        QCOMPARE(m_model->article(row).headline, headline);
        QCOMPARE(removed.size(), 2);
    }

    void mergeTakesTheHeadlineTheFirstLacks() {
        // An article wrongly cut off from its headline: the headline comes back
        // with its explanation, now counted from the merged article's row.
        QList<Article> articles = page();
        Article headless;
        headless.byline = "本报讯（记者 王路曼）";
        headless.paragraphs = {"记者昨天从密云区总工会获悉。"};
        Article rest = articles[1];
        rest.byline.clear();
        rest.displayMatches[0].runnerUp = -2; // the 海淀 article, two rows up
        articles[1] = headless;
        articles.insert(2, rest);
        m_model->resetArticles(articles);

        m_stack->push(new MergeArticlesCommand(m_model, 1));
        const Article &merged = m_model->article(1);
        QCOMPARE(merged.headline, rest.headline);
        QCOMPARE(merged.deck, rest.deck);
        QCOMPARE(merged.byline, QString("本报讯（记者 王路曼）"));
        QCOMPARE(merged.paragraphs.size(), 4);
        QCOMPARE(merged.displayMatches.size(), 2);
        QCOMPARE(merged.displayMatches.front().runnerUp, -1);
        m_stack->undo();
        QCOMPARE(m_model->articles(), articles);
    }

    void movesADisplayLine_data() {
        QTest::addColumn<int>("row");
        QTest::addColumn<ArticleField>("from");
        QTest::addColumn<int>("target");
        QTest::addColumn<ArticleField>("to");
        QTest::addColumn<QString>("sourceText");
        QTest::addColumn<QString>("targetText");
        QTest::addColumn<double>("movedScore");
        QTest::addColumn<int>("movedRunnerUp");

        // The 密云 deck to the 三里屯 article, its runner-up: the scores trade
        // places and the runner-up becomes the article it left.
        QTest::newRow("nominal: deck to the runner-up, whose deck is empty")
            << 1 << ArticleField::Deck << 2 << ArticleField::Deck << ""
            << "7000份新春年货将免费向职工发放" << 0.11 << -1;
        // Into an occupied field: the two lines trade places. The 海淀 headline
        // was never scored against the 密云 article, so it arrives unexplained.
        QTest::newRow("nominal: headline into an occupied headline")
            << 0 << ArticleField::Headline << 1 << ArticleField::Headline
            << "密云区总工会将启动“工会服务惠万家，职工欢乐过大年”活动"
            << "海淀工会“两节”慰问将惠及10万余职工" << -1.0 << 0;
    }

    void movesADisplayLine() {
        QFETCH(int, row);
        QFETCH(ArticleField, from);
        QFETCH(int, target);
        QFETCH(ArticleField, to);
        QFETCH(QString, sourceText);
        QFETCH(QString, targetText);
        QFETCH(double, movedScore);
        QFETCH(int, movedRunnerUp);

        QSignalSpy changed(m_model, &ArticleModel::dataChanged);
        const QList<Article> before = m_model->articles();
        m_stack->push(new MoveDisplayLineCommand(m_model, row, from, target, to));
        QCOMPARE(articleField(m_model->article(row), from), sourceText);
        QCOMPARE(articleField(m_model->article(target), to), targetText);
        QCOMPARE(changed.size(), 2);
        QCOMPARE(m_model->rowCount(), 3);

        const QList<DisplayMatch> &matches = m_model->article(target).displayMatches;
        const auto moved =
            std::find_if(matches.cbegin(), matches.cend(),
                         [&](const DisplayMatch &m) { return m.text == targetText; });
        if (movedScore < 0) {
            QVERIFY(moved == matches.cend());
        } else {
            QVERIFY(moved != matches.cend());
            QCOMPARE(moved->field, to);
            QCOMPARE(moved->score, movedScore);
            QCOMPARE(moved->runnerUp, movedRunnerUp);
        }
        m_stack->undo();
        QCOMPARE(m_model->articles(), before);
        m_stack->redo();
        QCOMPARE(articleField(m_model->article(target), to), targetText);
    }

    void swapsHeadlineAndDeck() {
        QList<Article> after = page();
        std::swap(after[1].headline, after[1].deck);
        after[1].displayMatches[0].field = ArticleField::Deck;
        after[1].displayMatches[1].field = ArticleField::Headline;

        checkUndoRedo(new SwapHeadlineDeckCommand(m_model, 1), after);
        QCOMPARE(m_stack->text(0), QString("Swap Headline and Deck"));
        QCOMPARE(headlines(*m_model), (QStringList{"海淀工会“两节”慰问将惠及10万余职工",
                                                   "7000份新春年货将免费向职工发放",
                                                   "三里屯街道工会表彰新就业形态劳动者"}));
    }
};

QTEST_GUILESS_MAIN(TestStructureEdits)
#include "tst_structureedits.moc"
