#include "exportdialog.h"

#include "document/document.h"
#include "filedialog.h"
#include "formats/formatregistry.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPromise>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace galley {

namespace {

constexpr int progressSteps = 1000;

bool isPaged(const QString &formatId) {
    return formatId == u"pdf" || formatId == u"docx" || formatId == u"odt";
}

QString extensionOf(const QString &formatId) {
    const std::unique_ptr<BulletinWriter> writer = createWriter(formatId);
    return writer ? writer->fileExtension() : formatId;
}

// `path` without its extension: the folder one file per article goes into.
QString withoutExtension(const QString &path) {
    const QFileInfo info(path);
    return info.suffix().isEmpty() ? path : info.dir().filePath(info.completeBaseName());
}

} // namespace

ExportDialog::ExportDialog(Document *document, const QList<int> &selectedRows, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_selectedRows(selectedRows) {
    setWindowTitle(tr("Export"));
    buildUi();
    connect(&m_watcher, &QFutureWatcher<ExportResult>::progressValueChanged, m_progress,
            &QProgressBar::setValue);
    connect(&m_watcher, &QFutureWatcher<ExportResult>::finished, this, &ExportDialog::finished);

    const QString source =
        m_document->filePath().isEmpty() ? m_document->sourceFile() : m_document->filePath();
    const QString base =
        source.isEmpty() ? QDir::home().filePath(tr("bulletin"))
                         : QFileInfo(source).dir().filePath(QFileInfo(source).completeBaseName());
    m_destination->setText(base + u'.' + extensionOf(format()));
    if (!m_selectedRows.isEmpty() && m_selectedRows.size() < m_document->model()->rowCount())
        m_selected->setChecked(true);
    formatChanged();
}

ExportDialog::~ExportDialog() {
    // A running export stops at its next step and removes what it wrote; it
    // works on copies, so it may outlive the dialog.
    if (m_cancel)
        m_cancel->store(true);
}

void ExportDialog::buildUi() {
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    layout->addLayout(form);

    m_format = new QComboBox(this);
    for (const QString &id : exportFormatIds()) {
        const std::unique_ptr<BulletinWriter> writer = createWriter(id);
        // A project is saved with File ▸ Save As, not exported.
        if (writer && id != u"galley")
            m_format->addItem(
                QStringLiteral("%1 (*.%2)").arg(writer->displayName(), writer->fileExtension()),
                id);
    }
    form->addRow(tr("&Format:"), m_format);

    const int articles = m_document->model()->rowCount();
    auto *scopeBox = new QVBoxLayout;
    m_whole = new QRadioButton(tr("The &whole page"), this);
    m_selected = new QRadioButton(
        tr("The &selected articles (%1 of %2)").arg(m_selectedRows.size()).arg(articles), this);
    m_perArticle = new QRadioButton(tr("One file per &article, named from its headline"), this);
    m_whole->setChecked(true);
    m_selected->setEnabled(!m_selectedRows.isEmpty());
    for (QRadioButton *button : {m_whole, m_selected, m_perArticle}) {
        scopeBox->addWidget(button);
        connect(button, &QRadioButton::toggled, this, [this](bool on) {
            if (on)
                scopeChanged();
        });
    }
    form->addRow(tr("Export:"), scopeBox);

    auto *destinationRow = new QHBoxLayout;
    m_destination = new QLineEdit(this);
    m_browse = new QPushButton(tr("&Browse…"), this);
    destinationRow->addWidget(m_destination, 1);
    destinationRow->addWidget(m_browse);
    auto *destinationLabel = new QLabel(tr("&To:"), this);
    destinationLabel->setBuddy(m_destination);
    form->addRow(destinationLabel, destinationRow);
    connect(m_browse, &QPushButton::clicked, this, &ExportDialog::browse);

    auto *pageBox = new QGroupBox(tr("Page"), this);
    m_pageGroup = pageBox;
    auto *pageForm = new QFormLayout(pageBox);
    m_pageSize = new QComboBox(pageBox);
    m_pageSize->addItem(tr("A4"), int(QPageSize::A4));
    m_pageSize->addItem(tr("US Letter"), int(QPageSize::Letter));
    pageForm->addRow(tr("&Paper:"), m_pageSize);
    m_columns = new QComboBox(pageBox);
    m_columns->addItem(tr("One column"), 1);
    m_columns->addItem(tr("Two columns"), 2);
    pageForm->addRow(tr("C&olumns:"), m_columns);
    m_margin = new QDoubleSpinBox(pageBox);
    m_margin->setRange(5.0, 50.0);
    m_margin->setDecimals(0);
    m_margin->setSuffix(tr(" mm"));
    pageForm->addRow(tr("&Margins:"), m_margin);
    m_header = new QCheckBox(tr("Running &header with the title"), pageBox);
    pageForm->addRow(m_header);
    auto *dateRow = new QHBoxLayout;
    m_dated = new QCheckBox(tr("and the &date"), pageBox);
    m_date = new QDateEdit(QDate::currentDate(), pageBox);
    m_date->setCalendarPopup(true);
    dateRow->addWidget(m_dated);
    dateRow->addWidget(m_date, 1);
    pageForm->addRow(dateRow);
    m_pageNumbers = new QCheckBox(tr("Page &numbers"), pageBox);
    pageForm->addRow(m_pageNumbers);
    layout->addWidget(pageBox);
    connect(m_header, &QCheckBox::toggled, this, &ExportDialog::formatChanged);
    connect(m_dated, &QCheckBox::toggled, this, &ExportDialog::formatChanged);

    m_progress = new QProgressBar(this);
    m_progress->setRange(0, progressSteps);
    m_progress->setVisible(false);
    layout->addWidget(m_progress);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    m_buttons = new QDialogButtonBox(this);
    m_exportButton = m_buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    m_cancelButton = m_buttons->addButton(QDialogButtonBox::Cancel);
    m_exportButton->setDefault(true);
    layout->addWidget(m_buttons);
    connect(m_exportButton, &QPushButton::clicked, this, &ExportDialog::startExport);
    connect(m_cancelButton, &QPushButton::clicked, this, &ExportDialog::reject);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::formatChanged);

    PdfOptions defaults;
    defaults.date = QDate::currentDate();
    setPageOptions(defaults);
}

