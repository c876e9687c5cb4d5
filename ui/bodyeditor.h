// The body of an article as editable plain text, one paragraph per block,
// the paragraphs set apart by a small gap. It keeps
// no undo history of its own: every edit becomes a model command, and the
// model's changes come back through showBody().
#pragma once

#include <QTextEdit>

namespace galley {

class BodyEditor : public QTextEdit {
    Q_OBJECT

public:
    explicit BodyEditor(QWidget *parent = nullptr);

    // Shows another article's body, the cursor at its start; emits nothing.
    void loadBody(const QString &text);
    // Brings the text in line with the model by changing only what differs,
    // so the cursor stays where the user left it; emits nothing.
    void showBody(const QString &text);

    void setShowWhitespace(bool show);
    bool showsWhitespace() const { return m_showWhitespace; }

    // Selects [start, start + length) of the body and scrolls it into view.
    void selectRange(qsizetype start, qsizetype length);

Q_SIGNALS:
    // The user changed the text; `text` is all of it.
    void bodyEdited(const QString &text);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void onContentsChange();
    // Paragraphs set apart by a gap, as on the printed page.
    void spaceParagraphs();

    bool m_applying = false;
    bool m_showWhitespace = false;
};

} // namespace galley
