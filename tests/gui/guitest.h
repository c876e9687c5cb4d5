// What the GUI tests share: a test environment that leaves the user's
// settings alone, a window shown and opened on a page, and pages built in
// memory from text a reader can check.
#pragma once

#include "document/document.h"
#include "mainwindow.h"
#include "recoverymanager.h"

#include <QDir>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

namespace galley::test {

// Settings and recovery files go to the test locations, empty at the start.
inline void initEnvironment() {
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("GalleyTests"));
    QSettings().clear();
    QDir(RecoveryManager::recoveryDirectory()).removeRecursively();
}

inline bool showWindow(MainWindow &window) {
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return false;
    window.activateWindow();
    return QTest::qWaitForWindowActive(&window);
}

// Opens `path` and waits until the page has replaced the window's.
inline bool openAndWait(MainWindow &window, const QString &path) {
    QSignalSpy opened(&window, &MainWindow::documentOpened);
    if (!window.openFile(path))
        return false;
    return opened.wait(60000);
}

inline Article makeArticle(const QString &headline, const QStringList &paragraphs,
                           const QString &deck = {}, const QString &byline = {}) {
    Article article;
    article.headline = headline;
    article.deck = deck;
    article.byline = byline;
    article.paragraphs = paragraphs;
    return article;
}

// A page of three short articles, set into the window as a freshly opened page.
inline QList<Article> threeArticles() {
    return {
        makeArticle(QStringLiteral("昌平工会交出成绩单"),
                    {QStringLiteral("开展常态化送温暖活动。"),
                     QStringLiteral("加大职工互助保险保障力度。")},
                    QString(), QStringLiteral("本报讯（记者 周美玉）")),
        makeArticle(QStringLiteral("Union News"), {QStringLiteral("The union said it would help."),
                                                   QStringLiteral("Members met on Monday.")}),
        makeArticle(QStringLiteral("密云区送温暖"), {QStringLiteral("密云区总工会将启动活动。")},
                    QStringLiteral("覆盖全区职工"))};
}

inline void setPage(MainWindow &window, const QList<Article> &articles) {
    Bulletin page;
    page.sourceFile = QStringLiteral("/tmp/test-page.txt");
    page.encoding = QStringLiteral("UTF-8");
    page.articles = articles;
    window.document()->setBulletin(page);
}

} // namespace galley::test
