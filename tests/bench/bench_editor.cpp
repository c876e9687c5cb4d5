// Speed of the editor window on a large page: the sample page repeated to
// about 10 MB. Measures, with QElapsedTimer around the real widgets
// (offscreen), the time from starting the window on the file to the first
// article shown, the time to switch articles, and the time one keystroke in
// the body takes to reach the model and the screen; the longest the window
// leaves its events unanswered while the file opens; and edits, undo and redo
// with a history of 10,000 steps. Prints the figures; asserts nothing.
//
//   QT_QPA_PLATFORM=offscreen build/release/tests/bench/bench_editor [MEGABYTES]
#include "articleform.h"
#include "articlelistview.h"
#include "bodyeditor.h"
#include "decisionrulesview.h"
#include "document/document.h"
#include "mainwindow.h"
#include "messagebox.h"
#include "reviewcontroller.h"
#include "sourcepane.h"
#include "text/decision.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace galley;

namespace {

struct Summary {
    double median = 0;
    double p95 = 0;
    double max = 0;
};

Summary summarise(QList<double> samples) {
    std::sort(samples.begin(), samples.end());
    const qsizetype n = samples.size();
    return {samples.at(n / 2), samples.at(qMin(n - 1, n * 95 / 100)), samples.constLast()};
}

double elapsedMs(const QElapsedTimer &timer) {
    return double(timer.nsecsElapsed()) / 1e6;
}

// Lets the window lay out and paint what the last step changed, as the
// event loop would: the pending events, then the paint they asked for.
void settle(QWidget &) {
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
}

// The longest gap between the ticks of a 5 ms timer on the window's thread:
// how long the window could not have answered a click while it ran.
class StallMeter {
public:
    StallMeter() {
        m_timer.setInterval(5);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            m_longest = std::max(m_longest, elapsedMs(m_sinceTick));
            m_sinceTick.restart();
        });
    }
    void start() {
        m_sinceTick.start();
        m_timer.start();
    }
    double stop() {
        m_timer.stop();
        return std::max(m_longest, elapsedMs(m_sinceTick));
    }

private:
    QTimer m_timer;
    QElapsedTimer m_sinceTick;
    double m_longest = 0;
};

// The memory the process holds now (resident set), in MB.
double residentMb() {
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.size() > 1 ? fields.at(1).toDouble() * 4096 / (1024 * 1024) : 0;
}

// Types 200 characters into the body and returns the time each took to be
// painted.
QList<double> typeIntoBody(MainWindow &window, QList<double> *throughModel = nullptr) {
    BodyEditor *body = window.articleForm()->bodyEditor();
    body->setFocus();
    QTest::keyClick(body, Qt::Key_End, Qt::ControlModifier);
    settle(window);
    QList<double> keystrokes;
    QElapsedTimer timer;
    for (int i = 0; i < 200; ++i) {
        timer.start();
        QTest::keyClick(body, char('a' + i % 26));
        if (throughModel)
            throughModel->append(elapsedMs(timer));
        settle(window);
        keystrokes.append(elapsedMs(timer));
    }
    return keystrokes;
}

// 10,000 edits of the articles' decks, each its own undo step, then all undone
// and redone one at a time, each step painted before the next.
void measureLongHistory(MainWindow &window) {
    constexpr int steps = 10000;
    ArticleModel *model = window.document()->model();
    QUndoStack *stack = window.document()->undoStack();
    const int rows = model->rowCount();
    // Runs `step(i)` `steps` times, each painted, and returns each one's time.
    const auto timeEach = [&](const std::function<void(int)> &step) {
        QList<double> times;
        QElapsedTimer timer;
        for (int i = 0; i < steps; ++i) {
            timer.start();
            step(i);
            settle(window);
            times.append(elapsedMs(timer));
        }
        return times;
    };
    const double memoryBefore = residentMb();
    double memoryAtTenth = 0;
    const int indexBefore = stack->index();
    const Summary e = summarise(timeEach([&](int i) {
        model->editField((i * 7) % rows, ArticleField::Deck, QStringLiteral("副题 %1").arg(i));
        if (i == steps / 10 - 1)
            memoryAtTenth = residentMb();
    }));
    const int added = stack->index() - indexBefore;
    const double memoryAfter = residentMb();
    const Summary keys = summarise(typeIntoBody(window));
    stack->undo(); // the typing, one merged step
    const Summary u = summarise(timeEach([&](int) { stack->undo(); }));
    const Summary r = summarise(timeEach([&](int) { stack->redo(); }));
    std::printf("history of %d steps (%d added), %.1f MB more memory (%.1f MB after %d)\n",
                stack->count(), added, memoryAfter - memoryBefore, memoryAtTenth - memoryBefore,
                steps / 10);
    std::printf("  edit: median %.1f ms, p95 %.1f ms, max %.1f ms\n", e.median, e.p95, e.max);
    std::printf("  keystroke with that history: median %.1f ms, p95 %.1f ms, max %.1f ms\n",
                keys.median, keys.p95, keys.max);
    std::printf("  undo: median %.1f ms, p95 %.1f ms, max %.1f ms\n", u.median, u.p95, u.max);
    std::printf("  redo: median %.1f ms, p95 %.1f ms, max %.1f ms\n", r.median, r.p95, r.max);
}

