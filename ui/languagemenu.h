// Help ▸ Language: lets the user override the system's language; Galley applies it at next start.
#pragma once

#include <QMenu>

class QActionGroup;

namespace galley {

class LanguageMenu : public QMenu {
    Q_OBJECT

public:
    explicit LanguageMenu(QWidget *parent = nullptr);

Q_SIGNALS:
    // The user chose another language; `localeName` is empty for the system's.
    void languageChosen(const QString &localeName);

private:
    void addLanguage(const QString &text, const QString &localeName);
    void choose(const QString &localeName);
    QWidget *ownerWindow() const;

    QActionGroup *m_group;
};

} // namespace galley
