// Reviewing the repair in the real window: a click on a decision mark flips
// it and the body follows at once; F8 walks the uncertain decisions and the
// status bar counts those left; every instance of a rule flips in one step;
// a selection in the body shows in the source and back; flips are saved.
#include "guitest.h"

#include "articleform.h"
#include "articlelistview.h"
#include "bodyeditor.h"
#include "decisionrulesview.h"
#include "documentstatusbar.h"
#include "filedialog.h"
#include "formats/importer.h"
#include "messagebox.h"
#include "reviewcontroller.h"
#include "sourcepane.h"

#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QUndoStack>

using namespace galley;
using namespace galley::test;
using text::Rule;

namespace {

// A headline, a byline line broken at a blank line in mid-sentence, and two
// paragraphs wrapped at the column.
const QString page = QStringLiteral("标题在这里\n"
                                    "本报讯 （记者 周美玉 ） 开\n"
                                    "\n"
                                    "展常态化送温暖活动、 加大职工\n"
                                    "互助保险保障力度。\n"
                                    "\n"
                                    "一直以来，昌平区总工会常\n"
                                    "态化开展送温暖。\n");

const QStringList repairedParagraphs{"开展常态化送温暖活动、加大职工互助保险保障力度。",
                                     "一直以来，昌平区总工会常态化开展送温暖。"};

} // namespace

class TestReview : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    MainWindow *m_window = nullptr;

    Document *document() const { return m_window->document(); }
    SourcePane *source() const { return m_window->sourcePane(); }

    qsizetype decisionOf(Rule rule, int occurrence = 0) const {
        const QList<text::Decision> &decisions = document()->decisions();
        for (qsizetype i = 0; i < decisions.size(); ++i) {
            if (decisions.at(i).rule == rule && occurrence-- == 0)
                return i;
        }
        return -1;
    }

    QList<qsizetype> uncertainDecisions() const {
        QList<qsizetype> found;
        for (qsizetype i = 0; i < document()->decisions().size(); ++i) {
            if (document()->decisions().at(i).confidence < SourcePane::uncertainBelow)
                found.append(i);
        }
        return found;
    }

