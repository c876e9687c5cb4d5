// Find and replace in the real window: the dialog opens from the keyboard,
// finds matches across articles and fields, and Replace All is one undo step
// that reports how many it replaced.
#include "guitest.h"

#include "articleform.h"
#include "articlelistview.h"
#include "bodyeditor.h"
#include "findreplacedialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QUndoStack>

using namespace galley;
using namespace galley::test;

class TestFindReplaceDialog : public QObject {
    Q_OBJECT

private:
    MainWindow *m_window = nullptr;

    const ArticleModel *model() const { return m_window->document()->model(); }

    FindReplaceDialog *openDialog(const QString &find, const QString &replace) {
        QTest::keyClick(m_window, Qt::Key_H, Qt::ControlModifier);
        FindReplaceDialog *dialog = m_window->findReplaceDialog();
        if (!dialog->isVisible())
            return nullptr;
        // QTest types Latin-1 only; the patterns here are Chinese too.
        dialog->findEdit()->setText(find);
        dialog->replaceEdit()->setText(replace);
        return dialog;
    }

private Q_SLOTS:
    void initTestCase() { initEnvironment(); }

    void init() {
        m_window = new MainWindow;
        QVERIFY(showWindow(*m_window));
        QList<Article> articles = threeArticles();
        articles[1].paragraphs.append(QStringLiteral("The Union meets the union."));
        setPage(*m_window, articles);
        m_window->articleList()->selectRow(0);
    }

    void cleanup() {
        delete m_window;
        m_window = nullptr;
    }

    void replaceAllIsOneUndoStep_data() {
        QTest::addColumn<bool>("matchCase");
        QTest::addColumn<int>("count");
        QTest::addColumn<QStringList>("paragraphs");

        QTest::newRow("nominal: any case")
            << false << 4
            << QStringList{"The guild said it would help.", "Members met on Monday.",
                           "The guild meets the guild."};
        QTest::newRow("nominal: match case")
            << true << 2
            << QStringList{"The guild said it would help.", "Members met on Monday.",
                           "The Union meets the guild."};
    }

    void replaceAllIsOneUndoStep() {
        QFETCH(bool, matchCase);
        QFETCH(int, count);
        QFETCH(QStringList, paragraphs);
        const QList<Article> before = model()->articles();
        FindReplaceDialog *dialog = openDialog("union", "guild");
        QVERIFY(dialog);
        dialog->caseSensitiveBox()->setChecked(matchCase);
        QTest::mouseClick(dialog->replaceAllButton(), Qt::LeftButton);

        QCOMPARE(model()->article(1).paragraphs, paragraphs);
        QCOMPARE(model()->article(1).headline,
                 matchCase ? QStringLiteral("Union News") : QStringLiteral("guild News"));
        QCOMPARE(dialog->statusLabel()->text(),
                 QStringLiteral("Replaced %1 occurrence(s)").arg(count));
        QUndoStack *stack = m_window->document()->undoStack();
        QCOMPARE(stack->count(), 1);
        stack->undo();
        QCOMPARE(model()->articles(), before);
    }

    void findNextSelectsTheMatchInItsField() {
        FindReplaceDialog *dialog = openDialog("职工", {});
        QVERIFY(dialog);
        QVERIFY(dialog->findNext());
        // Article 0: no 职工 in its headline; the body "…。\n加大职工…" has it at 14.
        QCOMPARE(m_window->articleList()->currentRow(), 0);
        BodyEditor *body = m_window->articleForm()->bodyEditor();
        QCOMPARE(body->textCursor().selectionStart(), 14);
        QCOMPARE(body->textCursor().selectedText(), QStringLiteral("职工"));
        QVERIFY(dialog->findNext());
        // Then article 2's deck "覆盖全区职工".
        QCOMPARE(m_window->articleList()->currentRow(), 2);
        QCOMPARE(m_window->articleForm()->deckEdit()->selectedText(), QStringLiteral("职工"));
        QVERIFY(dialog->findNext());
        QCOMPARE(m_window->articleList()->currentRow(), 0);
    }

    void replaceReplacesTheSelectedMatchOnly() {
        FindReplaceDialog *dialog = openDialog("union", "guild");
        QVERIFY(dialog);
        m_window->articleList()->selectRow(1);
        QVERIFY(dialog->findNext());
        QCOMPARE(m_window->articleForm()->headlineEdit()->selectedText(), QStringLiteral("Union"));
        QVERIFY(dialog->replace());
        QCOMPARE(model()->article(1).headline, QStringLiteral("guild News"));
        // The body still says union: one replacement only, and the next match is selected.
        QCOMPARE(model()->article(1).paragraphs.first(),
                 QStringLiteral("The union said it would help."));
        QCOMPARE(m_window->articleForm()->bodyEditor()->textCursor().selectedText(),
                 QStringLiteral("union"));
        QCOMPARE(m_window->document()->undoStack()->count(), 1);
    }

    void scopeCurrentArticleLeavesTheOthers() {
        FindReplaceDialog *dialog = openDialog("。", "．");
        QVERIFY(dialog);
        m_window->articleList()->selectRow(2);
        dialog->scopeBox()->setCurrentIndex(1);
        QCOMPARE(dialog->replaceAll(), 1);
        QCOMPARE(model()->article(2).paragraphs, QStringList{"密云区总工会将启动活动．"});
        QCOMPARE(model()->article(0).paragraphs.first(), QStringLiteral("开展常态化送温暖活动。"));
    }

    void regularExpressionErrorsAreShown() {
        FindReplaceDialog *dialog = openDialog("(union", "x");
        QVERIFY(dialog);
        dialog->regularExpressionBox()->setChecked(true);
        QCOMPARE(dialog->replaceAll(), 0);
        QVERIFY(!dialog->statusLabel()->text().isEmpty());
        QCOMPARE(m_window->document()->undoStack()->count(), 0);
    }
};

QTEST_MAIN(TestFindReplaceDialog)
#include "tst_findreplace.moc"
