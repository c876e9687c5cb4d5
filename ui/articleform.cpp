#include "articleform.h"

#include "bodyeditor.h"
#include "document/articlemodel.h"

#include <QEvent>
#include <QFormLayout>
#include <QKeyEvent>
#include <QLineEdit>

namespace galley {

namespace {

bool isUndoOrRedo(QEvent *event) {
    if (event->type() != QEvent::ShortcutOverride)
        return false;
    auto *key = static_cast<QKeyEvent *>(event);
    return key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo);
}

} // namespace

ArticleForm::ArticleForm(QWidget *parent)
    : QWidget(parent) {
    m_kicker = createLineEdit(ArticleField::Kicker, tr("Kicker (line above the headline)"));
    m_headline = createLineEdit(ArticleField::Headline, tr("Headline"));
    m_deck = createLineEdit(ArticleField::Deck, tr("Deck (subheading)"));
    m_byline = createLineEdit(ArticleField::Byline, tr("Byline"));
    m_body = new BodyEditor(this);
    m_body->setObjectName(QStringLiteral("bodyEditor"));
    m_body->installEventFilter(this);
    connect(m_body, &BodyEditor::bodyEdited, this, &ArticleForm::onBodyEdited);
    connect(m_body, &QTextEdit::cursorPositionChanged, this, &ArticleForm::selectionChanged);
    connect(m_body, &QTextEdit::selectionChanged, this, &ArticleForm::selectionChanged);

    auto *layout = new QFormLayout(this);
    layout->setRowWrapPolicy(QFormLayout::DontWrapRows);
    layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    layout->addRow(tr("&Kicker:"), m_kicker);
    layout->addRow(tr("&Headline:"), m_headline);
    layout->addRow(tr("&Deck:"), m_deck);
    layout->addRow(tr("B&yline:"), m_byline);
    layout->addRow(tr("&Body:"), m_body);
    setTabOrder(m_kicker, m_headline);
    setTabOrder(m_headline, m_deck);
    setTabOrder(m_deck, m_byline);
    setTabOrder(m_byline, m_body);
    clearFields();
}

QLineEdit *ArticleForm::createLineEdit(ArticleField field, const QString &placeholder) {
    auto *edit = new QLineEdit(this);
    edit->setPlaceholderText(placeholder);
    edit->setAccessibleName(placeholder);
    edit->setClearButtonEnabled(false);
    edit->installEventFilter(this);
    connect(edit, &QLineEdit::textEdited, this, [this, field](const QString &text) {
        if (m_model && m_index.isValid())
            m_model->editField(m_index.row(), field, text);
    });
    connect(edit, &QLineEdit::cursorPositionChanged, this, &ArticleForm::selectionChanged);
    connect(edit, &QLineEdit::selectionChanged, this, &ArticleForm::selectionChanged);
    switch (field) {
    case ArticleField::Kicker:
        edit->setObjectName(QStringLiteral("kickerEdit"));
        break;
    case ArticleField::Headline:
        edit->setObjectName(QStringLiteral("headlineEdit"));
        break;
    case ArticleField::Deck:
        edit->setObjectName(QStringLiteral("deckEdit"));
        break;
    case ArticleField::Byline:
        edit->setObjectName(QStringLiteral("bylineEdit"));
        break;
    case ArticleField::Body:
        break;
    }
    return edit;
}

void ArticleForm::setModel(ArticleModel *model) {
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    m_index = QPersistentModelIndex();
    connect(model, &QAbstractItemModel::dataChanged, this, &ArticleForm::onDataChanged);
    connect(model, &QAbstractItemModel::modelReset, this, [this] { setCurrentRow(-1); });
    connect(model, &QAbstractItemModel::rowsRemoved, this, [this] {
        // The persistent index turns invalid when its article goes away.
        if (!m_index.isValid())
            clearFields();
    });
    clearFields();
}

void ArticleForm::setCurrentRow(int row) {
    if (!m_model || row < 0 || row >= m_model->rowCount()) {
        m_index = QPersistentModelIndex();
        clearFields();
        return;
    }
    m_index = m_model->index(row);
    for (QWidget *widget : {static_cast<QWidget *>(m_kicker), static_cast<QWidget *>(m_headline),
                            static_cast<QWidget *>(m_deck), static_cast<QWidget *>(m_byline),
                            static_cast<QWidget *>(m_body)})
        widget->setEnabled(true);
    // A newly shown article is read from its top: the start of its kicker,
    // which stands above the headline.
    m_lastField = ArticleField::Kicker;
    for (QLineEdit *edit : {m_kicker, m_headline, m_deck, m_byline}) {
        edit->setText(m_index.data(ArticleModel::roleForField(fieldOf(edit))).toString());
        edit->setCursorPosition(0);
    }
    m_body->loadBody(m_index.data(ArticleModel::BodyRole).toString());
    Q_EMIT selectionChanged();
}

int ArticleForm::currentRow() const {
    return m_index.isValid() ? m_index.row() : -1;
}

QWidget *ArticleForm::fieldWidget(ArticleField field) const {
    switch (field) {
    case ArticleField::Kicker:
        return m_kicker;
    case ArticleField::Headline:
        return m_headline;
    case ArticleField::Deck:
        return m_deck;
    case ArticleField::Byline:
        return m_byline;
    case ArticleField::Body:
        return m_body;
    }
    return m_body;
}

