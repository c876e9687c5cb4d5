// Edit ▸ Preferences: how new pages are read and repaired, the fonts for CJK
// and Latin text, what export offers first, how often work is saved for recovery.
#pragma once

#include "preferences.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QFontComboBox;
class QSpinBox;

namespace galley {

class PreferencesDialog : public QDialog {
    Q_OBJECT

public:
    explicit PreferencesDialog(const Preferences &preferences, QWidget *parent = nullptr);

    Preferences preferences() const;

private:
    QWidget *createRepairPage(const Preferences &preferences);
    QWidget *createViewPage(const Preferences &preferences);
    QWidget *createFilesPage(const Preferences &preferences);

    Preferences m_initial;
    QComboBox *m_language = nullptr;
    QCheckBox *m_repair = nullptr;
    QComboBox *m_spacing = nullptr;
    QCheckBox *m_systemLatinFont = nullptr;
    QFontComboBox *m_latinFont = nullptr;
    QCheckBox *m_systemCjkFont = nullptr;
    QFontComboBox *m_cjkFont = nullptr;
    QDoubleSpinBox *m_fontSize = nullptr;
    QCheckBox *m_showWhitespace = nullptr;
    QComboBox *m_exportFormat = nullptr;
    QSpinBox *m_autosave = nullptr;
};

} // namespace galley
