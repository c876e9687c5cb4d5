// The scan in the window, as a proofreader uses it: a rendered page image
// opens (read by OCR off the UI thread) and shows beside its text; clicking a
// line of the page selects its text in the source pane and in the article;
// selecting text in the article highlights its line on the page; the words OCR
// was unsure of are underlined in the text. Plain text hides the page.
#include "../formats/ocrtestpage.h"
#include "guitest.h"

#include "articleform.h"
#include "articlelistview.h"
#include "bodyeditor.h"
#include "pageview.h"
#include "sourcepane.h"

#include <QAction>
#include <QLineEdit>
#include <QTemporaryDir>

using namespace galley;
using namespace galley::test;

namespace {

text::OcrWord word(const QString &text, int x, int y, double confidence) {
    return {text, QRect(x, y, 20 * int(text.size()), 30), confidence};
}

text::OcrLine line(const QList<text::OcrWord> &words) {
    QList<QRect> boxes;
    for (const text::OcrWord &w : words)
        boxes.append(w.box);
    return {text::unitedBoxes(boxes), words};
}

QStringList selectedTexts(const QList<QTextEdit::ExtraSelection> &selections) {
    QStringList texts;
    for (const QTextEdit::ExtraSelection &selection : selections)
        texts.append(selection.cursor.selectedText());
    return texts;
}

} // namespace

class TestPageWindow : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_pagePath;
    MainWindow *m_window = nullptr;

    int sourceLineOf(const QString &text) const {
        return int(m_window->document()->originalText().split(u'\n').indexOf(text));
    }

    // The lines of the article at `row`: on this page no article's lines lie
    // among another's, so all the lines of its range.
    QList<int> linesOf(int row) const {
        const LineRange range = m_window->document()->model()->article(row).source;
        QList<int> numbers;
        for (int number = range.first; number <= range.last; ++number)
            numbers.append(number);
        return numbers;
    }

    int sourceLineHolding(const QString &text) const {
        const QStringList lines = m_window->document()->originalText().split(u'\n');
        for (int number = 0; number < lines.size(); ++number) {
            if (lines.at(number).contains(text))
                return number;
        }
        return -1;
    }

