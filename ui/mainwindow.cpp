#include "mainwindow.h"

#include "aboutdialog.h"
#include "articleform.h"
#include "articlelistview.h"
#include "bodyeditor.h"
#include "decisionrulesview.h"
#include "diskchangewatcher.h"
#include "document/document.h"
#include "documentloader.h"
#include "documentstatusbar.h"
#include "exportdialog.h"
#include "filedialog.h"
#include "findcontroller.h"
#include "findreplacedialog.h"
#include "formats/bulletinwriter.h"
#include "formats/projectfile.h"
#include "languagemenu.h"
#include "messagebox.h"
#include "pagecontroller.h"
#include "pageview.h"
#include "preferencesdialog.h"
#include "printing.h"
#include "quickexport.h"
#include "recentfiles.h"
#include "recoverymanager.h"
#include "reviewcontroller.h"
#include "sourcepane.h"
#include "structureactions.h"
#include "textappearance.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QLineEdit>
#include <QMenuBar>
#include <QMimeData>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QTextEdit>
#include <QUndoView>

#include <numeric>

namespace galley {

namespace {

const QString sampleName = QStringLiteral("galley/samples/union-bulletin-zh.txt");

// The first local file among dragged URLs, or an empty string.
QString droppedFile(const QMimeData *mime) {
    if (!mime || !mime->hasUrls())
        return {};
    for (const QUrl &url : mime->urls()) {
        if (url.isLocalFile() && QFileInfo(url.toLocalFile()).isFile())
            return url.toLocalFile();
    }
    return {};
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_document(new Document(this))
    , m_loader(new DocumentLoader(this))
    , m_recent(new RecentFiles(this))
    , m_recovery(new RecoveryManager(m_document, this))
    , m_disk(new DiskChangeWatcher(this))
    , m_appearance(new TextAppearance(this))
    , m_preferences(Preferences::load()) {
    setObjectName(QStringLiteral("MainWindow"));
    setAcceptDrops(true);
    // The list, labels and dialogs show CJK text too.
    setFont(TextAppearance::withCjkFallback(font()));
    createPanes();
    createFileMenu();
    createEditMenu();
    createViewMenu();
    createArticleMenu();
    createHelpMenu();

    connect(m_document, &Document::modifiedChanged, this, &QWidget::setWindowModified);
    connect(m_document, &Document::filePathChanged, this, &MainWindow::updateTitle);
    connect(m_document, &Document::bulletinReplaced, this, &MainWindow::updateTitle);
    connect(m_loader, &DocumentLoader::loaded, this, &MainWindow::onLoaded);
    connect(m_loader, &DocumentLoader::failed, this, &MainWindow::onLoadFailed);
    connect(m_loader, &DocumentLoader::started, this,
            [this](const QString &path) { m_status->showLoading(QFileInfo(path).fileName()); });
    connect(m_loader, &DocumentLoader::progressChanged, m_status,
            &DocumentStatusBar::setLoadProgress);
    connect(m_loader, &DocumentLoader::cancelled, this, [this] {
        m_status->hideLoading();
        m_status->showMessage(tr("Opening cancelled"), 3000);
    });
    connect(m_status, &DocumentStatusBar::cancelLoadRequested, m_loader, &DocumentLoader::cancel);
    connect(m_recent, &RecentFiles::fileRequested, this, &MainWindow::openFile);
    connect(m_disk, &DiskChangeWatcher::changed, this, &MainWindow::onChangedOnDisk);
    connect(m_disk, &DiskChangeWatcher::removed, this, &MainWindow::onRemovedFromDisk);

    applyPreferences(m_preferences);
    readSettings();
    updateTitle();
}

MainWindow::~MainWindow() {
    // A window that ends without closing (as in a crash) leaves its recovery
    // copy behind: the document's teardown, which clears the undo stack and
    // so looks clean, must not discard it.
    delete m_recovery;
}

void MainWindow::createPanes() {
    m_list = new ArticleListView(this);
    m_list->setObjectName(QStringLiteral("articleList"));
    m_list->setArticleModel(m_document->model());
    m_form = new ArticleForm(this);
    m_form->setObjectName(QStringLiteral("articleForm"));
    m_form->setModel(m_document->model());
    m_source = new SourcePane(m_document, this);
    m_source->setObjectName(QStringLiteral("sourcePane"));
    m_pageView = new PageView(this);
    m_pageView->setObjectName(QStringLiteral("pageView"));

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("paneSplitter"));
    m_splitter->addWidget(m_list);
    m_splitter->addWidget(m_form);
    m_splitter->addWidget(m_source);
    m_splitter->addWidget(m_pageView);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setStretchFactor(2, 2);
    m_splitter->setStretchFactor(3, 3);
    m_splitter->setChildrenCollapsible(false);
    setCentralWidget(m_splitter);
    setTabOrder(m_list, m_form->kickerEdit());
    setTabOrder(m_form->bodyEditor(), m_source);
    setTabOrder(m_source, m_pageView);

    m_status = new DocumentStatusBar(m_document, this);
    setStatusBar(m_status);

    for (QWidget *widget :
         {static_cast<QWidget *>(m_form->kickerEdit()),
          static_cast<QWidget *>(m_form->headlineEdit()),
          static_cast<QWidget *>(m_form->deckEdit()), static_cast<QWidget *>(m_form->bylineEdit()),
          static_cast<QWidget *>(m_form->bodyEditor()), static_cast<QWidget *>(m_source)})
        m_appearance->addWidget(widget);
    for (QWidget *widget :
         {m_form->bodyEditor()->viewport(), m_source->viewport(), m_list->viewport(),
          static_cast<QWidget *>(m_form->kickerEdit()),
          static_cast<QWidget *>(m_form->headlineEdit()),
          static_cast<QWidget *>(m_form->deckEdit()), static_cast<QWidget *>(m_form->bylineEdit())})
        acceptFileDrops(widget);

    connect(m_list, &ArticleListView::currentRowChanged, this, &MainWindow::onCurrentRowChanged);
    // A move or removal shifts the current article's row without changing it.
    ArticleModel *model = m_document->model();
    auto resync = [this] { onCurrentRowChanged(m_list->currentRow()); };
    connect(model, &QAbstractItemModel::rowsMoved, this, resync);
    connect(model, &QAbstractItemModel::rowsInserted, this, resync);
    connect(model, &QAbstractItemModel::rowsRemoved, this, resync);

    m_find = new FindController(model, m_list, m_form, this);
    m_structure = new StructureActions(m_document, m_list, m_form, this);
    m_list->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_list->addActions(m_structure->listActions());

    m_review = new ReviewController(m_document, m_list, m_form, m_source, m_status, this);
    addDockWidget(Qt::RightDockWidgetArea, m_review->rulesView());
    m_pages = new PageController(m_document, m_form, m_source, m_review, m_pageView, this);
    m_pageView->hide();

    m_undoDock = new QDockWidget(tr("Undo History"), this);
    m_undoDock->setObjectName(QStringLiteral("undoDock"));
    auto *undoView = new QUndoView(m_document->undoStack(), m_undoDock);
    undoView->setEmptyLabel(tr("<opened>"));
    m_undoDock->setWidget(undoView);
    addDockWidget(Qt::RightDockWidgetArea, m_undoDock);
    m_undoDock->hide();
}

QAction *MainWindow::addAction(QMenu *menu, const QString &objectName, const QString &text,
                               const QList<QKeySequence> &shortcuts) {
    QAction *action = menu->addAction(text);
    action->setObjectName(objectName);
    // A platform's standard key may equal the fallback given beside it; the
    // same key twice on one action would make the shortcut ambiguous.
    QList<QKeySequence> distinct;
    for (const QKeySequence &shortcut : shortcuts) {
        if (!shortcut.isEmpty() && !distinct.contains(shortcut))
            distinct.append(shortcut);
    }
    action->setShortcuts(distinct);
    return action;
}

void MainWindow::createFileMenu() {
    QMenu *menu = menuBar()->addMenu(tr("&File"));
    connect(addAction(menu, QStringLiteral("actionOpen"), tr("&Open…"), {QKeySequence::Open}),
            &QAction::triggered, this, &MainWindow::openWithDialog);
    QMenu *recent = menu->addMenu(tr("Open &Recent"));
    recent->menuAction()->setObjectName(QStringLiteral("actionOpenRecent"));
    m_recent->attachMenu(recent);
    menu->addSeparator();
    connect(addAction(menu, QStringLiteral("actionSave"), tr("&Save"), {QKeySequence::Save}),
            &QAction::triggered, this, &MainWindow::save);
    connect(addAction(menu, QStringLiteral("actionSaveAs"), tr("Save &As…"),
                      {QKeySequence::SaveAs, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S)}),
            &QAction::triggered, this, &MainWindow::saveAs);
    connect(addAction(menu, QStringLiteral("actionReload"), tr("Re&load from Disk"),
                      {QKeySequence(Qt::Key_F5)}),
            &QAction::triggered, this, &MainWindow::reloadFromDisk);
    menu->addSeparator();
    connect(addAction(menu, QStringLiteral("actionExport"), tr("&Export…"),
                      {QKeySequence(Qt::CTRL | Qt::Key_E)}),
            &QAction::triggered, this, &MainWindow::showExportDialog);
    connect(addAction(menu, QStringLiteral("actionQuickExport"), tr("&Quick Export"),
                      {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E)}),
            &QAction::triggered, this, &MainWindow::exportPage);
    menu->addSeparator();
    connect(addAction(menu, QStringLiteral("actionPrintPreview"), tr("Print Pre&view…")),
            &QAction::triggered, this,
            [this] { showPrintPreview(m_document->bulletin(), PdfOptions{}, this); });
    connect(addAction(menu, QStringLiteral("actionPrint"), tr("&Print…"), {QKeySequence::Print}),
            &QAction::triggered, this,
            [this] { printBulletin(m_document->bulletin(), PdfOptions{}, this); });
    menu->addSeparator();
    connect(addAction(menu, QStringLiteral("actionQuit"), tr("&Quit"),
                      {QKeySequence::Quit, QKeySequence(Qt::CTRL | Qt::Key_Q)}),
            &QAction::triggered, this, &QWidget::close);
}

