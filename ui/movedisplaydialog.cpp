#include "movedisplaydialog.h"

#include "document/articlemodel.h"
#include "document/displaymoves.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QListWidget>
#include <QPushButton>

namespace galley {

MoveDisplayDialog::MoveDisplayDialog(const ArticleModel *model, int row, QWidget *parent)
    : QDialog(parent)
    , m_model(model)
    , m_row(row)
    , m_source(new QComboBox(this))
    , m_targets(new QListWidget(this))
    , m_targetField(new QComboBox(this)) {
    setWindowTitle(tr("Move Display Line"));
    const Article &article = model->article(row);
    if (!article.headline.isEmpty())
        m_source->addItem(tr("Headline: %1").arg(article.headline), int(ArticleField::Headline));
    if (!article.deck.isEmpty())
        m_source->addItem(tr("Deck: %1").arg(article.deck), int(ArticleField::Deck));
    m_targetField->addItem(tr("Headline"), int(ArticleField::Headline));
    m_targetField->addItem(tr("Deck"), int(ArticleField::Deck));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Move"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QFormLayout(this);
    layout->addRow(tr("&Move:"), m_source);
    layout->addRow(tr("&To article:"), m_targets);
    layout->addRow(tr("&As:"), m_targetField);
    layout->addRow(buttons);
    connect(m_source, &QComboBox::currentIndexChanged, this, &MoveDisplayDialog::fillTargets);
    fillTargets();
    resize(520, 420);
}

void MoveDisplayDialog::fillTargets() {
    m_targets->clear();
    const QString display = articleField(m_model->article(m_row), sourceField());
    const QList<int> rows = displayMoveTargets(m_model->articles(), m_row, display);
    for (const int row : rows) {
        const Article &article = m_model->article(row);
        QString label =
            article.headline.isEmpty() ? article.paragraphs.value(0).left(40) : article.headline;
        auto *item = new QListWidgetItem(tr("%1. %2").arg(row + 1).arg(label), m_targets);
        item->setData(Qt::UserRole, row);
    }
    m_targets->setCurrentRow(0);
    m_targetField->setCurrentIndex(m_source->currentData().toInt() == int(ArticleField::Deck) ? 1
                                                                                              : 0);
}

ArticleField MoveDisplayDialog::sourceField() const {
    return ArticleField(m_source->currentData().toInt());
}

int MoveDisplayDialog::targetRow() const {
    const QListWidgetItem *item = m_targets->currentItem();
    return item ? item->data(Qt::UserRole).toInt() : -1;
}

ArticleField MoveDisplayDialog::targetField() const {
    return ArticleField(m_targetField->currentData().toInt());
}

} // namespace galley
