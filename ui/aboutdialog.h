// Help ▸ About Galley: the version, the license and the libraries Galley is built on.
#pragma once

#include <QDialog>

namespace galley {

class AboutDialog : public QDialog {
    Q_OBJECT

public:
    explicit AboutDialog(QWidget *parent = nullptr);
};

// Opens the About dialog over `parent` without blocking; it deletes itself when closed.
void showAboutDialog(QWidget *parent);

} // namespace galley