QString writeBigPage(const QTemporaryDir &dir, int megabytes) {
    QFile sample(QStringLiteral(GALLEY_SOURCE_DIR "/resources/samples/union-bulletin-zh.txt"));
    if (!sample.open(QIODevice::ReadOnly))
        qFatal("cannot read the sample page");
    const QByteArray page = sample.readAll();
    const QString path = dir.filePath(QStringLiteral("big.txt"));
    QFile big(path);
    if (!big.open(QIODevice::WriteOnly))
        qFatal("cannot write the big page");
    const qsizetype copies = qsizetype(megabytes) * 1024 * 1024 / page.size();
    for (qsizetype i = 0; i < copies; ++i)
        big.write(page);
    return path;
}

} // namespace

int main(int argc, char *argv[]) {
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("GalleyBench"));
    const int megabytes = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 10;
    QTemporaryDir dir;
    const QString path = writeBigPage(dir, megabytes);

    // Open: from constructing the window to the first article on screen.
    QElapsedTimer timer;
    timer.start();
    MainWindow window;
    window.resize(1280, 800);
    window.show();
    QSignalSpy opened(&window, &MainWindow::documentOpened);
    StallMeter stalls;
    stalls.start();
    window.openFile(path);
    if (!opened.wait(600000))
        qFatal("the page did not open");
    settle(window);
    const double openMs = elapsedMs(timer);
    const double longestStall = stalls.stop();
    const double openMemory = residentMb();
    const ArticleModel *model = window.document()->model();
    const int rows = model->rowCount();
    if (window.articleForm()->bodyEditor()->toPlainText() != model->article(0).body())
        qFatal("the first article is not shown");

    // Switch: select an article in the list until it is painted.
    QList<double> switches;
    QList<double> switchUpdates; // the views updated, before painting
    QRandomGenerator random(42);
    for (int i = 0; i < 200; ++i) {
        const int row = int(random.bounded(rows));
        timer.restart();
        window.articleList()->selectRow(row);
        switchUpdates.append(elapsedMs(timer));
        settle(window);
        switches.append(elapsedMs(timer));
    }

    // Review: F8 to the next uncertain decision and a flip of it, then every
    // instance of one rule flipped at once (one undo step).
    ReviewController *review = window.reviewController();
    QList<double> flips;
    for (int i = 0; i < 20; ++i) {
        review->goToNext();
        settle(window);
        const qsizetype decision = window.sourcePane()->currentDecision();
        // A flip the page cannot take says why in a message box: answer it.
        MessageBox::setNextAnswer(QMessageBox::Ok);
        timer.restart();
        review->flip(decision);
        settle(window);
        flips.append(elapsedMs(timer));
    }
    const text::Rule manyRule = text::Rule::SpaceCjkPunct;
    qsizetype instances = 0;
    for (const text::Decision &d : window.document()->decisions())
        instances += d.rule == manyRule;
    MessageBox::setNextAnswer(QMessageBox::Ok);
    timer.restart();
    const int flippedAll = review->rulesView()->flipAll(int(manyRule));
    settle(window);
    const double flipAllMs = elapsedMs(timer);

    // Keystroke: one character typed into the body, through the model and
    // back, until painted.
    window.activateWindow();
    (void)QTest::qWaitForWindowActive(&window);
    window.articleList()->selectRow(rows / 2);
    QList<double> keystrokeUpdates;
    const QList<double> keystrokes = typeIntoBody(window, &keystrokeUpdates);

    const Summary s = summarise(switches);
    const Summary su = summarise(switchUpdates);
    const Summary k = summarise(keystrokes);
    const Summary ku = summarise(keystrokeUpdates);
    std::printf("page: %.1f MB, %d articles, %lld decisions\n",
                double(QFile(path).size()) / (1024 * 1024), rows,
                static_cast<long long>(window.document()->decisions().size()));
    std::printf("open to first article shown: %.0f ms, %.0f MB resident\n", openMs, openMemory);
    std::printf("  longest the window left its events waiting meanwhile: %.0f ms\n", longestStall);
    std::printf("switch article: median %.1f ms, p95 %.1f ms, max %.1f ms (200 switches)\n",
                s.median, s.p95, s.max);
    std::printf("  of which updating the views: median %.1f ms, p95 %.1f ms\n", su.median, su.p95);
    std::printf("keystroke in body: median %.1f ms, p95 %.1f ms, max %.1f ms (200 keys)\n",
                k.median, k.p95, k.max);
    std::printf("  of which the edit through the model: median %.1f ms, p95 %.1f ms\n", ku.median,
                ku.p95);
    const Summary f = summarise(flips);
    std::printf("flip one decision (F8, then flip): median %.1f ms, max %.1f ms (20 flips)\n",
                f.median, f.max);
    std::printf("flip every instance of %s: %d of %lld flipped in %.0f ms\n",
                text::ruleId(manyRule).data(), flippedAll, static_cast<long long>(instances),
                flipAllMs);
    measureLongHistory(window);
    // A closed window with changes would ask to save them.
    window.document()->markSaved();
    return 0;
}