void MainWindow::forwardToFocus(const char *slot) {
    // Cut, copy and paste belong to whichever text widget has the focus.
    QWidget *focus = QApplication::focusWidget();
    if (qobject_cast<QLineEdit *>(focus) || qobject_cast<QTextEdit *>(focus) ||
        qobject_cast<QPlainTextEdit *>(focus))
        QMetaObject::invokeMethod(focus, slot);
}

void MainWindow::createEditMenu() {
    QMenu *menu = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_document->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("actionUndo"));
    undo->setShortcuts(QKeySequence::Undo);
    QAction *redo = m_document->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("actionRedo"));
    redo->setShortcuts(QKeySequence::Redo);
    menu->addAction(undo);
    menu->addAction(redo);
    menu->addSeparator();
    connect(addAction(menu, QStringLiteral("actionCut"), tr("Cu&t"), {QKeySequence::Cut}),
            &QAction::triggered, this, [this] { forwardToFocus("cut"); });
    connect(addAction(menu, QStringLiteral("actionCopy"), tr("&Copy"), {QKeySequence::Copy}),
            &QAction::triggered, this, [this] { forwardToFocus("copy"); });
    connect(addAction(menu, QStringLiteral("actionPaste"), tr("&Paste"), {QKeySequence::Paste}),
            &QAction::triggered, this, [this] { forwardToFocus("paste"); });
    connect(addAction(menu, QStringLiteral("actionSelectAll"), tr("Select A&ll"),
                      {QKeySequence::SelectAll}),
            &QAction::triggered, this, [this] { forwardToFocus("selectAll"); });
    menu->addSeparator();
    connect(addAction(menu, QStringLiteral("actionFind"), tr("&Find…"), {QKeySequence::Find}),
            &QAction::triggered, this, [this] { showFind(false); });
    connect(addAction(menu, QStringLiteral("actionReplace"), tr("R&eplace…"),
                      {QKeySequence(Qt::CTRL | Qt::Key_H)}),
            &QAction::triggered, this, [this] { showFind(true); });
    connect(addAction(menu, QStringLiteral("actionFindNext"), tr("Find &Next"),
                      {QKeySequence::FindNext, QKeySequence(Qt::Key_F3)}),
            &QAction::triggered, this, [this] {
                if (findReplaceDialog()->findEdit()->text().isEmpty())
                    showFind(false);
                else
                    findReplaceDialog()->findNext();
            });
    connect(addAction(menu, QStringLiteral("actionFindPrevious"), tr("Find Pre&vious"),
                      {QKeySequence::FindPrevious, QKeySequence(Qt::SHIFT | Qt::Key_F3)}),
            &QAction::triggered, this, [this] {
                if (findReplaceDialog()->findEdit()->text().isEmpty())
                    showFind(false);
                else
                    findReplaceDialog()->findPrevious();
            });
    menu->addSeparator();
    connect(addAction(menu, QStringLiteral("actionPreferences"), tr("Pre&ferences…"),
                      {QKeySequence::Preferences, QKeySequence(Qt::CTRL | Qt::Key_Comma)}),
            &QAction::triggered, this, &MainWindow::showPreferences);
}

