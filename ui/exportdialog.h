// File ▸ Export: choose the format, what to export (the whole page, the
// selected articles, or one file per article) and, for the paged formats, the
// page setup; the export then runs off the UI thread with progress and Cancel,
// and a cancelled export leaves no file behind.
#pragma once

#include "formats/exportjob.h"

#include <QDialog>
#include <QFutureWatcher>
#include <atomic>
#include <memory>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;

namespace galley {

class Document;

class ExportDialog : public QDialog {
    Q_OBJECT

public:
    // `selectedRows` are the articles selected in the list, for "Selected articles".
    ExportDialog(Document *document, const QList<int> &selectedRows, QWidget *parent = nullptr);
    ~ExportDialog() override;

    void setFormat(const QString &formatId);
    QString format() const;
    void setScope(ExportScope scope);
    ExportScope scope() const;
    // A file for one file, a folder for one file per article.
    void setDestination(const QString &path);
    QString destination() const;
    void setPageOptions(const PdfOptions &options);
    PdfOptions pageOptions() const;

    // The export as the dialog's fields describe it.
    ExportRequest request() const;
    bool isExporting() const;
    // The outcome of the last export.
    ExportResult lastResult() const { return m_lastResult; }

    // Starts the export; false when the fields do not describe one.
    bool startExport();
    // Asks a running export to stop; it then leaves no file behind.
    void cancelExport();

    QPushButton *exportButton() const { return m_exportButton; }
    QPushButton *cancelButton() const { return m_cancelButton; }
    QProgressBar *progressBar() const { return m_progress; }
    QLabel *statusLabel() const { return m_status; }

Q_SIGNALS:
    // Emitted when an export ends, successful or not; on success the dialog then closes.
    void exportFinished(const galley::ExportResult &result);

public Q_SLOTS:
    void reject() override;

private:
    void buildUi();
    void browse();
    void formatChanged();
    void scopeChanged();
    void finished();
    void setBusy(bool busy);

    Document *m_document;
    QList<int> m_selectedRows;
    QFutureWatcher<ExportResult> m_watcher;
    std::shared_ptr<std::atomic_bool> m_cancel;
    ExportResult m_lastResult;

    QComboBox *m_format = nullptr;
    QRadioButton *m_whole = nullptr;
    QRadioButton *m_selected = nullptr;
    QRadioButton *m_perArticle = nullptr;
    QLineEdit *m_destination = nullptr;
    QPushButton *m_browse = nullptr;
    QWidget *m_pageGroup = nullptr;
    QComboBox *m_pageSize = nullptr;
    QComboBox *m_columns = nullptr;
    QDoubleSpinBox *m_margin = nullptr;
    QCheckBox *m_header = nullptr;
    QCheckBox *m_dated = nullptr;
    QDateEdit *m_date = nullptr;
    QCheckBox *m_pageNumbers = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_exportButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
};

} // namespace galley