private Q_SLOTS:
    void initTestCase() {
        initEnvironment();
        QFile file(m_dir.filePath("page.txt"));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(page.toUtf8());
    }

    void init() {
        m_window = new MainWindow;
        QVERIFY(showWindow(*m_window));
        QVERIFY(openAndWait(*m_window, m_dir.filePath("page.txt")));
        QCOMPARE(document()->model()->rowCount(), 1);
        QCOMPARE(document()->model()->article(0).paragraphs, repairedParagraphs);
    }

    void cleanup() {
        delete m_window;
        m_window = nullptr;
    }

    void clickingAMarkFlipsTheDecision() {
        const qsizetype join = decisionOf(Rule::BlankMidSentence);
        QVERIFY(join >= 0);
        const QRect mark = source()->markRect(join);
        QVERIFY(!mark.isEmpty());
        QTest::mouseClick(source()->viewport(), Qt::LeftButton, {}, mark.center());

        const QStringList broken{"开", "展常态化送温暖活动、加大职工互助保险保障力度。",
                                 "一直以来，昌平区总工会常态化开展送温暖。"};
        QCOMPARE(document()->model()->article(0).paragraphs, broken);
        QCOMPARE(m_window->articleForm()->bodyEditor()->toPlainText(), broken.join(u'\n'));
        QVERIFY(document()->decisions().at(join).flipped);
        QCOMPARE(document()->undoStack()->count(), 1);

        QTest::keyClick(m_window, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(document()->model()->article(0).paragraphs, repairedParagraphs);
        QVERIFY(!document()->decisions().at(join).flipped);
        QCOMPARE(m_window->articleForm()->bodyEditor()->toPlainText(),
                 repairedParagraphs.join(u'\n'));
    }

    void spaceOnAMarkFlipsIt() {
        const qsizetype space = decisionOf(Rule::SpaceCjkPunct, 3); // after 活动、
        QVERIFY(space >= 0);
        source()->setFocus();
        QTextCursor cursor = source()->textCursor();
        cursor.setPosition(source()->panePosition(document()->decisions().at(space).position));
        source()->setTextCursor(cursor);
        QTest::keyClick(source(), Qt::Key_Space);
        QCOMPARE(document()->model()->article(0).paragraphs.first(),
                 QStringLiteral("开展常态化送温暖活动、 加大职工互助保险保障力度。"));
        // Ctrl+T flips the decision at the cursor back.
        QTest::keyClick(source(), Qt::Key_T, Qt::ControlModifier);
        QCOMPARE(document()->model()->article(0).paragraphs, repairedParagraphs);
        QCOMPARE(document()->undoStack()->count(), 2);
    }

    void f8WalksTheUncertainDecisions() {
        const QList<qsizetype> uncertain = uncertainDecisions();
        QVERIFY(uncertain.size() >= 2);
        QLabel *count = m_window->documentStatusBar()->reviewLabel();
        QCOMPARE(count->text(), QStringLiteral("%1 decision(s) to review").arg(uncertain.size()));

        QTest::keyClick(m_window, Qt::Key_F8);
        QCOMPARE(source()->currentDecision(), uncertain.at(0));
        QTest::keyClick(m_window, Qt::Key_F8);
        QCOMPARE(source()->currentDecision(), uncertain.at(1));
        QCOMPARE(count->text(),
                 QStringLiteral("%1 decision(s) to review").arg(uncertain.size() - 2));
        // The source pane selects the span the decision covers.
        const text::Decision &d = document()->decisions().at(uncertain.at(1));
        QCOMPARE(source()->originalOffset(source()->textCursor().selectionStart()),
                 qsizetype(d.position));
        QTest::keyClick(m_window, Qt::Key_F8, Qt::ShiftModifier);
        QCOMPARE(source()->currentDecision(), uncertain.at(0));
        // Going back to a decision already seen counts nothing twice.
        QCOMPARE(count->text(),
                 QStringLiteral("%1 decision(s) to review").arg(uncertain.size() - 2));
        // Ctrl+T flips the decision F8 went to.
        QTest::keyClick(m_window, Qt::Key_T, Qt::ControlModifier);
        QVERIFY(document()->decisions().at(uncertain.at(0)).flipped);
    }

    void flippingAllOfARuleIsOneStep() {
        DecisionRulesView *rules = m_window->reviewController()->rulesView();
        rules->show();
        QTreeWidget *tree = rules->tree();
        QTreeWidgetItem *wraps = nullptr;
        for (int i = 0; i < tree->topLevelItemCount(); ++i) {
            if (tree->topLevelItem(i)->toolTip(0) == u"cjk.column-wrap")
                wraps = tree->topLevelItem(i);
        }
        QVERIFY(wraps);
        QCOMPARE(wraps->text(2), QStringLiteral("2"));
        tree->setCurrentItem(wraps);
        QTest::mouseClick(rules->findChild<QPushButton *>("flipAllButton"), Qt::LeftButton);

        QCOMPARE(document()->model()->article(0).paragraphs,
                 (QStringList{"开展常态化送温暖活动、加大职工", "互助保险保障力度。",
                              "一直以来，昌平区总工会常", "态化开展送温暖。"}));
        QCOMPARE(document()->undoStack()->count(), 1);
        QCOMPARE(tree->currentItem()->text(3), QStringLiteral("2"));
        document()->undoStack()->undo();
        QCOMPARE(document()->model()->article(0).paragraphs, repairedParagraphs);
    }

    void aHandEditedParagraphIsNotFlipped() {
        m_window->articleList()->selectRow(0);
        document()->model()->editField(0, ArticleField::Body,
                                       QStringLiteral("开展活动。\n") + repairedParagraphs.at(1));
        MessageBox::setNextAnswer(QMessageBox::Ok);
        QVERIFY(!m_window->reviewController()->flip(decisionOf(Rule::BlankMidSentence)));
        QVERIFY(MessageBox::lastText().contains(u"edited by hand"));
        QCOMPARE(document()->undoStack()->count(), 1);
    }

    void selectionsFollowEachOther() {
        BodyEditor *body = m_window->articleForm()->bodyEditor();
        body->setFocus();
        // Select "开展" in the body: in the source, "开" ends one line and
        // "展" starts the line after the blank one.
        QTest::keyClick(body, Qt::Key_Home, Qt::ControlModifier);
        QTest::keyClick(body, Qt::Key_Right, Qt::ShiftModifier);
        QTest::keyClick(body, Qt::Key_Right, Qt::ShiftModifier);
        const QTextCursor selected = source()->textCursor();
        QCOMPARE(page.mid(source()->originalOffset(selected.selectionStart()),
                          selected.selectionEnd() - selected.selectionStart()),
                 QStringLiteral("开\n\n展"));

        // And back: "一直以来" selected in the source selects it in the body.
        const qsizetype start = page.indexOf(u"一直以来");
        source()->setFocus();
        QTextCursor cursor = source()->textCursor();
        cursor.setPosition(source()->panePosition(start));
        cursor.setPosition(source()->panePosition(start + 4), QTextCursor::KeepAnchor);
        source()->setTextCursor(cursor);
        QCOMPARE(body->textCursor().selectedText(), QStringLiteral("一直以来"));
        QCOMPARE(body->textCursor().selectionStart(), 25);
    }

    void flipsAreSavedWithTheProject() {
        const qsizetype join = decisionOf(Rule::BlankMidSentence);
        QVERIFY(m_window->reviewController()->flip(join));
        const QString path = m_dir.filePath("flipped.galley");
        QVERIFY(m_window->saveTo(path));
        const ImportResult reopened = importFile(path);
        QVERIFY2(reopened.ok, qPrintable(reopened.error));
        QCOMPARE(reopened.bulletin.decisions, document()->decisions());
        QVERIFY(reopened.bulletin.decisions.at(join).flipped);
        QCOMPARE(reopened.bulletin.articles.first().paragraphs.size(), 3);

        // Opened again, the flip can be undone by flipping back.
        QVERIFY(openAndWait(*m_window, path));
        QVERIFY(m_window->reviewController()->flip(join));
        QCOMPARE(document()->model()->article(0).paragraphs, repairedParagraphs);
    }
};

QTEST_MAIN(TestReview)
#include "tst_review.moc"
