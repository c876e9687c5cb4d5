// The selected article's fields: kicker, headline, deck and byline as line edits and
// the body as a text editor. Every keystroke becomes a model edit, and the
// widgets re-read the model when it changes, so they never hold their own copy.
#pragma once

#include "document/article.h"

#include <QPersistentModelIndex>
#include <QWidget>

class QLineEdit;

namespace galley {

class ArticleModel;
class BodyEditor;

// Where the user's cursor or selection is inside the form.
struct FormSelection {
    int row = -1;
    ArticleField field = ArticleField::Body;
    qsizetype start = 0; // selection start (or cursor) in the field's text
    qsizetype end = 0;   // selection end; equal to start when nothing is selected
};

class ArticleForm : public QWidget {
    Q_OBJECT

public:
    explicit ArticleForm(QWidget *parent = nullptr);

    void setModel(ArticleModel *model);
    // Shows the article at `row` (-1: none).
    void setCurrentRow(int row);
    int currentRow() const;

    QLineEdit *kickerEdit() const { return m_kicker; }
    QLineEdit *headlineEdit() const { return m_headline; }
    QLineEdit *deckEdit() const { return m_deck; }
    QLineEdit *bylineEdit() const { return m_byline; }
    BodyEditor *bodyEditor() const { return m_body; }
    QWidget *fieldWidget(ArticleField field) const;

    // The field the user works in, and the cursor or selection there.
    FormSelection selection() const;
    ArticleField currentField() const;
    // Selects [start, start + length) of `field` and gives it the focus.
    void selectInField(ArticleField field, qsizetype start, qsizetype length);

Q_SIGNALS:
    // The cursor or selection moved, or another field took the focus.
    void selectionChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QLineEdit *createLineEdit(ArticleField field, const QString &placeholder);
    ArticleField fieldOf(const QObject *widget) const;
    void refresh(const QList<int> &roles = {});
    void refreshLineEdit(QLineEdit *edit, ArticleField field);
    void refreshBody();
    void clearFields();
    void onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                       const QList<int> &roles);
    void onBodyEdited(const QString &text);

    ArticleModel *m_model = nullptr;
    QPersistentModelIndex m_index;
    QLineEdit *m_kicker = nullptr;
    QLineEdit *m_headline = nullptr;
    QLineEdit *m_deck = nullptr;
    QLineEdit *m_byline = nullptr;
    BodyEditor *m_body = nullptr;
    ArticleField m_lastField = ArticleField::Body;
};

} // namespace galley
