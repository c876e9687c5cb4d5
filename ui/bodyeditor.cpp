#include "bodyeditor.h"

#include <QKeyEvent>
#include <QScopedValueRollback>
#include <QTextBlock>
#include <QTextBlockFormat>

namespace galley {

BodyEditor::BodyEditor(QWidget *parent)
    : QTextEdit(parent) {
    document()->setUndoRedoEnabled(false);
    setAcceptRichText(false);
    setTabChangesFocus(true);
    setLineWrapMode(QTextEdit::WidgetWidth);
    setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    setAccessibleName(tr("Body"));
    connect(document(), &QTextDocument::contentsChange, this, &BodyEditor::onContentsChange);
}

void BodyEditor::loadBody(const QString &text) {
    const QScopedValueRollback<bool> applying(m_applying, true);
    setPlainText(text);
    setShowWhitespace(m_showWhitespace);
    spaceParagraphs();
}

void BodyEditor::spaceParagraphs() {
    const QScopedValueRollback<bool> applying(m_applying, true);
    QTextBlockFormat format;
    format.setBottomMargin(fontMetrics().height() * 0.5);
    QTextCursor cursor(document());
    cursor.select(QTextCursor::Document);
    cursor.mergeBlockFormat(format);
}

void BodyEditor::changeEvent(QEvent *event) {
    QTextEdit::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        spaceParagraphs();
}

void BodyEditor::showBody(const QString &text) {
    const QString current = toPlainText();
    if (current == text)
        return;
    qsizetype prefix = 0;
    const qsizetype shorter = qMin(current.size(), text.size());
    while (prefix < shorter && current.at(prefix) == text.at(prefix))
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < shorter - prefix &&
           current.at(current.size() - 1 - suffix) == text.at(text.size() - 1 - suffix))
        ++suffix;

    const QScopedValueRollback<bool> applying(m_applying, true);
    QTextCursor cursor(document());
    cursor.setPosition(int(prefix));
    cursor.setPosition(int(current.size() - suffix), QTextCursor::KeepAnchor);
    const QString inserted = text.mid(prefix, text.size() - prefix - suffix);
    cursor.insertText(inserted);
    // The cursor goes where the change happened, as after an undo in any editor.
    QTextCursor moved = textCursor();
    moved.setPosition(int(prefix + inserted.size()));
    setTextCursor(moved);
}

void BodyEditor::setShowWhitespace(bool show) {
    m_showWhitespace = show;
    QTextOption option = document()->defaultTextOption();
    QTextOption::Flags flags = option.flags();
    flags.setFlag(QTextOption::ShowTabsAndSpaces, show);
    flags.setFlag(QTextOption::ShowLineAndParagraphSeparators, show);
    option.setFlags(flags);
    document()->setDefaultTextOption(option);
}

void BodyEditor::selectRange(qsizetype start, qsizetype length) {
    QTextCursor cursor(document());
    const int end = document()->characterCount() - 1;
    cursor.setPosition(qBound(0, int(start), end));
    cursor.setPosition(qBound(0, int(start + length), end), QTextCursor::KeepAnchor);
    setTextCursor(cursor);
    ensureCursorVisible();
}

void BodyEditor::keyPressEvent(QKeyEvent *event) {
    // A line break inside a paragraph has no place in the model: Shift+Return
    // starts a paragraph as Return does.
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) &&
        event->modifiers() == Qt::ShiftModifier) {
        textCursor().insertBlock();
        return;
    }
    QTextEdit::keyPressEvent(event);
}

void BodyEditor::onContentsChange() {
    if (m_applying)
        return;
    Q_EMIT bodyEdited(toPlainText());
}

} // namespace galley
