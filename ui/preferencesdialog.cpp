#include "preferencesdialog.h"

#include "formats/formatregistry.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFontComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace galley {

namespace {

// A font choice with "system default" as a check box beside it.
QWidget *fontRow(QCheckBox *useSystem, QFontComboBox *font, const QString &family) {
    auto *row = new QWidget;
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(useSystem);
    layout->addWidget(font, 1);
    useSystem->setChecked(family.isEmpty());
    if (!family.isEmpty())
        font->setCurrentFont(QFont(family));
    font->setEnabled(!family.isEmpty());
    QObject::connect(useSystem, &QCheckBox::toggled, font, &QWidget::setDisabled);
    return row;
}

} // namespace

PreferencesDialog::PreferencesDialog(const Preferences &preferences, QWidget *parent)
    : QDialog(parent)
    , m_initial(preferences) {
    setWindowTitle(tr("Preferences"));
    auto *tabs = new QTabWidget(this);
    tabs->addTab(createRepairPage(preferences), tr("&Repair"));
    tabs->addTab(createViewPage(preferences), tr("&Text"));
    tabs->addTab(createFilesPage(preferences), tr("&Files"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tabs);
    layout->addWidget(buttons);
}

QWidget *PreferencesDialog::createRepairPage(const Preferences &preferences) {
    auto *page = new QWidget;
    auto *form = new QFormLayout(page);
    m_language = new QComboBox(page);
    m_language->setObjectName(QStringLiteral("languageBox"));
    m_language->addItem(tr("Detect from the text"), int(text::Language::Auto));
    m_language->addItem(tr("Chinese"), int(text::Language::Chinese));
    m_language->addItem(tr("English"), int(text::Language::English));
    m_language->setCurrentIndex(m_language->findData(int(preferences.language)));
    m_repair = new QCheckBox(tr("Repair line breaks and spacing when opening OCR text"), page);
    m_repair->setChecked(preferences.repair);
    m_spacing = new QComboBox(page);
    m_spacing->setObjectName(QStringLiteral("spacingBox"));
    m_spacing->addItem(tr("Follow the page's own habit"), int(text::CjkLatinSpacing::Consistent));
    m_spacing->addItem(tr("Keep them as scanned"), int(text::CjkLatinSpacing::Keep));
    m_spacing->addItem(tr("Drop them"), int(text::CjkLatinSpacing::Drop));
    m_spacing->addItem(tr("Put one everywhere (中文 English)"), int(text::CjkLatinSpacing::Insert));
    m_spacing->setCurrentIndex(qMax(0, m_spacing->findData(int(preferences.cjkLatinSpacing))));
    connect(m_repair, &QCheckBox::toggled, m_spacing, &QWidget::setEnabled);
    m_spacing->setEnabled(preferences.repair);
    form->addRow(tr("Page &language:"), m_language);
    form->addRow(m_repair);
    form->addRow(tr("&Spaces between CJK and Latin text:"), m_spacing);
    auto *note = new QLabel(tr("These apply to pages opened from now on."), page);
    note->setEnabled(false);
    form->addRow(note);
    return page;
}

QWidget *PreferencesDialog::createViewPage(const Preferences &preferences) {
    auto *page = new QWidget;
    auto *form = new QFormLayout(page);
    m_systemLatinFont = new QCheckBox(tr("System default"), page);
    m_latinFont = new QFontComboBox(page);
    m_systemCjkFont = new QCheckBox(tr("System default"), page);
    m_cjkFont = new QFontComboBox(page);
    m_cjkFont->setWritingSystem(QFontDatabase::SimplifiedChinese);
    m_fontSize = new QDoubleSpinBox(page);
    m_fontSize->setRange(0, 72);
    m_fontSize->setDecimals(1);
    m_fontSize->setSpecialValueText(tr("System default"));
    m_fontSize->setSuffix(tr(" pt"));
    m_fontSize->setValue(preferences.fontSize);
    m_showWhitespace = new QCheckBox(tr("Show spaces and paragraph ends"), page);
    m_showWhitespace->setChecked(preferences.showWhitespace);
    form->addRow(tr("&Latin font:"),
                 fontRow(m_systemLatinFont, m_latinFont, preferences.latinFont));
    form->addRow(tr("&CJK font:"), fontRow(m_systemCjkFont, m_cjkFont, preferences.cjkFont));
    form->addRow(tr("Font &size:"), m_fontSize);
    form->addRow(m_showWhitespace);
    return page;
}

QWidget *PreferencesDialog::createFilesPage(const Preferences &preferences) {
    auto *page = new QWidget;
    auto *form = new QFormLayout(page);
    m_exportFormat = new QComboBox(page);
    for (const QString &id : exportFormatIds()) {
        const std::unique_ptr<BulletinWriter> writer = createWriter(id);
        m_exportFormat->addItem(writer ? writer->displayName() : id, id);
    }
    m_exportFormat->setCurrentIndex(qMax(0, m_exportFormat->findData(preferences.exportFormat)));
    m_autosave = new QSpinBox(page);
    m_autosave->setRange(5, 600);
    m_autosave->setSuffix(tr(" s"));
    m_autosave->setValue(preferences.autosaveSeconds);
    form->addRow(tr("&Export format:"), m_exportFormat);
    form->addRow(tr("Save for &recovery every:"), m_autosave);
    return page;
}

Preferences PreferencesDialog::preferences() const {
    Preferences p = m_initial;
    p.language = text::Language(m_language->currentData().toInt());
    p.repair = m_repair->isChecked();
    p.cjkLatinSpacing = text::CjkLatinSpacing(m_spacing->currentData().toInt());
    p.latinFont = m_systemLatinFont->isChecked() ? QString() : m_latinFont->currentFont().family();
    p.cjkFont = m_systemCjkFont->isChecked() ? QString() : m_cjkFont->currentFont().family();
    p.fontSize = m_fontSize->value();
    p.showWhitespace = m_showWhitespace->isChecked();
    p.exportFormat = m_exportFormat->currentData().toString();
    p.autosaveSeconds = m_autosave->value();
    return p;
}

} // namespace galley
