// The editor's message boxes behind one class, so tests can answer a question
// in advance instead of blocking on a modal dialog.
#pragma once

#include <QMessageBox>

namespace galley {

class MessageBox {
public:
    using Button = QMessageBox::StandardButton;
    using Buttons = QMessageBox::StandardButtons;

    // Buttons whose standard text says too little get their own.
    using ButtonTexts = QList<std::pair<Button, QString>>;

    static Button question(QWidget *parent, const QString &title, const QString &text,
                           Buttons buttons, Button defaultButton = QMessageBox::NoButton,
                           const QString &informativeText = {},
                           const ButtonTexts &buttonTexts = {});
    static Button warning(QWidget *parent, const QString &title, const QString &text,
                          Buttons buttons = QMessageBox::Ok,
                          Button defaultButton = QMessageBox::NoButton);
    static Button critical(QWidget *parent, const QString &title, const QString &text);

    // The next message box returns `answer` without showing itself.
    static void setNextAnswer(Button answer);
    // The text of the last message box, shown or answered in advance.
    static QString lastText();

private:
    static Button show(QMessageBox::Icon icon, QWidget *parent, const QString &title,
                       const QString &text, Buttons buttons, Button defaultButton,
                       const QString &informativeText, const ButtonTexts &buttonTexts = {});
};

} // namespace galley
