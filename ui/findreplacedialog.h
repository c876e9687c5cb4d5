// The Find and Replace window: stays open beside the text while the user
// works (never modal), and reports what it found or replaced.
#pragma once

#include "document/findreplace.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace galley {

class FindController;

class FindReplaceDialog : public QDialog {
    Q_OBJECT

public:
    explicit FindReplaceDialog(FindController *controller, QWidget *parent = nullptr);

    // Opens the dialog with `text` (e.g. the selection) to find; Replace
    // mode puts the focus on the replacement.
    void showFor(const QString &text, bool replaceMode);

    FindOptions options() const;
    bool searchesWholePage() const;

    QLineEdit *findEdit() const { return m_find; }
    QLineEdit *replaceEdit() const { return m_replace; }
    QCheckBox *regularExpressionBox() const { return m_regex; }
    QCheckBox *caseSensitiveBox() const { return m_caseSensitive; }
    QCheckBox *wholeWordsBox() const { return m_wholeWords; }
    QComboBox *scopeBox() const { return m_scope; }
    QPushButton *replaceAllButton() const { return m_replaceAllButton; }
    QLabel *statusLabel() const { return m_status; }

public Q_SLOTS:
    bool findNext();
    bool findPrevious();
    bool replace();
    int replaceAll();

private:
    void report(bool found);
    void updateButtons();

    FindController *m_controller;
    QLineEdit *m_find;
    QLineEdit *m_replace;
    QCheckBox *m_regex;
    QCheckBox *m_caseSensitive;
    QCheckBox *m_wholeWords;
    QComboBox *m_scope;
    QLabel *m_status;
    QPushButton *m_findNextButton;
    QPushButton *m_findPreviousButton;
    QPushButton *m_replaceButton;
    QPushButton *m_replaceAllButton;
};

} // namespace galley
