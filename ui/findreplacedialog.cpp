#include "findreplacedialog.h"

#include "findcontroller.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace galley {

FindReplaceDialog::FindReplaceDialog(FindController *controller, QWidget *parent)
    : QDialog(parent)
    , m_controller(controller)
    , m_find(new QLineEdit(this))
    , m_replace(new QLineEdit(this))
    , m_regex(new QCheckBox(tr("Regular e&xpression"), this))
    , m_caseSensitive(new QCheckBox(tr("&Match case"), this))
    , m_wholeWords(new QCheckBox(tr("&Whole words"), this))
    , m_scope(new QComboBox(this))
    , m_status(new QLabel(this))
    , m_findNextButton(new QPushButton(tr("Find &Next"), this))
    , m_findPreviousButton(new QPushButton(tr("Find &Previous"), this))
    , m_replaceButton(new QPushButton(tr("&Replace"), this))
    , m_replaceAllButton(new QPushButton(tr("Replace &All"), this)) {
    setWindowTitle(tr("Find and Replace"));
    setModal(false);
    m_find->setObjectName(QStringLiteral("findEdit"));
    m_replace->setObjectName(QStringLiteral("replaceEdit"));
    m_replaceAllButton->setObjectName(QStringLiteral("replaceAllButton"));
    m_status->setObjectName(QStringLiteral("findStatusLabel"));
    m_scope->addItem(tr("All articles"));
    m_scope->addItem(tr("Current article"));

    auto *fields = new QFormLayout;
    fields->addRow(tr("F&ind:"), m_find);
    fields->addRow(tr("Replace wit&h:"), m_replace);
    fields->addRow(tr("&Search in:"), m_scope);
    auto *optionsRow = new QHBoxLayout;
    optionsRow->addWidget(m_caseSensitive);
    optionsRow->addWidget(m_wholeWords);
    optionsRow->addWidget(m_regex);
    optionsRow->addStretch();

    auto *buttons = new QDialogButtonBox(Qt::Vertical, this);
    buttons->addButton(m_findNextButton, QDialogButtonBox::ActionRole);
    buttons->addButton(m_findPreviousButton, QDialogButtonBox::ActionRole);
    buttons->addButton(m_replaceButton, QDialogButtonBox::ActionRole);
    buttons->addButton(m_replaceAllButton, QDialogButtonBox::ActionRole);
    buttons->addButton(QDialogButtonBox::Close);
    m_findNextButton->setDefault(true);

    auto *left = new QVBoxLayout;
    left->addLayout(fields);
    left->addLayout(optionsRow);
    left->addWidget(m_status);
    left->addStretch();
    auto *layout = new QHBoxLayout(this);
    layout->addLayout(left, 1);
    layout->addWidget(buttons);

    connect(m_findNextButton, &QPushButton::clicked, this, &FindReplaceDialog::findNext);
    connect(m_findPreviousButton, &QPushButton::clicked, this, &FindReplaceDialog::findPrevious);
    connect(m_replaceButton, &QPushButton::clicked, this, &FindReplaceDialog::replace);
    connect(m_replaceAllButton, &QPushButton::clicked, this, &FindReplaceDialog::replaceAll);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::hide);
    connect(m_find, &QLineEdit::textChanged, this, &FindReplaceDialog::updateButtons);
    updateButtons();
}

void FindReplaceDialog::showFor(const QString &text, bool replaceMode) {
    if (!text.isEmpty() && !text.contains(u'\n'))
        m_find->setText(text);
    m_status->clear();
    show();
    raise();
    activateWindow();
    QLineEdit *focus = replaceMode && !m_find->text().isEmpty() ? m_replace : m_find;
    focus->setFocus(Qt::ShortcutFocusReason);
    focus->selectAll();
}

FindOptions FindReplaceDialog::options() const {
    FindOptions options;
    options.pattern = m_find->text();
    options.regularExpression = m_regex->isChecked();
    options.caseSensitive = m_caseSensitive->isChecked();
    options.wholeWords = m_wholeWords->isChecked();
    return options;
}

bool FindReplaceDialog::searchesWholePage() const {
    return m_scope->currentIndex() == 0;
}

void FindReplaceDialog::updateButtons() {
    const bool searchable = !m_find->text().isEmpty();
    for (QPushButton *button :
         {m_findNextButton, m_findPreviousButton, m_replaceButton, m_replaceAllButton})
        button->setEnabled(searchable);
}

void FindReplaceDialog::report(bool found) {
    m_status->setText(found ? QString() : m_controller->lastError());
}

bool FindReplaceDialog::findNext() {
    const bool found = m_controller->findNext(options(), searchesWholePage());
    report(found);
    return found;
}

bool FindReplaceDialog::findPrevious() {
    const bool found = m_controller->findPrevious(options(), searchesWholePage());
    report(found);
    return found;
}

bool FindReplaceDialog::replace() {
    const bool found = m_controller->replace(options(), m_replace->text(), searchesWholePage());
    report(found);
    return found;
}

int FindReplaceDialog::replaceAll() {
    const int count = m_controller->replaceAll(options(), m_replace->text(), searchesWholePage());
    if (count > 0)
        m_status->setText(tr("Replaced %n occurrence(s)", nullptr, count));
    else
        report(false);
    return count;
}

} // namespace galley