private Q_SLOTS:
    void initTestCase() {
        initEnvironment();
        QVERIFY(m_dir.isValid());
        QImage image = testing::renderEnglishPage().image;
        image.setDotsPerMeterX(11811); // 300 dpi, as a scanner writes it
        image.setDotsPerMeterY(11811);
        m_pagePath = m_dir.filePath(QStringLiteral("relief-drive.png"));
        QVERIFY(image.save(m_pagePath));

        m_window = new MainWindow;
        Preferences preferences = m_window->preferences();
        preferences.language = text::Language::English;
        m_window->applyPreferences(preferences);
        QVERIFY(showWindow(*m_window));
        QVERIFY(openAndWait(*m_window, m_pagePath));
    }

    void cleanupTestCase() { delete m_window; }

    void theScanShowsBesideItsText() {
        PageView *view = m_window->pageView();
        QVERIFY(view->isVisible());
        QVERIFY(view->hasScan());
        QVERIFY(view->hasImage());
        auto *toggle = m_window->findChild<QAction *>(QStringLiteral("actionShowPage"));
        QVERIFY(toggle->isEnabled());
        QVERIFY(toggle->isChecked());

        // The two articles printed on the page, in reading order.
        const ArticleModel *model = m_window->document()->model();
        QCOMPARE(model->rowCount(), 2);
        QCOMPARE(model->article(0).headline, QStringLiteral("Union Opens Winter Relief Drive"));
        QCOMPARE(model->article(1).headline, QStringLiteral("Mutual Aid Fund Grows"));
        // The first article is selected, and its lines are the ones drawn.
        QCOMPARE(m_window->articleList()->currentRow(), 0);
        QCOMPARE(view->articleLines(), linesOf(0));

        // The page can be hidden and shown again from the View menu.
        toggle->trigger();
        QVERIFY(!view->isVisible());
        toggle->trigger();
        QVERIFY(view->isVisible());
        QVERIFY(view->width() > 100);
    }

    void clickingALineSelectsItsText_data() {
        QTest::addColumn<QString>("printedLine");
        QTest::addColumn<int>("article");
        QTest::addColumn<int>("field");
        QTest::newRow("nominal: a body line of the first article")
            << "Volunteers handed out" << 0 << int(ArticleField::Body);
        QTest::newRow("nominal: a body line of the second article")
            << "ten days on average, the fund" << 1 << int(ArticleField::Body);
        QTest::newRow("nominal: the second article's headline")
            << "Mutual Aid Fund Grows" << 1 << int(ArticleField::Headline);
        QTest::newRow("nominal: the second article's byline")
            << "By JOHN SMITH" << 1 << int(ArticleField::Byline);
        QTest::newRow("nominal: back to the first article")
            << "Officials said the drive" << 0 << int(ArticleField::Body);
    }

    void clickingALineSelectsItsText() {
        QFETCH(QString, printedLine);
        QFETCH(int, article);
        QFETCH(int, field);
        const int number = sourceLineOf(printedLine);
        QVERIFY2(number >= 0,
                 qPrintable(QStringLiteral("\"%1\" is not a line of:\n%2")
                                .arg(printedLine, m_window->document()->originalText())));

        PageView *view = m_window->pageView();
        // Scrolled into view the way a selection scrolls it, then clicked.
        view->highlightLines(number, number);
        const QPoint point = view->viewportPoint(view->lineBox(number).center());
        QVERIFY(view->viewport()->rect().contains(point));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, point);

        QCOMPARE(m_window->articleList()->currentRow(), article);
        QCOMPARE(m_window->sourcePane()->textCursor().selectedText(), printedLine);
        ArticleForm *form = m_window->articleForm();
        if (field == int(ArticleField::Headline))
            QCOMPARE(form->headlineEdit()->selectedText(), printedLine);
        else if (field == int(ArticleField::Byline))
            QCOMPARE(form->bylineEdit()->selectedText(), printedLine);
        else
            QCOMPARE(form->bodyEditor()->textCursor().selectedText(), printedLine);
        // The line stays highlighted on the page, and the article's lines drawn.
        QCOMPARE(view->highlightedLines(), std::make_pair(number, number));
        QCOMPARE(view->articleLines(), linesOf(article));
    }

    void selectingTextHighlightsItsLine() {
        m_window->articleList()->selectRow(0);
        BodyEditor *body = m_window->articleForm()->bodyEditor();
        const QString words = QStringLiteral("warm clothing");
        const int at = int(body->toPlainText().indexOf(words));
        QVERIFY(at >= 0);
        body->setFocus();
        QTextCursor cursor = body->textCursor();
        cursor.setPosition(at);
        cursor.setPosition(at + int(words.size()), QTextCursor::KeepAnchor);
        body->setTextCursor(cursor);

        const int number = sourceLineHolding(words);
        QVERIFY(number >= 0);
        QCOMPARE(m_window->pageView()->highlightedLines(), std::make_pair(number, number));
        QCOMPARE(m_window->sourcePane()->textCursor().selectedText(), words);
    }

    void editedTextKeepsItsLinesOnThePage() {
        m_window->articleList()->selectRow(0);
        BodyEditor *body = m_window->articleForm()->bodyEditor();
        body->setFocus();
        QTest::keyClick(body, Qt::Key_Home, Qt::ControlModifier);
        QTest::keyClicks(body, QStringLiteral("Edited: "));
        QVERIFY(m_window->document()->isModified());
        m_window->articleList()->selectRow(1);
        m_window->articleList()->selectRow(0);
        QCOMPARE(m_window->pageView()->articleLines(), linesOf(0));
        m_window->document()->undoStack()->undo();
        QVERIFY(!m_window->document()->isModified());
    }

    void doubtfulWordsAreUnderlinedInTheText() {
        // A page whose OCR was unsure of two words: "councll" and "drlve".
        text::OcrPage page;
        page.size = QSize(1000, 1000);
        text::OcrParagraph paragraph;
        paragraph.lines = {
            line({word(QStringLiteral("By"), 100, 100, 96),
                  word(QStringLiteral("JANE"), 160, 100, 95),
                  word(QStringLiteral("DOE"), 260, 100, 94)}),
            line({word(QStringLiteral("The"), 100, 150, 96),
                  word(QStringLiteral("union"), 180, 150, 91),
                  word(QStringLiteral("councll"), 300, 150, 41),
                  word(QStringLiteral("met"), 460, 150, 90),
                  word(QStringLiteral("on"), 540, 150, 93),
                  word(QStringLiteral("Monday"), 600, 150, 92),
                  word(QStringLiteral("to"), 740, 150, 95),
                  word(QStringLiteral("plan"), 800, 150, 95)}),
            line({word(QStringLiteral("the"), 100, 200, 96),
                  word(QStringLiteral("winter"), 180, 200, 90),
                  word(QStringLiteral("relief"), 320, 200, 88),
                  word(QStringLiteral("drlve"), 460, 200, 33),
                  word(QStringLiteral("for"), 580, 200, 95),
                  word(QStringLiteral("all"), 660, 200, 96),
                  word(QStringLiteral("its"), 740, 200, 96),
                  word(QStringLiteral("members."), 800, 200, 97)}),
        };
        paragraph.box = text::unitedBoxes({paragraph.lines.at(0).box, paragraph.lines.at(2).box});
        text::OcrBlock block;
        block.box = paragraph.box;
        block.paragraphs = {paragraph};
        page.blocks = {block};
        ImportOptions options;
        options.build.language = text::Language::English;
        const ImportResult result =
            importOcrPages({page}, m_dir.filePath(QStringLiteral("unsure.hocr")), options);
        QVERIFY(result.ok);
        QCOMPARE(result.bulletin.articles.size(), 1);

        MainWindow window;
        QVERIFY(showWindow(window));
        window.document()->setBulletin(result.bulletin);
        window.articleList()->selectRow(0);

        const QStringList doubtful{QStringLiteral("councll"), QStringLiteral("drlve")};
        QCOMPARE(selectedTexts(window.sourcePane()->extraSelections()), doubtful);
        QCOMPARE(selectedTexts(window.articleForm()->bodyEditor()->extraSelections()), doubtful);
        // No image, but the boxes: the page view shows them.
        QVERIFY(window.pageView()->isVisible());
        QVERIFY(!window.pageView()->hasImage());
    }

    void aSavedProjectOpensWithItsPage() {
        const QString project = m_dir.filePath(QStringLiteral("relief-drive.galley"));
        QVERIFY(m_window->saveTo(project));
        QVERIFY(openAndWait(*m_window, MainWindow::bundledSamplePath()));
        QVERIFY(!m_window->pageView()->isVisible());

        QVERIFY(openAndWait(*m_window, project));
        QVERIFY(m_window->pageView()->isVisible());
        QVERIFY(m_window->pageView()->hasImage());
        QCOMPARE(m_window->document()->model()->article(1).headline,
                 QStringLiteral("Mutual Aid Fund Grows"));
    }

    void plainTextHidesThePage() {
        QVERIFY(openAndWait(*m_window, MainWindow::bundledSamplePath()));
        QVERIFY(!m_window->pageView()->isVisible());
        QVERIFY(!m_window->pageView()->hasScan());
        auto *toggle = m_window->findChild<QAction *>(QStringLiteral("actionShowPage"));
        QVERIFY(!toggle->isEnabled());
        QVERIFY(m_window->sourcePane()->extraSelections().isEmpty());
    }
};

QTEST_MAIN(TestPageWindow)
#include "tst_pagewindow.moc"
