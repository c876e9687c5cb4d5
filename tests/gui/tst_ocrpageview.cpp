// The page view and the loader reading a scan, as the window uses them: a rendered page is
// read off the UI thread (the event loop runs meanwhile), shown with its line
// boxes; clicking a line names its source line, highlighting a line shows its
// box; dragging pans, zoom and fit width behave; Cancel stops a reading.
#include "../formats/ocrtestpage.h"

#include "documentloader.h"
#include "pageview.h"

#include <QPainter>
#include <QPdfWriter>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace galley;

namespace {

QString savePage(QImage image, const QString &path) {
    image.setDotsPerMeterX(11811);
    image.setDotsPerMeterY(11811);
    if (!image.save(path))
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

int sourceLineOf(const QString &text, const QString &line) {
    return int(text.split('\n').indexOf(line));
}

} // namespace

class TestOcrPageView : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    ImportResult m_result;

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        const QString path =
            savePage(testing::renderEnglishPage().image, m_dir.filePath("page.png"));
        DocumentLoader job;
        QSignalSpy loaded(&job, &DocumentLoader::loaded);
        QSignalSpy progress(&job, &DocumentLoader::progressChanged);
        // The window stays responsive: its event loop runs while the page is read.
        int ticks = 0;
        QTimer timer;
        connect(&timer, &QTimer::timeout, this, [&] { ticks += job.isRunning() ? 1 : 0; });
        timer.start(5);
        ImportOptions options;
        options.build.language = text::Language::English;
        job.start(path, options);
        QVERIFY(job.isRunning());
        QVERIFY(loaded.wait(120000));
        QVERIFY(ticks > 0);
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.constFirst().at(1).toString(), QStringLiteral("Reading page 1 of 1"));
        m_result = loaded.constFirst().at(0).value<ImportResult>();
        QVERIFY(m_result.ok);
        QCOMPARE(m_result.bulletin.scan.size(), 1);
    }

    void viewShowsTheScan() {
        PageView view;
        QSignalSpy available(&view, &PageView::scanAvailabilityChanged);
        view.resize(600, 800);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setPages(m_result.bulletin.scan);
        QVERIFY(view.hasScan());
        QVERIFY(view.hasImage());
        QCOMPARE(available.size(), 1);
        QCOMPARE(available.constFirst().at(0).toBool(), true);
        // Fit width: the 1200-pixel page fills the viewport's width.
        QVERIFY(view.fitsWidth());
        QVERIFY(qAbs(view.zoom() * 1200 - view.viewport()->width()) <= 2);

        view.setPages({});
        QVERIFY(!view.hasScan());
        QCOMPARE(available.size(), 2);
        QCOMPARE(available.constLast().at(0).toBool(), false);
    }

    void clickingALineNamesItsSourceLine_data() {
        QTest::addColumn<QString>("line");
        QTest::newRow("nominal: headline") << "Union Opens Winter Relief Drive";
        QTest::newRow("nominal: a line in the first column") << "Volunteers handed out";
        QTest::newRow("nominal: a line low in the second column")
            << "ten days on average, the fund";
    }

    void clickingALineNamesItsSourceLine() {
        QFETCH(QString, line);
        const int number = sourceLineOf(m_result.bulletin.originalText, line);
        QVERIFY(number >= 0);

        PageView view;
        view.resize(600, 500);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setPages(m_result.bulletin.scan);
        // Highlighting scrolls the line into view; the click then finds it there.
        view.highlightLines(number, number);
        QCOMPARE(view.highlightedLines(), std::make_pair(number, number));
        const QRect box = view.lineBox(number);
        QVERIFY(!box.isEmpty());
        const QPoint point = view.viewportPoint(box.center());
        QVERIFY(view.viewport()->rect().contains(point));
        QCOMPARE(view.lineAt(point), number);

        QSignalSpy clicked(&view, &PageView::lineClicked);
        QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, point);
        QCOMPARE(clicked.size(), 1);
        QCOMPARE(clicked.constFirst().at(0).toInt(), number);
    }

    void clickBesideTheLinesNamesNone() {
        PageView view;
        view.resize(600, 800);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setPages(m_result.bulletin.scan);
        QSignalSpy clicked(&view, &PageView::lineClicked);
        // The top-left corner of the page is margin.
        const QPoint margin = view.viewportPoint(QPointF(20, 20));
        QCOMPARE(view.lineAt(margin), -1);
        QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, margin);
        QCOMPARE(clicked.size(), 0);
    }

    void articleLinesAreTheArticles() {
        PageView view;
        view.setPages(m_result.bulletin.scan);
        const LineRange source = m_result.bulletin.articles.constFirst().source;
        const QList<int> lines{source.first, source.first + 1, source.last};
        view.setArticleLines(lines);
        QCOMPARE(view.articleLines(), lines);
        QCOMPARE(view.currentPage(), 0);
    }

    void draggingPansAndDoesNotClick() {
        PageView view;
        view.resize(400, 400);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setPages(m_result.bulletin.scan);
        view.setZoom(1.0);
        QSignalSpy clicked(&view, &PageView::lineClicked);
        const int before = view.verticalScrollBar()->value();
        const QPoint start(200, 300);
        QTest::mousePress(view.viewport(), Qt::LeftButton, {}, start);
        QMouseEvent move(QEvent::MouseMove, QPointF(200, 200),
                         view.viewport()->mapToGlobal(QPointF(200, 200)), Qt::NoButton,
                         Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(view.viewport(), &move);
        QTest::mouseRelease(view.viewport(), Qt::LeftButton, {}, QPoint(200, 200));
        QCOMPARE(view.verticalScrollBar()->value(), before + 100);
        QCOMPARE(clicked.size(), 0);
    }

    void zoomStepsAndFitWidth() {
        PageView view;
        view.resize(600, 800);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setPages(m_result.bulletin.scan);
        const double fitted = view.zoom();
        view.zoomIn();
        QVERIFY(!view.fitsWidth());
        QVERIFY(qFuzzyCompare(view.zoom(), fitted * 1.25));
        view.setZoom(100.0);
        QCOMPARE(view.zoom(), PageView::maximumZoom);
        view.fitWidth();
        QVERIFY(qFuzzyCompare(view.zoom(), fitted));
    }

    void cancelStopsAReading() {
        // Three pages; Cancel as the first one starts.
        const QString path = m_dir.filePath("three.pdf");
        {
            QPdfWriter writer(path);
            writer.setResolution(300);
            QPainter painter(&writer);
            const QImage page = testing::renderEnglishPage().image;
            for (int i = 0; i < 3; ++i) {
                if (i > 0)
                    writer.newPage();
                painter.drawImage(QRect(0, 0, 1200, 1600), page);
            }
        }
        DocumentLoader job;
        QSignalSpy cancelled(&job, &DocumentLoader::cancelled);
        QSignalSpy loaded(&job, &DocumentLoader::loaded);
        QSignalSpy failed(&job, &DocumentLoader::failed);
        QSignalSpy finished(&job, &DocumentLoader::finished);
        connect(&job, &DocumentLoader::progressChanged, &job, [&job] { job.cancel(); });
        job.start(path);
        QVERIFY(finished.wait(120000));
        QCOMPARE(cancelled.size(), 1);
        QCOMPARE(loaded.size(), 0);
        QCOMPARE(failed.size(), 0);
        QVERIFY(!job.isRunning());
    }
};

QTEST_MAIN(TestOcrPageView)
#include "tst_ocrpageview.moc"