void MainWindow::createViewMenu() {
    QMenu *menu = menuBar()->addMenu(tr("&View"));
    connect(addAction(menu, QStringLiteral("actionZoomIn"), tr("Zoom &In"),
                      {QKeySequence(Qt::CTRL | Qt::Key_Equal), QKeySequence::ZoomIn}),
            &QAction::triggered, m_appearance, &TextAppearance::zoomIn);
    connect(addAction(menu, QStringLiteral("actionZoomOut"), tr("Zoom &Out"),
                      {QKeySequence(Qt::CTRL | Qt::Key_Minus), QKeySequence::ZoomOut}),
            &QAction::triggered, m_appearance, &TextAppearance::zoomOut);
    connect(addAction(menu, QStringLiteral("actionZoomReset"), tr("&Reset Zoom"),
                      {QKeySequence(Qt::CTRL | Qt::Key_0)}),
            &QAction::triggered, m_appearance, [this] { m_appearance->setZoom(0); });
    menu->addSeparator();
    m_showWhitespace =
        addAction(menu, QStringLiteral("actionShowWhitespace"), tr("Show &Whitespace"),
                  {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W)});
    m_showWhitespace->setCheckable(true);
    connect(m_showWhitespace, &QAction::toggled, this, [this](bool show) {
        m_form->bodyEditor()->setShowWhitespace(show);
        m_source->setShowWhitespace(show);
        if (m_preferences.showWhitespace != show) {
            m_preferences.showWhitespace = show;
            m_preferences.save();
        }
    });
    QAction *sourceToggle = addAction(menu, QStringLiteral("actionShowSource"), tr("&Source Pane"),
                                      {QKeySequence(Qt::Key_F9)});
    sourceToggle->setCheckable(true);
    sourceToggle->setChecked(true);
    connect(sourceToggle, &QAction::toggled, m_source, &QWidget::setVisible);
    m_showPage = addAction(menu, QStringLiteral("actionShowPage"), tr("Pag&e Image"),
                           {QKeySequence(Qt::SHIFT | Qt::Key_F9)});
    m_showPage->setCheckable(true);
    m_showPage->setChecked(true);
    m_showPage->setStatusTip(tr("Show the scan beside the text"));
    connect(m_showPage, &QAction::toggled, this, &MainWindow::updatePageViewVisibility);
    connect(m_pageView, &PageView::scanAvailabilityChanged, this,
            &MainWindow::updatePageViewVisibility);
    createPageMenu(menu->addMenu(tr("Pa&ge")));
    QAction *undoToggle = m_undoDock->toggleViewAction();
    undoToggle->setObjectName(QStringLiteral("actionShowUndoHistory"));
    undoToggle->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_Z));
    menu->addAction(undoToggle);
    menu->addSeparator();
    connect(addAction(menu, QStringLiteral("actionNextPane"), tr("Ne&xt Pane"),
                      {QKeySequence(Qt::Key_F6)}),
            &QAction::triggered, this, [this] { focusNextPane(true); });
    connect(addAction(menu, QStringLiteral("actionPreviousPane"), tr("Pre&vious Pane"),
                      {QKeySequence(Qt::SHIFT | Qt::Key_F6)}),
            &QAction::triggered, this, [this] { focusNextPane(false); });
    connect(addAction(menu, QStringLiteral("actionNextArticle"), tr("&Next Article"),
                      {QKeySequence(Qt::CTRL | Qt::Key_PageDown)}),
            &QAction::triggered, this, [this] { selectNeighbourArticle(1); });
    connect(addAction(menu, QStringLiteral("actionPreviousArticle"), tr("&Previous Article"),
                      {QKeySequence(Qt::CTRL | Qt::Key_PageUp)}),
            &QAction::triggered, this, [this] { selectNeighbourArticle(-1); });
}

