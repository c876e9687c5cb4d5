#include "messagebox.h"

#include <QAbstractButton>

namespace galley {

namespace {

struct NextAnswer {
    bool set = false;
    MessageBox::Button answer = QMessageBox::NoButton;
    QString lastText;
};

NextAnswer &nextAnswer() {
    static NextAnswer next;
    return next;
}

} // namespace

MessageBox::Button MessageBox::show(QMessageBox::Icon icon, QWidget *parent, const QString &title,
                                    const QString &text, Buttons buttons, Button defaultButton,
                                    const QString &informativeText,
                                    const ButtonTexts &buttonTexts) {
    NextAnswer &next = nextAnswer();
    next.lastText = text;
    if (next.set) {
        next.set = false;
        return next.answer;
    }
    QMessageBox box(icon, title, text, buttons, parent);
    if (defaultButton != QMessageBox::NoButton)
        box.setDefaultButton(defaultButton);
    box.setInformativeText(informativeText);
    for (const auto &[button, buttonText] : buttonTexts) {
        if (QAbstractButton *b = box.button(button))
            b->setText(buttonText);
    }
    box.setWindowModality(Qt::WindowModal);
    return Button(box.exec());
}

MessageBox::Button MessageBox::question(QWidget *parent, const QString &title, const QString &text,
                                        Buttons buttons, Button defaultButton,
                                        const QString &informativeText,
                                        const ButtonTexts &buttonTexts) {
    return show(QMessageBox::Question, parent, title, text, buttons, defaultButton, informativeText,
                buttonTexts);
}

MessageBox::Button MessageBox::warning(QWidget *parent, const QString &title, const QString &text,
                                       Buttons buttons, Button defaultButton) {
    return show(QMessageBox::Warning, parent, title, text, buttons, defaultButton, {});
}

MessageBox::Button MessageBox::critical(QWidget *parent, const QString &title,
                                        const QString &text) {
    return show(QMessageBox::Critical, parent, title, text, QMessageBox::Ok, QMessageBox::Ok, {});
}

void MessageBox::setNextAnswer(Button answer) {
    nextAnswer().set = true;
    nextAnswer().answer = answer;
}

QString MessageBox::lastText() {
    return nextAnswer().lastText;
}

} // namespace galley