void ExportDialog::setFormat(const QString &formatId) {
    const int index = m_format->findData(formatId);
    if (index >= 0)
        m_format->setCurrentIndex(index);
}

QString ExportDialog::format() const {
    return m_format->currentData().toString();
}

void ExportDialog::setScope(ExportScope scope) {
    switch (scope) {
    case ExportScope::WholeBulletin:
        m_whole->setChecked(true);
        break;
    case ExportScope::SelectedArticles:
        if (m_selected->isEnabled())
            m_selected->setChecked(true);
        break;
    case ExportScope::ArticlePerFile:
        m_perArticle->setChecked(true);
        break;
    }
}

ExportScope ExportDialog::scope() const {
    if (m_perArticle->isChecked())
        return ExportScope::ArticlePerFile;
    return m_selected->isChecked() ? ExportScope::SelectedArticles : ExportScope::WholeBulletin;
}

void ExportDialog::setDestination(const QString &path) {
    m_destination->setText(path);
}

QString ExportDialog::destination() const {
    return m_destination->text().trimmed();
}

void ExportDialog::setPageOptions(const PdfOptions &options) {
    m_pageSize->setCurrentIndex(std::max(0, m_pageSize->findData(int(options.pageSize))));
    m_columns->setCurrentIndex(std::max(0, m_columns->findData(options.columns)));
    m_margin->setValue(options.marginsMm.left());
    m_header->setChecked(options.runningHeader);
    m_dated->setChecked(options.date.isValid());
    if (options.date.isValid())
        m_date->setDate(options.date);
    m_pageNumbers->setChecked(options.pageNumbers);
}

PdfOptions ExportDialog::pageOptions() const {
    PdfOptions options;
    options.pageSize = QPageSize::PageSizeId(m_pageSize->currentData().toInt());
    options.columns = m_columns->currentData().toInt();
    // The same margin all round, but less at the head and foot, where the
    // running header and page numbers already leave room.
    const qreal margin = m_margin->value();
    options.marginsMm = QMarginsF(margin, margin * 0.9, margin, margin * 0.9);
    options.runningHeader = m_header->isChecked();
    options.date = m_header->isChecked() && m_dated->isChecked() ? m_date->date() : QDate();
    options.pageNumbers = m_pageNumbers->isChecked();
    return options;
}

ExportRequest ExportDialog::request() const {
    ExportRequest request;
    request.formatId = format();
    request.scope = scope();
    // One file per article covers every article.
    if (request.scope == ExportScope::SelectedArticles)
        request.rows = m_selectedRows;
    request.destination = destination();
    request.pageOptions = pageOptions();
    return request;
}