void MainWindow::createPageMenu(QMenu *menu) {
    menu->menuAction()->setObjectName(QStringLiteral("menuPage"));
    // Keys of their own: Ctrl+= and Ctrl+- size the text.
    connect(addAction(menu, QStringLiteral("actionPageZoomIn"), tr("Zoom &In"),
                      {QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_Equal)}),
            &QAction::triggered, m_pageView, &PageView::zoomIn);
    connect(addAction(menu, QStringLiteral("actionPageZoomOut"), tr("Zoom &Out"),
                      {QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_Minus)}),
            &QAction::triggered, m_pageView, &PageView::zoomOut);
    connect(addAction(menu, QStringLiteral("actionPageFitWidth"), tr("&Fit Width"),
                      {QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_9)}),
            &QAction::triggered, m_pageView, &PageView::fitWidth);
    connect(addAction(menu, QStringLiteral("actionPageActualSize"), tr("&Actual Size"),
                      {QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_0)}),
            &QAction::triggered, m_pageView, &PageView::actualSize);
    menu->addSeparator();
    connect(addAction(menu, QStringLiteral("actionPageNext"), tr("&Next Page"),
                      {QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_PageDown)}),
            &QAction::triggered, m_pageView,
            [this] { m_pageView->showPage(m_pageView->currentPage() + 1); });
    connect(addAction(menu, QStringLiteral("actionPagePrevious"), tr("&Previous Page"),
                      {QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_PageUp)}),
            &QAction::triggered, m_pageView,
            [this] { m_pageView->showPage(m_pageView->currentPage() - 1); });
    menu->setEnabled(false);
    connect(m_pageView, &PageView::scanAvailabilityChanged, menu, &QMenu::setEnabled);
}

