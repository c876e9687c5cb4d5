// The editor window: the article list, the article form, the source pane and,
// for a scan, the page image side by side, the menus that reach every command, and the file
// handling (open off the UI thread, atomic save, recovery after a crash).
#pragma once

#include "formats/importer.h"
#include "preferences.h"

#include <QMainWindow>

class QAction;
class QDockWidget;
class QMenu;
class QSplitter;

namespace galley {

class ArticleForm;
class ArticleListView;
class DiskChangeWatcher;
class Document;
class DocumentLoader;
class DocumentStatusBar;
class FindController;
class FindReplaceDialog;
class PageController;
class PageView;
class RecentFiles;
class RecoveryManager;
class ReviewController;
class SourcePane;
class StructureActions;
class TextAppearance;

class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Starts opening `path` off the UI thread, after asking to save unsaved
    // work; the page replaces the current one when documentOpened() is
    // emitted. Returns false when nothing was started.
    bool openFile(const QString &path);
    Document *document() const { return m_document; }

    bool save();
    bool saveAs();
    // Writes the project atomically to `path`; it becomes the document's file.
    bool saveTo(const QString &path);
    // File ▸ Export…; returns the file written, or an empty string.
    QString exportPage();
    void showExportDialog();
    // File ▸ Reload from Disk: opens the page's file again, after asking
    // whether to drop unsaved changes.
    bool reloadFromDisk();
    // Offers back the work of a session that ended without saving it; true
    // when some was restored into this window.
    bool offerRecovery();

    // The sample page: installed with Galley, else compiled into it.
    static QString bundledSamplePath();

    ArticleListView *articleList() const { return m_list; }
    ArticleForm *articleForm() const { return m_form; }
    SourcePane *sourcePane() const { return m_source; }
    PageView *pageView() const { return m_pageView; }
    PageController *pageController() const { return m_pages; }
    DocumentLoader *loader() const { return m_loader; }
    RecoveryManager *recoveryManager() const { return m_recovery; }
    DiskChangeWatcher *diskChangeWatcher() const { return m_disk; }
    StructureActions *structureActions() const { return m_structure; }
    ReviewController *reviewController() const { return m_review; }
    DocumentStatusBar *documentStatusBar() const { return m_status; }
    TextAppearance *textAppearance() const { return m_appearance; }
    RecentFiles *recentFiles() const { return m_recent; }
    FindReplaceDialog *findReplaceDialog();
    QMenu *helpMenu() const { return m_helpMenu; }
    const Preferences &preferences() const { return m_preferences; }
    void applyPreferences(const Preferences &preferences);

Q_SIGNALS:
    void documentOpened(const QString &path);
    void openFailed(const QString &error);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createPanes();
    void createFileMenu();
    void createEditMenu();
    void createViewMenu();
    void createPageMenu(QMenu *menu);
    void updatePageViewVisibility();
    void createArticleMenu();
    void createHelpMenu();
    QAction *addAction(QMenu *menu, const QString &objectName, const QString &text,
                       const QList<QKeySequence> &shortcuts = {});
    void acceptFileDrops(QWidget *widget);

    bool maybeSave();
    void openWithDialog();
    void onLoaded(const ImportResult &result, const QString &path);
    void onLoadFailed(const QString &error, const QString &path);
    QString fileOnDisk() const;
    void startReload();
    void onChangedOnDisk(const QString &path);
    void onRemovedFromDisk(const QString &path);
    void onCurrentRowChanged(int row);
    void updateTitle();
    void showFind(bool replaceMode);
    void showPreferences();
    void focusNextPane(bool forward);
    void selectNeighbourArticle(int step);
    void forwardToFocus(const char *slot);
    void readSettings();
    void writeSettings() const;

    Document *m_document;
    DocumentLoader *m_loader;
    RecentFiles *m_recent;
    RecoveryManager *m_recovery;
    DiskChangeWatcher *m_disk;
    TextAppearance *m_appearance;
    Preferences m_preferences;
    QSplitter *m_splitter = nullptr;
    ArticleListView *m_list = nullptr;
    ArticleForm *m_form = nullptr;
    SourcePane *m_source = nullptr;
    PageView *m_pageView = nullptr;
    PageController *m_pages = nullptr;
    QAction *m_showPage = nullptr;
    DocumentStatusBar *m_status = nullptr;
    StructureActions *m_structure = nullptr;
    ReviewController *m_review = nullptr;
    FindController *m_find = nullptr;
    FindReplaceDialog *m_findDialog = nullptr;
    QDockWidget *m_undoDock = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_showWhitespace = nullptr;
    int m_undoIndexAtOpen = 0;
};

} // namespace galley