void ArticleForm::clearFields() {
    for (QLineEdit *edit : {m_kicker, m_headline, m_deck, m_byline}) {
        edit->clear();
        edit->setEnabled(false);
    }
    m_body->loadBody({});
    m_body->setEnabled(false);
    Q_EMIT selectionChanged();
}

void ArticleForm::onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                                const QList<int> &roles) {
    if (!m_index.isValid() || m_index.row() < topLeft.row() || m_index.row() > bottomRight.row())
        return;
    refresh(roles);
}

void ArticleForm::refresh(const QList<int> &roles) {
    auto touched = [&roles](int role) { return roles.isEmpty() || roles.contains(role); };
    if (touched(ArticleModel::KickerRole))
        refreshLineEdit(m_kicker, ArticleField::Kicker);
    if (touched(ArticleModel::HeadlineRole))
        refreshLineEdit(m_headline, ArticleField::Headline);
    if (touched(ArticleModel::DeckRole))
        refreshLineEdit(m_deck, ArticleField::Deck);
    if (touched(ArticleModel::BylineRole))
        refreshLineEdit(m_byline, ArticleField::Byline);
    if (touched(ArticleModel::BodyRole))
        refreshBody();
}

void ArticleForm::refreshLineEdit(QLineEdit *edit, ArticleField field) {
    const QString value = m_index.data(ArticleModel::roleForField(field)).toString();
    // The echo of the user's own typing changes nothing, so the cursor stays.
    if (edit->text() == value)
        return;
    const int cursor = edit->cursorPosition();
    edit->setText(value);
    edit->setCursorPosition(qMin(cursor, int(value.size())));
}

void ArticleForm::refreshBody() {
    const QStringList paragraphs = m_index.data(ArticleModel::ParagraphsRole).toStringList();
    // The editor may hold an empty paragraph the user just began; the model
    // does not keep empty paragraphs, so that is no difference.
    if (Article::paragraphsFromBody(m_body->toPlainText()) == paragraphs)
        return;
    m_body->showBody(paragraphs.join(u'\n'));
}

void ArticleForm::onBodyEdited(const QString &text) {
    if (!m_model || !m_index.isValid())
        return;
    const QStringList paragraphs = Article::paragraphsFromBody(text);
    if (paragraphs == m_index.data(ArticleModel::ParagraphsRole).toStringList())
        return;
    m_model->editField(m_index.row(), ArticleField::Body, paragraphs.join(u'\n'));
}

ArticleField ArticleForm::fieldOf(const QObject *widget) const {
    if (widget == m_kicker)
        return ArticleField::Kicker;
    if (widget == m_headline)
        return ArticleField::Headline;
    if (widget == m_deck)
        return ArticleField::Deck;
    if (widget == m_byline)
        return ArticleField::Byline;
    return ArticleField::Body;
}

ArticleField ArticleForm::currentField() const {
    // The field with the focus, else the one the user last worked in (the
    // focus may be in the Find dialog).
    for (QWidget *widget : {static_cast<QWidget *>(m_kicker), static_cast<QWidget *>(m_headline),
                            static_cast<QWidget *>(m_deck), static_cast<QWidget *>(m_byline),
                            static_cast<QWidget *>(m_body)}) {
        if (widget->hasFocus())
            return fieldOf(widget);
    }
    return m_lastField;
}

FormSelection ArticleForm::selection() const {
    FormSelection selection;
    selection.row = currentRow();
    selection.field = currentField();
    if (selection.field == ArticleField::Body) {
        // The editor's text may hold an empty paragraph the model has not;
        // offsets are counted in the model's body, so map through paragraphs.
        const QTextCursor cursor = m_body->textCursor();
        const QString text = m_body->toPlainText();
        auto modelOffset = [&text](int position) {
            const QString before = text.left(position);
            const qsizetype lastBreak = before.lastIndexOf(u'\n');
            const QStringList paragraphs = Article::paragraphsFromBody(before.left(lastBreak + 1));
            qsizetype offset = 0;
            for (const QString &p : paragraphs)
                offset += p.size() + 1;
            return offset + (before.size() - lastBreak - 1);
        };
        selection.start = modelOffset(cursor.selectionStart());
        selection.end = modelOffset(cursor.selectionEnd());
        return selection;
    }
    const QLineEdit *edit = static_cast<QLineEdit *>(fieldWidget(selection.field));
    if (edit->hasSelectedText()) {
        selection.start = edit->selectionStart();
        selection.end = edit->selectionEnd();
    } else {
        selection.start = selection.end = edit->cursorPosition();
    }
    return selection;
}

void ArticleForm::selectInField(ArticleField field, qsizetype start, qsizetype length) {
    m_lastField = field;
    if (field == ArticleField::Body) {
        // Offsets count in the model's body; an empty paragraph the user left
        // in the editor would shift them.
        m_body->showBody(m_index.data(ArticleModel::BodyRole).toString());
        m_body->setFocus(Qt::OtherFocusReason);
        m_body->selectRange(start, length);
    } else {
        auto *edit = static_cast<QLineEdit *>(fieldWidget(field));
        edit->setFocus(Qt::OtherFocusReason);
        edit->setSelection(int(start), int(length));
    }
    Q_EMIT selectionChanged();
}

bool ArticleForm::eventFilter(QObject *watched, QEvent *event) {
    // Undo and Redo belong to the document's stack, not to the widget's own.
    if (isUndoOrRedo(event))
        return true;
    if (event->type() == QEvent::FocusIn) {
        m_lastField = fieldOf(watched);
        Q_EMIT selectionChanged();
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace galley
