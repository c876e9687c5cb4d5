#include "languagemenu.h"

#include "l10n/translations.h"

#include <QActionGroup>
#include <QMessageBox>

namespace galley {

LanguageMenu::LanguageMenu(QWidget *parent)
    : QMenu(tr("&Language"), parent)
    , m_group(new QActionGroup(this)) {
    setObjectName(QStringLiteral("languageMenu"));
    m_group->setExclusive(true);
    addLanguage(tr("&System Language"), QString());
    addSeparator();
    // Each language is named in itself, so that a user lost in a language
    // they cannot read still finds their own.
    addLanguage(QStringLiteral("English"), QStringLiteral("en"));
    addLanguage(QStringLiteral("简体中文"), QStringLiteral("zh_CN"));
}

void LanguageMenu::addLanguage(const QString &text, const QString &localeName) {
    QAction *action = addAction(text);
    action->setCheckable(true);
    action->setData(localeName);
    action->setChecked(localeName == savedLanguage());
    m_group->addAction(action);
    connect(action, &QAction::triggered, this, [this, localeName] { choose(localeName); });
}

QWidget *LanguageMenu::ownerWindow() const {
    // The menus above this one are popups that close once the choice is made;
    // the message belongs to the window that holds the menu bar.
    QWidget *owner = parentWidget();
    while (owner && owner->windowType() == Qt::Popup)
        owner = owner->parentWidget();
    return owner ? owner->window() : nullptr;
}

void LanguageMenu::choose(const QString &localeName) {
    if (localeName == savedLanguage())
        return;
    saveLanguage(localeName);
    Q_EMIT languageChosen(localeName);

    // Not exec(): a nested event loop would let the window change beneath it.
    auto *box = new QMessageBox(QMessageBox::Information, tr("Language"),
                                tr("Galley will use the new language the next time it starts."),
                                QMessageBox::Ok, ownerWindow());
    box->setObjectName(QStringLiteral("languageChangedMessage"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace galley