void MainWindow::updatePageViewVisibility() {
    // Plain text has no page to show: the pane goes, the choice stays.
    m_showPage->setEnabled(m_pageView->hasScan());
    const bool show = m_pageView->hasScan() && m_showPage->isChecked();
    if (show == m_pageView->isVisible())
        return;
    m_pageView->setVisible(show);
    // A pane hidden when the window last closed comes back at its minimum
    // width: give the page two fifths of the window.
    QList<int> sizes = m_splitter->sizes();
    const int pageIndex = m_splitter->indexOf(m_pageView);
    const int total = std::accumulate(sizes.begin(), sizes.end(), 0);
    if (show && total > 0 && sizes.at(pageIndex) < total / 5) {
        const int others = total - sizes.at(pageIndex);
        for (int &size : sizes)
            size = others > 0 ? size * 3 / 5 * total / others : 0;
        sizes[pageIndex] = total * 2 / 5;
        m_splitter->setSizes(sizes);
    }
}

void MainWindow::createArticleMenu() {
    QMenu *menu = menuBar()->addMenu(tr("&Article"));
    m_structure->addToMenu(menu);
    m_review->addToMenu(menuBar()->addMenu(tr("&Review")));
}

void MainWindow::createHelpMenu() {
    m_helpMenu = menuBar()->addMenu(tr("&Help"));
    m_helpMenu->addMenu(new LanguageMenu(m_helpMenu));
    m_helpMenu->addSeparator();
    connect(addAction(m_helpMenu, QStringLiteral("actionAbout"), tr("&About Galley")),
            &QAction::triggered, this, [this] { showAboutDialog(this); });
    QAction *aboutQt = addAction(m_helpMenu, QStringLiteral("actionAboutQt"), tr("About &Qt"));
    connect(aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::acceptFileDrops(QWidget *widget) {
    widget->installEventFilter(this);
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event) {
    // A file dropped anywhere on the window opens it, even over a text field
    // that would otherwise paste its name.
    if (event->type() == QEvent::DragEnter || event->type() == QEvent::DragMove) {
        auto *drag = static_cast<QDragMoveEvent *>(event);
        if (!droppedFile(drag->mimeData()).isEmpty()) {
            drag->acceptProposedAction();
            return true;
        }
    } else if (event->type() == QEvent::Drop) {
        auto *drop = static_cast<QDropEvent *>(event);
        const QString file = droppedFile(drop->mimeData());
        if (!file.isEmpty()) {
            drop->acceptProposedAction();
            openFile(file);
            return true;
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event) {
    if (!droppedFile(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event) {
    const QString file = droppedFile(event->mimeData());
    if (file.isEmpty())
        return;
    event->acceptProposedAction();
    openFile(file);
}

QString MainWindow::bundledSamplePath() {
    const QString besideBinary =
        QCoreApplication::applicationDirPath() + QStringLiteral("/../share/") + sampleName;
    if (QFileInfo(besideBinary).isFile())
        return QFileInfo(besideBinary).canonicalFilePath();
    const QString installed =
        QStandardPaths::locate(QStandardPaths::GenericDataLocation, sampleName);
    if (!installed.isEmpty())
        return installed;
    return QStringLiteral(":/samples/union-bulletin-zh.txt");
}

bool MainWindow::openFile(const QString &path) {
    if (!QFileInfo(path).isFile()) {
        const QString error =
            tr("Cannot open \"%1\": no such file").arg(QDir::toNativeSeparators(path));
        m_recent->remove(path);
        MessageBox::critical(this, tr("Open Failed"), error);
        Q_EMIT openFailed(error);
        return false;
    }
    if (!maybeSave())
        return false;
    m_undoIndexAtOpen = m_document->undoStack()->index();
    m_loader->start(path, m_preferences.importOptions());
    return true;
}

void MainWindow::openWithDialog() {
    const QString dir = m_document->filePath().isEmpty()
                            ? QFileInfo(m_document->sourceFile()).path()
                            : QFileInfo(m_document->filePath()).path();
    const QString path = fileDialog()->getOpenFileName(
        this, tr("Open Page"), dir,
        tr("Pages (*.txt *.galley *.png *.jpg *.jpeg *.tif *.tiff *.pdf *.hocr *.html *.xml);;"
           "OCR text (*.txt);;Scans (*.png *.jpg *.jpeg *.tif *.tiff *.pdf);;"
           "hOCR and ALTO (*.hocr *.html *.xml);;Galley projects (*.galley);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

void MainWindow::onLoaded(const ImportResult &result, const QString &path) {
    m_status->hideLoading();
    // Edits made while the file was loading were not covered by the question
    // asked before: ask again.
    if (m_document->undoStack()->index() != m_undoIndexAtOpen && !maybeSave())
        return;
    m_document->setBulletin(result.bulletin);
    const bool isResource = path.startsWith(u':');
    m_document->setFilePath(result.isProject ? QFileInfo(path).absoluteFilePath() : QString());
    m_recent->add(isResource ? path : QFileInfo(path).absoluteFilePath());
    m_disk->watch(fileOnDisk());
    m_list->selectRow(0);
    m_status->showMessage(tr("Opened %1").arg(QFileInfo(path).fileName()), 3000);
    Q_EMIT documentOpened(path);
}

void MainWindow::onLoadFailed(const QString &error, const QString &) {
    m_status->hideLoading();
    MessageBox::critical(this, tr("Open Failed"), error);
    Q_EMIT openFailed(error);
}

// The file the page was read from: its project, else the OCR file imported.
QString MainWindow::fileOnDisk() const {
    if (!m_document->filePath().isEmpty())
        return m_document->filePath();
    const QString source = m_document->sourceFile();
    return source.startsWith(u':') || !QFileInfo(source).isFile() ? QString() : source;
}

bool MainWindow::reloadFromDisk() {
    if (fileOnDisk().isEmpty() || !maybeSave())
        return false;
    startReload();
    return true;
}

// Opens the file again without asking to save: the caller has asked.
void MainWindow::startReload() {
    m_undoIndexAtOpen = m_document->undoStack()->index();
    m_loader->start(fileOnDisk(), m_preferences.importOptions());
}

void MainWindow::onChangedOnDisk(const QString &path) {
    const QString name = QFileInfo(path).fileName();
    const bool modified = m_document->isModified();
    const MessageBox::Button answer = MessageBox::question(
        this, tr("File Changed on Disk"),
        tr("The file \"%1\" was changed by another program.").arg(name),
        QMessageBox::Yes | QMessageBox::No, modified ? QMessageBox::No : QMessageBox::Yes,
        modified ? tr("Reload it and lose your unsaved changes, or keep your version? Saving "
                      "your version replaces the other program's.")
                 : tr("Reload it to see the other program's version?"),
        {{QMessageBox::Yes, modified ? tr("&Reload and Lose Changes") : tr("&Reload")},
         {QMessageBox::No, modified ? tr("&Keep My Version") : tr("&Ignore")}});
    if (answer == QMessageBox::Yes) {
        startReload();
        return;
    }
    // What is on disk is no longer what the window shows: closing must ask.
    m_document->undoStack()->resetClean();
}

void MainWindow::onRemovedFromDisk(const QString &path) {
    MessageBox::warning(this, tr("File Removed"),
                        tr("The file \"%1\" was deleted or moved by another program. Save the "
                           "page to keep it on disk.")
                            .arg(QDir::toNativeSeparators(path)));
    m_document->undoStack()->resetClean();
}

void MainWindow::onCurrentRowChanged(int row) {
    // The list's current row moves with the article; only the form follows
    // it by itself (a persistent index), the other panes are told here.
    if (m_form->currentRow() != row)
        m_form->setCurrentRow(row);
    m_source->setCurrentRow(row);
    m_pages->setCurrentRow(row);
    m_status->setCurrentRow(row);
}

void MainWindow::updateTitle() {
    QString name;
    if (!m_document->filePath().isEmpty())
        name = QFileInfo(m_document->filePath()).fileName();
    else if (!m_document->sourceFile().isEmpty())
        name = QFileInfo(m_document->sourceFile()).fileName();
    else
        name = tr("Untitled");
    setWindowTitle(name + QStringLiteral("[*]"));
    setWindowModified(m_document->isModified());
}

bool MainWindow::maybeSave() {
    if (!m_document->isModified())
        return true;
    const MessageBox::Button answer = MessageBox::question(
        this, tr("Unsaved Changes"),
        tr("The page \"%1\" has unsaved changes.").arg(windowTitle().remove(QStringLiteral("[*]"))),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save,
        tr("Do you want to save them?"));
    switch (answer) {
    case QMessageBox::Save:
        return save();
    case QMessageBox::Discard:
        return true;
    default:
        return false;
    }
}

bool MainWindow::save() {
    if (m_document->filePath().isEmpty())
        return saveAs();
    return saveTo(m_document->filePath());
}

bool MainWindow::saveAs() {
    QString suggestion = m_document->filePath();
    if (suggestion.isEmpty()) {
        const QFileInfo source(m_document->sourceFile());
        const QString dir =
            m_document->sourceFile().startsWith(u':')
                ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                : source.path();
        suggestion = dir + u'/' + source.completeBaseName() + QStringLiteral(".galley");
    }
    QString path = fileDialog()->getSaveFileName(this, tr("Save Page As"), suggestion,
                                                 tr("Galley projects (*.galley)"));
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".galley");
    return saveTo(path);
}

bool MainWindow::saveTo(const QString &path) {
    const QByteArray contents = ProjectFile::toJson(m_document->bulletin(), path);
    m_recovery->prepareForSave(path, contents);
    QString error;
    if (!writeFileContents(path, contents, &error)) {
        MessageBox::critical(this, tr("Save Failed"), error);
        return false;
    }
    m_document->setFilePath(QFileInfo(path).absoluteFilePath());
    m_document->markSaved();
    m_disk->watch(path);
    m_recent->add(path);
    m_status->showMessage(tr("Saved %1").arg(QFileInfo(path).fileName()), 3000);
    return true;
}

QString MainWindow::exportPage() {
    const QString base = !m_document->filePath().isEmpty() ? m_document->filePath()
                         : m_document->sourceFile().startsWith(u':')
                             ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) +
                                   u'/' + QFileInfo(m_document->sourceFile()).fileName()
                             : m_document->sourceFile();
    const QString written =
        exportBulletin(this, m_document->bulletin(), base, m_preferences.exportFormat);
    if (!written.isEmpty())
        m_status->showMessage(tr("Exported %1").arg(QFileInfo(written).fileName()), 3000);
    return written;
}

void MainWindow::showExportDialog() {
    QList<int> rows;
    for (const QModelIndex &index : m_list->selectionModel()->selectedRows())
        rows.append(index.row());
    auto *dialog = new ExportDialog(m_document, rows, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFormat(m_preferences.exportFormat);
    connect(dialog, &ExportDialog::exportFinished, this, [this](const ExportResult &result) {
        if (!result.files.isEmpty())
            m_status->showMessage(tr("Exported %n file(s)", "", int(result.files.size())), 3000);
    });
    dialog->open();
}

bool MainWindow::offerRecovery() {
    const QList<RecoveryEntry> entries = RecoveryManager::orphanedEntries();
    for (const RecoveryEntry &entry : entries) {
        const QString name =
            QFileInfo(!entry.filePath.isEmpty() ? entry.filePath : entry.sourceFile).fileName();
        const MessageBox::Button answer = MessageBox::question(
            this, tr("Recover Unsaved Work"),
            tr("Galley was closed without saving the changes to \"%1\".").arg(name),
            QMessageBox::Yes | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Yes,
            tr("A copy was saved automatically at %1. Recover it, discard it for good, or "
               "decide at the next start?")
                .arg(QLocale().toString(entry.savedAt.toLocalTime(), QLocale::ShortFormat)),
            {{QMessageBox::Yes, tr("&Recover")},
             {QMessageBox::Discard, tr("&Discard")},
             {QMessageBox::Cancel, tr("Ask &Later")}});
        if (answer == QMessageBox::Cancel)
            return false;
        if (answer == QMessageBox::Discard) {
            RecoveryManager::remove(entry);
            continue;
        }
        Bulletin bulletin;
        QString error;
        if (!RecoveryManager::read(entry, &bulletin, &error)) {
            MessageBox::critical(this, tr("Recovery Failed"), error);
            continue;
        }
        m_loader->cancel();
        m_document->setBulletin(bulletin);
        m_document->setFilePath(entry.filePath);
        // The recovered text is not on disk yet: the page is modified.
        m_document->undoStack()->resetClean();
        m_disk->watch(fileOnDisk());
        RecoveryManager::remove(entry);
        m_list->selectRow(0);
        return true;
    }
    return false;
}

FindReplaceDialog *MainWindow::findReplaceDialog() {
    if (!m_findDialog) {
        m_findDialog = new FindReplaceDialog(m_find, this);
        m_findDialog->setObjectName(QStringLiteral("findReplaceDialog"));
    }
    return m_findDialog;
}

void MainWindow::showFind(bool replaceMode) {
    QString selected;
    if (auto *edit = qobject_cast<QLineEdit *>(QApplication::focusWidget()))
        selected = edit->selectedText();
    else if (auto *text = qobject_cast<QPlainTextEdit *>(QApplication::focusWidget()))
        selected = text->textCursor().selectedText();
    else if (auto *rich = qobject_cast<QTextEdit *>(QApplication::focusWidget()))
        selected = rich->textCursor().selectedText();
    findReplaceDialog()->showFor(selected, replaceMode);
}

void MainWindow::showPreferences() {
    PreferencesDialog dialog(m_preferences, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    applyPreferences(dialog.preferences());
    m_preferences.save();
}

void MainWindow::applyPreferences(const Preferences &preferences) {
    m_preferences = preferences;
    m_appearance->setFonts(preferences.latinFont, preferences.cjkFont, preferences.fontSize);
    m_showWhitespace->setChecked(preferences.showWhitespace);
    m_form->bodyEditor()->setShowWhitespace(preferences.showWhitespace);
    m_source->setShowWhitespace(preferences.showWhitespace);
    m_recovery->setInterval(std::chrono::seconds(preferences.autosaveSeconds));
}

void MainWindow::focusNextPane(bool forward) {
    const QList<QWidget *> panes{m_list, m_form->headlineEdit(), m_form->bodyEditor(), m_source,
                                 m_pageView};
    QWidget *focus = QApplication::focusWidget();
    qsizetype current = -1;
    for (qsizetype i = 0; i < panes.size(); ++i) {
        if (focus && (focus == panes.at(i) || panes.at(i)->isAncestorOf(focus)))
            current = i;
    }
    if (focus && m_form->isAncestorOf(focus) && current < 0)
        current = 1;
    qsizetype next = current;
    for (qsizetype step = 0; step < panes.size(); ++step) {
        next = (next + (forward ? 1 : panes.size() - 1)) % panes.size();
        if (panes.at(next)->isVisible() && panes.at(next)->isEnabled())
            break;
    }
    panes.at(next)->setFocus(Qt::ShortcutFocusReason);
}

void MainWindow::selectNeighbourArticle(int step) {
    const int row = m_list->currentRow() + step;
    if (row >= 0 && row < m_document->model()->rowCount())
        m_list->selectRow(row);
}

void MainWindow::closeEvent(QCloseEvent *event) {
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    m_loader->cancel();
    writeSettings();
    m_recovery->discard();
    event->accept();
}

void MainWindow::readSettings() {
    const QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1280, 800);
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    if (!m_splitter->restoreState(settings.value(QStringLiteral("window/panes")).toByteArray()))
        m_splitter->setSizes({240, 520, 360, 520});
}

void MainWindow::writeSettings() const {
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/panes"), m_splitter->saveState());
}

} // namespace galley
