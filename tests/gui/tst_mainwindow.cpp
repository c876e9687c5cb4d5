// The editor window driven as a user drives it, offscreen: open the sample
// page, pick an article in the list, type into its fields, undo; the title,
// status bar, save, export, close prompts, recent files, drops and zoom.
#include "guitest.h"

#include "articleform.h"
#include "articlelistview.h"
#include "bodyeditor.h"
#include "documentloader.h"
#include "documentstatusbar.h"
#include "filedialog.h"
#include "formats/importer.h"
#include "messagebox.h"
#include "recentfiles.h"
#include "textappearance.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMimeData>
#include <QSplitter>
#include <QTemporaryDir>
#include <QTextOption>
#include <QToolButton>
#include <QUndoStack>

using namespace galley;
using namespace galley::test;

class TestMainWindow : public QObject {
    Q_OBJECT

private:
    static QAction *action(MainWindow &window, const char *name) {
        auto *found = window.findChild<QAction *>(QString::fromLatin1(name));
        if (!found)
            qFatal("no action %s", name);
        return found;
    }

    static void clickRow(ArticleListView *list, int row) {
        const QRect rect = list->visualRect(list->model()->index(row, 0));
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, rect.center());
    }

private Q_SLOTS:
    void initTestCase() { initEnvironment(); }

    void opensTheBundledSample() {
        MainWindow window;
        QVERIFY(showWindow(window));
        QVERIFY(openAndWait(window, MainWindow::bundledSamplePath()));
        const ArticleModel *model = window.document()->model();
        // The sample holds five articles of a union newspaper; whatever the
        // segmentation makes of them, there is more than one.
        QVERIFY(model->rowCount() > 1);
        QString all;
        for (const Article &article : model->articles())
            all += article.headline + article.deck + article.byline + article.body();
        QVERIFY(all.contains(u"昌平工会交出职工维权服务工作亮眼成绩单"));
        QCOMPARE(window.windowTitle(), QStringLiteral("union-bulletin-zh.txt[*]"));
        QVERIFY(!window.isWindowModified());
        DocumentStatusBar *status = window.documentStatusBar();
        QCOMPARE(status->encodingLabel()->text(), QStringLiteral("UTF-8"));
        QVERIFY(status->articleCountLabel()->text().startsWith(QString::number(model->rowCount())));
        // The first article is shown at once.
        QCOMPARE(window.articleList()->currentRow(), 0);
        QCOMPARE(window.articleForm()->headlineEdit()->text(), model->article(0).headline);
        QCOMPARE(window.articleForm()->bodyEditor()->toPlainText(), model->article(0).body());
    }

    void editsTheHeadlineThroughTheWidgetAndUndoes() {
        MainWindow window;
        QVERIFY(showWindow(window));
        QVERIFY(openAndWait(window, MainWindow::bundledSamplePath()));
        const ArticleModel *model = window.document()->model();
        QVERIFY(model->rowCount() > 1);
        const QList<Article> before = model->articles();

        clickRow(window.articleList(), 1);
        QCOMPARE(window.articleList()->currentRow(), 1);
        QLineEdit *headline = window.articleForm()->headlineEdit();
        QCOMPARE(headline->text(), before.at(1).headline);

        headline->setFocus();
        headline->end(false);
        QTest::keyClicks(headline, " (update)");
        QCOMPARE(model->article(1).headline, before.at(1).headline + QStringLiteral(" (update)"));
        // The whole typing burst is one undo step.
        QCOMPARE(window.document()->undoStack()->count(), 1);
        QVERIFY(window.isWindowModified());
        QCOMPARE(headline->cursorPosition(), int(headline->text().size()));

        // Ctrl+Z in the line edit reaches the document's undo stack.
        QTest::keyClick(headline, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(model->articles(), before);
        QCOMPARE(headline->text(), before.at(1).headline);
        QVERIFY(!window.isWindowModified());

        QTest::keyClick(headline, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(model->article(1).headline, before.at(1).headline + QStringLiteral(" (update)"));
    }

    void typesIntoTheKickerAndUndoes() {
        MainWindow window;
        QVERIFY(showWindow(window));
        setPage(window, threeArticles());
        clickRow(window.articleList(), 2);
        ArticleForm *form = window.articleForm();
        QLineEdit *kicker = form->kickerEdit();
        QLineEdit *headline = form->headlineEdit();
        QCOMPARE(kicker->text(), QString());
        QVERIFY(kicker->isEnabled());
        // Above the headline, labelled, named for screen readers, and first in the tab order.
        QVERIFY(kicker->geometry().bottom() < headline->geometry().top());
        QCOMPARE(kicker->accessibleName(), QStringLiteral("Kicker (line above the headline)"));
        QLabel *label = nullptr;
        for (QLabel *candidate : form->findChildren<QLabel *>()) {
            if (candidate->buddy() == kicker)
                label = candidate;
        }
        QVERIFY(label);
        QCOMPARE(label->text(), QStringLiteral("&Kicker:"));
        window.articleList()->setFocus();
        QTest::keyClick(window.articleList(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), kicker);
        QTest::keyClick(kicker, Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), headline);

        kicker->setFocus();
        // keyClicks() knows ASCII only; a Chinese character arrives as key text,
        // as an input method commits it.
        for (const QChar c : QStringLiteral("迎新春 送温暖"))
            QTest::sendKeyEvent(QTest::Click, kicker, Qt::Key_unknown, QString(c), Qt::NoModifier);
        const ArticleModel *model = window.document()->model();
        QCOMPARE(model->article(2).kicker, QStringLiteral("迎新春 送温暖"));
        QCOMPARE(model->article(2).headline, QStringLiteral("密云区送温暖"));
        // The whole burst is one undo step, named after the field.
        QCOMPARE(window.document()->undoStack()->count(), 1);
        QCOMPARE(window.document()->undoStack()->undoText(), QStringLiteral("Edit Kicker"));
        QVERIFY(window.isWindowModified());

        QTest::keyClick(kicker, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(model->articles(), threeArticles());
        QCOMPARE(kicker->text(), QString());
        QVERIFY(!window.isWindowModified());

        QTest::keyClick(kicker, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(kicker->text(), QStringLiteral("迎新春 送温暖"));
        // Another article shows its own, empty kicker.
        clickRow(window.articleList(), 1);
        QCOMPARE(kicker->text(), QString());
    }

    void typingInTheBodyKeepsTheCursorAndMerges() {
        MainWindow window;
        QVERIFY(showWindow(window));
        setPage(window, threeArticles());
        clickRow(window.articleList(), 1);
        BodyEditor *body = window.articleForm()->bodyEditor();
        QCOMPARE(body->toPlainText(),
                 QStringLiteral("The union said it would help.\nMembers met on Monday."));
        body->setFocus();
        QTest::keyClick(body, Qt::Key_Home, Qt::ControlModifier);
        QTest::keyClick(body, Qt::Key_End);
        QTest::keyClicks(body, " Soon.");
        const ArticleModel *model = window.document()->model();
        QCOMPARE(model->article(1).paragraphs,
                 (QStringList{"The union said it would help. Soon.", "Members met on Monday."}));
        // The model's echo left the cursor where the typing was.
        QCOMPARE(body->textCursor().position(), 35);
        QCOMPARE(window.document()->undoStack()->count(), 1);

        // Return at the end of a paragraph starts an empty one the model does
        // not keep; typing into it makes a paragraph.
        QTest::keyClick(body, Qt::Key_Return);
        QCOMPARE(model->article(1).paragraphs.size(), 2);
        QTest::keyClicks(body, "New");
        QCOMPARE(model->article(1).paragraphs, (QStringList{"The union said it would help. Soon.",
                                                            "New", "Members met on Monday."}));

        window.document()->undoStack()->undo();
        QCOMPARE(model->article(1), threeArticles().at(1));
        QCOMPARE(body->toPlainText(),
                 QStringLiteral("The union said it would help.\nMembers met on Monday."));
    }

    void switchingArticlesShowsTheirFields() {
        MainWindow window;
        QVERIFY(showWindow(window));
        setPage(window, threeArticles());
        clickRow(window.articleList(), 2);
        ArticleForm *form = window.articleForm();
        QCOMPARE(form->headlineEdit()->text(), QStringLiteral("密云区送温暖"));
        QCOMPARE(form->deckEdit()->text(), QStringLiteral("覆盖全区职工"));
        QCOMPARE(form->bylineEdit()->text(), QString());
        QCOMPARE(form->bodyEditor()->toPlainText(), QStringLiteral("密云区总工会将启动活动。"));
        clickRow(window.articleList(), 0);
        QCOMPARE(form->bylineEdit()->text(), QStringLiteral("本报讯（记者 周美玉）"));
        // Ctrl+PageDown walks the list from the keyboard.
        QTest::keyClick(window.articleList(), Qt::Key_PageDown, Qt::ControlModifier);
        QCOMPARE(form->headlineEdit()->text(), QStringLiteral("Union News"));
    }

    void saveWritesAProjectThatOpensAsItWas() {
        QTemporaryDir dir;
        MainWindow window;
        QVERIFY(showWindow(window));
        setPage(window, threeArticles());
        window.articleList()->selectRow(0);
        window.document()->model()->editField(0, ArticleField::Deck, "新副题");
        QVERIFY(window.isWindowModified());

        const QString path = dir.filePath("page.galley");
        fileDialog()->setNextFileName(path);
        action(window, "actionSave")->trigger();
        QVERIFY(QFile::exists(path));
        QVERIFY(!window.isWindowModified());
        QCOMPARE(window.document()->filePath(), path);
        QCOMPARE(window.windowTitle(), QStringLiteral("page.galley[*]"));
        QCOMPARE(window.recentFiles()->files().value(0), path);

        const ImportResult reopened = importFile(path);
        QVERIFY2(reopened.ok, qPrintable(reopened.error));
        QCOMPARE(reopened.bulletin.articles.at(0).deck, QStringLiteral("新副题"));
        QCOMPARE(reopened.bulletin.articles.at(0).kicker, QString());
        QCOMPARE(reopened.bulletin.articles.size(), 3);
        QCOMPARE(reopened.bulletin.articles.at(1), threeArticles().at(1));
    }

    void closeAsksAboutUnsavedChanges_data() {
        QTest::addColumn<int>("answer");
        QTest::addColumn<bool>("closes");
        QTest::addColumn<bool>("saves");

        QTest::newRow("nominal: cancel keeps the window")
            << int(QMessageBox::Cancel) << false << false;
        QTest::newRow("nominal: discard closes") << int(QMessageBox::Discard) << true << false;
        QTest::newRow("nominal: save saves and closes") << int(QMessageBox::Save) << true << true;
    }

    void closeAsksAboutUnsavedChanges() {
        QFETCH(int, answer);
        QFETCH(bool, closes);
        QFETCH(bool, saves);
        QTemporaryDir dir;
        const QString path = dir.filePath("closing.galley");
        MainWindow window;
        QVERIFY(showWindow(window));
        setPage(window, threeArticles());
        window.document()->model()->editField(1, ArticleField::Headline, "Changed");

        MessageBox::setNextAnswer(QMessageBox::StandardButton(answer));
        if (saves)
            fileDialog()->setNextFileName(path);
        QCOMPARE(window.close(), closes);
        QVERIFY(MessageBox::lastText().contains(u"unsaved changes"));
        QCOMPARE(QFile::exists(path), saves);
        QCOMPARE(window.isVisible(), !closes);
    }

    void exportWritesTheChosenFormat() {
        QTemporaryDir dir;
        MainWindow window;
        QVERIFY(showWindow(window));
        setPage(window, threeArticles());
        const QString path = dir.filePath("page.json");
        fileDialog()->setNextFileName(path);
        QCOMPARE(window.exportPage(), path);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
        QCOMPARE(root.value("articles").toArray().size(), 3);
        QCOMPARE(root.value("articles").toArray().at(1).toObject().value("headline").toString(),
                 QStringLiteral("Union News"));
        // Exporting is no save: the page stays as modified as it was.
        QVERIFY(!window.isWindowModified());
    }

    void openRecentReopensAFile() {
        QTemporaryDir dir;
        const QString path = dir.filePath("recent.txt");
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("本报讯 最近打开的文件。\n");
        file.close();

        MainWindow window;
        QVERIFY(showWindow(window));
        QVERIFY(openAndWait(window, path));
        setPage(window, threeArticles());
        auto *recent = window.findChild<QAction *>("actionOpenRecent");
        QVERIFY(recent && recent->menu());
        QAction *first = recent->menu()->actions().value(0);
        QVERIFY(first);
        QVERIFY(first->text().contains(u"recent.txt"));
        QSignalSpy opened(&window, &MainWindow::documentOpened);
        first->trigger();
        QVERIFY(opened.wait(30000));
        QCOMPARE(opened.first().at(0).toString(), path);
        QVERIFY(window.document()->model()->articles().constFirst().body().contains(u"最近打开"));
    }

    void openingAMissingFileSaysSo() {
        MainWindow window;
        MessageBox::setNextAnswer(QMessageBox::Ok);
        QVERIFY(!window.openFile("/nonexistent/galley/page.txt"));
        QVERIFY(MessageBox::lastText().contains(u"/nonexistent/galley/page.txt"));
    }

    void droppingAFileOpensIt() {
        QTemporaryDir dir;
        const QString path = dir.filePath("dropped.txt");
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("本报讯 拖进窗口的文件。\n");
        file.close();

        MainWindow window;
        QVERIFY(showWindow(window));
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(path)});
        // Dropped on the body editor, which would otherwise paste the file name.
        QWidget *target = window.articleForm()->bodyEditor()->viewport();
        QSignalSpy opened(&window, &MainWindow::documentOpened);
        QDragEnterEvent enter(QPoint(5, 5), Qt::CopyAction, &mime, Qt::LeftButton, {});
        QApplication::sendEvent(target, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(5, 5), Qt::CopyAction, &mime, Qt::LeftButton, {});
        QApplication::sendEvent(target, &drop);
        QVERIFY(opened.wait(30000));
        QCOMPARE(window.document()->sourceFile(), path);
    }

    void zoomChangesTheTextSize() {
        MainWindow window;
        QVERIFY(showWindow(window));
        BodyEditor *body = window.articleForm()->bodyEditor();
        const qreal normal = body->font().pointSizeF();
        QTest::keyClick(&window, Qt::Key_Equal, Qt::ControlModifier);
        QVERIFY(body->font().pointSizeF() > normal);
        QTest::keyClick(&window, Qt::Key_Minus, Qt::ControlModifier);
        QTest::keyClick(&window, Qt::Key_Minus, Qt::ControlModifier);
        QVERIFY(body->font().pointSizeF() < normal);
        QTest::keyClick(&window, Qt::Key_0, Qt::ControlModifier);
        QCOMPARE(body->font().pointSizeF(), normal);
    }

    void cancellingALongOpenKeepsThePage() {
        QTemporaryDir dir;
        const QString big = dir.filePath("big.txt");
        QFile sample(MainWindow::bundledSamplePath());
        QVERIFY(sample.open(QIODevice::ReadOnly));
        const QByteArray page = sample.readAll();
        QFile file(big);
        QVERIFY(file.open(QIODevice::WriteOnly));
        for (int i = 0; i < 100; ++i)
            file.write(page);
        file.close();

        MainWindow window;
        QVERIFY(showWindow(window));
        setPage(window, threeArticles());
        window.articleList()->selectRow(1);
        window.document()->model()->editField(1, ArticleField::Deck, "未保存的副题");
        const QList<Article> before = window.document()->model()->articles();
        const int undoCount = window.document()->undoStack()->count();

        MessageBox::setNextAnswer(QMessageBox::Discard);
        QSignalSpy finished(window.loader(), &DocumentLoader::finished);
        QSignalSpy opened(&window, &MainWindow::documentOpened);
        QVERIFY(window.openFile(big));
        DocumentStatusBar *status = window.documentStatusBar();
        QVERIFY(status->isLoading());
        // The window answers while the file loads: the Cancel button takes a click.
        QTest::mouseClick(status->cancelLoadButton(), Qt::LeftButton);
        QVERIFY(!status->isLoading());
        QVERIFY(!window.loader()->isRunning());
        // Whatever the worker still finishes is thrown away.
        QVERIFY(finished.wait(120000));
        QCOMPARE(opened.size(), 0);
        QCOMPARE(window.document()->model()->articles(), before);
        QCOMPARE(window.document()->undoStack()->count(), undoCount);
        QVERIFY(window.isWindowModified());
        QCOMPARE(window.document()->sourceFile(), QStringLiteral("/tmp/test-page.txt"));
        QCOMPARE(window.articleForm()->deckEdit()->text(), QStringLiteral("未保存的副题"));
    }

    void panesAreRememberedAcrossRuns() {
        QList<int> sizes;
        {
            MainWindow first;
            QVERIFY(showWindow(first));
            auto *splitter = first.findChild<QSplitter *>("paneSplitter");
            QVERIFY(splitter);
            const int total =
                splitter->sizes().at(0) + splitter->sizes().at(1) + splitter->sizes().at(2);
            splitter->setSizes({total / 2, total / 4, total - total / 2 - total / 4});
            sizes = splitter->sizes();
            QVERIFY(first.close());
        }
        MainWindow second;
        QVERIFY(showWindow(second));
        QCOMPARE(second.findChild<QSplitter *>("paneSplitter")->sizes(), sizes);
    }

    void preferencesApplyToTheWindow() {
        MainWindow window;
        QVERIFY(showWindow(window));
        Preferences preferences = window.preferences();
        preferences.showWhitespace = true;
        preferences.cjkFont = QStringLiteral("Noto Serif CJK SC");
        preferences.fontSize = 15;
        window.applyPreferences(preferences);
        BodyEditor *body = window.articleForm()->bodyEditor();
        QVERIFY(
            body->document()->defaultTextOption().flags().testFlag(QTextOption::ShowTabsAndSpaces));
        QVERIFY(window.findChild<QAction *>("actionShowWhitespace")->isChecked());
        QVERIFY(body->font().families().contains(u"Noto Serif CJK SC"));
        QCOMPARE(body->font().pointSizeF(), 15.0);
        // Pages opened from now on are read as the preferences say.
        preferences.language = text::Language::English;
        preferences.repair = false;
        window.applyPreferences(preferences);
        QCOMPARE(window.preferences().importOptions().build.language, text::Language::English);
        QVERIFY(!window.preferences().importOptions().build.repair);
    }

    void everyMenuActionHasAShortcutOrMnemonic() {
        MainWindow window;
        const QList<QAction *> actions = window.findChildren<QAction *>();
        int checked = 0;
        for (const QAction *a : actions) {
            // The window's own commands, named "action…"; lists of files or
            // languages are reached through their menu's mnemonic.
            if (!a->objectName().startsWith(u"action") || a->menu())
                continue;
            ++checked;
            QVERIFY2(!a->shortcut().isEmpty() || a->text().contains(u'&'), qPrintable(a->text()));
        }
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