bool ExportDialog::isExporting() const {
    return m_watcher.isRunning();
}

void ExportDialog::browse() {
    if (scope() == ExportScope::ArticlePerFile) {
        const QString folder =
            QFileDialog::getExistingDirectory(this, tr("Export Into Folder"), destination());
        if (!folder.isEmpty())
            setDestination(folder);
        return;
    }
    const std::unique_ptr<BulletinWriter> writer = createWriter(format());
    const QString filter =
        QStringLiteral("%1 (*.%2)").arg(writer->displayName(), writer->fileExtension());
    QString path = fileDialog()->getSaveFileName(this, tr("Export"), destination(), filter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += u'.' + writer->fileExtension();
    setDestination(path);
}

void ExportDialog::formatChanged() {
    const QString id = format();
    if (scope() != ExportScope::ArticlePerFile && !destination().isEmpty())
        setDestination(withoutExtension(destination()) + u'.' + extensionOf(id));
    const bool pdf = id == u"pdf";
    m_pageGroup->setEnabled(isPaged(id));
    m_header->setEnabled(pdf);
    m_dated->setEnabled(pdf && m_header->isChecked());
    m_date->setEnabled(pdf && m_header->isChecked() && m_dated->isChecked());
    m_pageNumbers->setEnabled(pdf);
}

void ExportDialog::scopeChanged() {
    if (destination().isEmpty())
        return;
    if (scope() == ExportScope::ArticlePerFile)
        setDestination(withoutExtension(destination()));
    else if (QFileInfo(destination()).suffix().isEmpty())
        setDestination(destination() + u'.' + extensionOf(format()));
}

bool ExportDialog::startExport() {
    if (isExporting())
        return false;
    const ExportRequest request = this->request();
    if (request.destination.isEmpty()) {
        m_status->setText(tr("Choose where to export to."));
        return false;
    }
    m_cancel = std::make_shared<std::atomic_bool>(false);
    const std::shared_ptr<std::atomic_bool> cancel = m_cancel;
    const Bulletin bulletin = m_document->bulletin();
    // The export works on copies, so the page may be edited, or the dialog
    // closed, while it runs. Cancel is a flag rather than QFuture::cancel(),
    // so that the result (written or cancelled) always arrives.
    m_watcher.setFuture(
        QtConcurrent::run([bulletin, request, cancel](QPromise<ExportResult> &promise) {
            promise.setProgressRange(0, progressSteps);
            ExportResult result = runExport(bulletin, request, [&](qint64 done, qint64 total) {
                promise.setProgressValue(total > 0 ? int(done * progressSteps / total) : 0);
                return !cancel->load();
            });
            promise.addResult(std::move(result));
        }));
    m_status->setText(tr("Exporting…"));
    setBusy(true);
    return true;
}

void ExportDialog::cancelExport() {
    if (m_cancel && isExporting()) {
        m_cancel->store(true);
        m_status->setText(tr("Cancelling…"));
    }
}

void ExportDialog::reject() {
    if (isExporting()) {
        cancelExport();
        return;
    }
    QDialog::reject();
}

void ExportDialog::finished() {
    m_lastResult = m_watcher.future().resultCount() > 0 ? m_watcher.result() : ExportResult();
    setBusy(false);
    if (m_lastResult.ok) {
        m_status->setText(tr("Exported %n file(s).", nullptr, int(m_lastResult.files.size())));
        Q_EMIT exportFinished(m_lastResult);
        accept();
        return;
    }
    m_status->setText(m_lastResult.cancelled ? tr("The export was cancelled; nothing was written.")
                                             : tr("The export failed: %1").arg(m_lastResult.error));
    Q_EMIT exportFinished(m_lastResult);
}

void ExportDialog::setBusy(bool busy) {
    for (QWidget *widget :
         std::initializer_list<QWidget *>{m_format, m_whole, m_selected, m_perArticle,
                                          m_destination, m_browse, m_pageGroup, m_exportButton}) {
        widget->setEnabled(!busy);
    }
    m_selected->setEnabled(!busy && !m_selectedRows.isEmpty());
    if (!busy)
        formatChanged();
    m_progress->setVisible(busy);
    if (busy)
        m_progress->setValue(0);
}

} // namespace galley
