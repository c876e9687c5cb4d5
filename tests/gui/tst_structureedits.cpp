// The manual structure edits from the keyboard, in the real window: each is
// one undo step that puts the page back exactly as it was.
#include "guitest.h"

#include "articleform.h"
#include "articlelistview.h"
#include "bodyeditor.h"
#include "movedisplaydialog.h"
#include "structureactions.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QUndoStack>

using namespace galley;
using namespace galley::test;

class TestStructureEdits : public QObject {
    Q_OBJECT

private:
    MainWindow *m_window = nullptr;

    const ArticleModel *model() const { return m_window->document()->model(); }
    QUndoStack *stack() const { return m_window->document()->undoStack(); }
    BodyEditor *body() const { return m_window->articleForm()->bodyEditor(); }

    // Puts the body cursor of article `row` at `position` with the keyboard:
    // Ctrl+Home, then Right as often as needed.
    void placeCursor(int row, int position) {
        m_window->articleList()->selectRow(row);
        body()->setFocus();
        QTest::keyClick(body(), Qt::Key_Home, Qt::ControlModifier);
        for (int i = 0; i < position; ++i)
            QTest::keyClick(body(), Qt::Key_Right);
        QCOMPARE(body()->textCursor().position(), position);
    }

    // Undo gives back the page as set, redo the edited one.
    void checkUndoRedo(const QList<Article> &edited) {
        QCOMPARE(stack()->count(), 1);
        QTest::keyClick(m_window, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(model()->articles(), threeArticles());
        stack()->redo();
        QCOMPARE(model()->articles(), edited);
    }

private Q_SLOTS:
    void initTestCase() { initEnvironment(); }

    void init() {
        m_window = new MainWindow;
        QVERIFY(showWindow(*m_window));
        setPage(*m_window, threeArticles());
    }

    void cleanup() {
        delete m_window;
        m_window = nullptr;
    }

    void splitsAnArticleAtTheCursor() {
        // Article 0: "开展常态化送温暖活动。" (11) then "加大职工互助保险保障力度。":
        // the cursor at 12 stands at the start of the second paragraph.
        placeCursor(0, 12);
        QTest::keyClick(body(), Qt::Key_Return, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(model()->rowCount(), 4);
        QCOMPARE(model()->article(0).paragraphs, QStringList{"开展常态化送温暖活动。"});
        QCOMPARE(model()->article(0).headline, QStringLiteral("昌平工会交出成绩单"));
        QCOMPARE(model()->article(1).paragraphs, QStringList{"加大职工互助保险保障力度。"});
        QCOMPARE(model()->article(1).headline, QString());
        QCOMPARE(model()->article(2).headline, QStringLiteral("Union News"));
        // The new article is selected, ready for its headline.
        QCOMPARE(m_window->articleList()->currentRow(), 1);
        checkUndoRedo(model()->articles());
    }

    void mergesAnArticleWithTheNext() {
        m_window->articleList()->selectRow(1);
        QTest::keyClick(m_window->articleList(), Qt::Key_J,
                        Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(model()->rowCount(), 2);
        // Nothing of the second article is lost: its deck fills the empty deck,
        // its headline becomes a paragraph where its text begins.
        QCOMPARE(model()->article(1).headline, QStringLiteral("Union News"));
        QCOMPARE(model()->article(1).deck, QStringLiteral("覆盖全区职工"));
        QCOMPARE(model()->article(1).paragraphs,
                 (QStringList{"The union said it would help.", "Members met on Monday.",
                              "密云区送温暖", "密云区总工会将启动活动。"}));
        checkUndoRedo(model()->articles());
    }

    void joinsAndSplitsParagraphs() {
        // The cursor in the first paragraph of article 1.
        placeCursor(1, 4);
        QTest::keyClick(body(), Qt::Key_J, Qt::ControlModifier);
        QCOMPARE(model()->article(1).paragraphs,
                 QStringList{"The union said it would help. Members met on Monday."});
        // The cursor sits at the joint.
        QCOMPARE(body()->textCursor().position(), 29);
        checkUndoRedo(model()->articles());
        stack()->undo();

        placeCursor(1, 9);
        QTest::keyClick(body(), Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(model()->article(1).paragraphs,
                 (QStringList{"The union", "said it would help.", "Members met on Monday."}));
        QCOMPARE(stack()->count(), 1);
        stack()->undo();
        QCOMPARE(model()->articles(), threeArticles());
    }

    void liftsTheLineAtTheCursorIntoTheHeadline() {
        // No selection: the whole paragraph at the cursor becomes the headline.
        placeCursor(2, 3);
        QTest::keyClick(body(), Qt::Key_1, Qt::ControlModifier);
        QCOMPARE(model()->article(2).headline, QStringLiteral("密云区总工会将启动活动。"));
        QCOMPARE(model()->article(2).paragraphs, QStringList{});
        checkUndoRedo(model()->articles());
    }

    void liftsASelectionIntoTheDeck() {
        placeCursor(1, 4);
        // Select "union" with Shift+Right.
        for (int i = 0; i < 5; ++i)
            QTest::keyClick(body(), Qt::Key_Right, Qt::ShiftModifier);
        QTest::keyClick(body(), Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(model()->article(1).deck, QStringLiteral("union"));
        QCOMPARE(model()->article(1).paragraphs,
                 (QStringList{"The  said it would help.", "Members met on Monday."}));
        checkUndoRedo(model()->articles());
    }

    void liftsTheLineAtTheCursorIntoTheKicker() {
        placeCursor(2, 3);
        QTest::keyClick(body(), Qt::Key_4, Qt::ControlModifier);
        QCOMPARE(model()->article(2).kicker, QStringLiteral("密云区总工会将启动活动。"));
        QCOMPARE(model()->article(2).headline, QStringLiteral("密云区送温暖"));
        QCOMPARE(m_window->articleForm()->kickerEdit()->text(),
                 QStringLiteral("密云区总工会将启动活动。"));
        QCOMPARE(stack()->undoText(), QStringLiteral("Make Kicker"));
        checkUndoRedo(model()->articles());
    }

    void movesAKickerToAnotherArticle() {
        QList<Article> page = threeArticles();
        page[2].kicker = QStringLiteral("迎新春");
        setPage(*m_window, page);
        MoveDisplayDialog dialog(model(), 2, m_window);
        // The kicker is offered first, as it stands first, and stays a kicker by default.
        QCOMPARE(dialog.sourceField(), ArticleField::Kicker);
        QCOMPARE(dialog.targetField(), ArticleField::Kicker);
        m_window->structureActions()->moveDisplayLine(2, dialog.sourceField(), 0,
                                                      dialog.targetField());
        QCOMPARE(model()->article(0).kicker, QStringLiteral("迎新春"));
        QCOMPARE(model()->article(2).kicker, QString());
        QCOMPARE(model()->article(0).headline, QStringLiteral("昌平工会交出成绩单"));
        QCOMPARE(stack()->undoText(), QStringLiteral("Move Kicker"));
        stack()->undo();
        QCOMPARE(model()->articles(), page);
    }

    void swapsHeadlineAndDeck() {
        m_window->articleList()->selectRow(2);
        QTest::keyClick(m_window->articleList(), Qt::Key_3, Qt::ControlModifier);
        QCOMPARE(model()->article(2).headline, QStringLiteral("覆盖全区职工"));
        QCOMPARE(model()->article(2).deck, QStringLiteral("密云区送温暖"));
        QCOMPARE(m_window->articleForm()->headlineEdit()->text(), QStringLiteral("覆盖全区职工"));
        checkUndoRedo(model()->articles());
    }

    void movesArticlesUpAndDown() {
        m_window->articleList()->selectRow(0);
        QTest::keyClick(m_window->articleList(), Qt::Key_Down, Qt::AltModifier | Qt::ShiftModifier);
        QCOMPARE(model()->article(1).headline, QStringLiteral("昌平工会交出成绩单"));
        // The selection follows the article.
        QCOMPARE(m_window->articleList()->currentRow(), 1);
        QCOMPARE(m_window->articleForm()->headlineEdit()->text(),
                 QStringLiteral("昌平工会交出成绩单"));
        checkUndoRedo(model()->articles());
        stack()->undo();
        m_window->articleList()->selectRow(2);
        QTest::keyClick(m_window->articleList(), Qt::Key_Up, Qt::AltModifier | Qt::ShiftModifier);
        QCOMPARE(model()->article(1).headline, QStringLiteral("密云区送温暖"));
    }

    void deletesAnArticle() {
        m_window->articleList()->selectRow(1);
        m_window->articleList()->setFocus();
        QTest::keyClick(m_window->articleList(), Qt::Key_Delete);
        QCOMPARE(model()->rowCount(), 2);
        QCOMPARE(model()->article(1).headline, QStringLiteral("密云区送温暖"));
        QCOMPARE(m_window->articleForm()->headlineEdit()->text(), QStringLiteral("密云区送温暖"));
        checkUndoRedo(model()->articles());
    }

    void movesADisplayLineToAnotherArticle() {
        m_window->articleList()->selectRow(2);
        m_window->structureActions()->moveDisplayLine(2, ArticleField::Deck, 0, ArticleField::Deck);
        QCOMPARE(model()->article(0).deck, QStringLiteral("覆盖全区职工"));
        QCOMPARE(model()->article(2).deck, QString());
        checkUndoRedo(model()->articles());
    }

    void theMoveDialogSaysWhyTheLineIsHere() {
        // On the sample page the 密云 headline stands after its article; it
        // is placed there by the name it shares with the body.
        QVERIFY(openAndWait(*m_window, MainWindow::bundledSamplePath()));
        int row = -1;
        for (int r = 0; r < model()->rowCount(); ++r) {
            if (model()->article(r).headline.startsWith(u"密云区总工会"))
                row = r;
        }
        QVERIFY(row >= 0);
        MoveDisplayDialog dialog(model(), row, m_window);
        QCOMPARE(dialog.sourceField(), ArticleField::Headline);
        const QString why = dialog.findChild<QLabel *>(QStringLiteral("matchExplanation"))->text();
        QVERIFY2(why.contains(u"\u201c密云区总工会"), qPrintable(why));
        // The runner-up it names is the article offered first.
        QVERIFY2(why.contains(QStringLiteral("Runner-up: article %1 ").arg(dialog.targetRow() + 1)),
                 qPrintable(why));
    }

    void theMoveDialogSaysWhenTheLineWasNotMatched() {
        MoveDisplayDialog dialog(model(), 2, m_window);
        const QString why = dialog.findChild<QLabel *>(QStringLiteral("matchExplanation"))->text();
        QVERIFY2(why.startsWith(QStringLiteral("Galley did not place this line")), qPrintable(why));
    }

    void actionsFollowWhereTheCursorIs() {
        StructureActions *actions = m_window->structureActions();
        placeCursor(2, 0);
        // Article 2 has one paragraph: nothing to join, and the last article
        // cannot merge with a next one or move down.
        QVERIFY(!actions->joinParagraphAction()->isEnabled());
        QVERIFY(!actions->mergeArticleAction()->isEnabled());
        QVERIFY(!actions->moveDownAction()->isEnabled());
        QVERIFY(actions->moveUpAction()->isEnabled());
        placeCursor(0, 3);
        QVERIFY(actions->joinParagraphAction()->isEnabled());
        QVERIFY(actions->splitParagraphAction()->isEnabled());
        QVERIFY(!actions->moveUpAction()->isEnabled());
    }
};

QTEST_MAIN(TestStructureEdits)
#include "tst_structureedits.moc"
