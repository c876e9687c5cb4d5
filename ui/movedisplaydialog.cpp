#include "movedisplaydialog.h"

#include "document/articlemodel.h"
#include "document/displaymoves.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>

namespace galley {

MoveDisplayDialog::MoveDisplayDialog(const ArticleModel *model, int row, QWidget *parent)
    : QDialog(parent)
    , m_model(model)
    , m_row(row)
    , m_source(new QComboBox(this))
    , m_targets(new QListWidget(this))
    , m_targetField(new QComboBox(this))
    , m_why(new QLabel(this)) {
    setWindowTitle(tr("Move Display Line"));
    const Article &article = model->article(row);
    if (!article.kicker.isEmpty())
        m_source->addItem(tr("Kicker: %1").arg(article.kicker), int(ArticleField::Kicker));
    if (!article.headline.isEmpty())
        m_source->addItem(tr("Headline: %1").arg(article.headline), int(ArticleField::Headline));
    if (!article.deck.isEmpty())
        m_source->addItem(tr("Deck: %1").arg(article.deck), int(ArticleField::Deck));
    m_targetField->addItem(tr("Kicker"), int(ArticleField::Kicker));
    m_targetField->addItem(tr("Headline"), int(ArticleField::Headline));
    m_targetField->addItem(tr("Deck"), int(ArticleField::Deck));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Move"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QFormLayout(this);
    layout->addRow(tr("&Move:"), m_source);
    m_why->setObjectName(QStringLiteral("matchExplanation"));
    m_why->setWordWrap(true);
    m_why->setTextFormat(Qt::PlainText);
    layout->addRow(tr("Why here:"), m_why);
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
    m_why->setText(matchExplanation());
    // A line keeps its part in its new article unless the user says otherwise.
    m_targetField->setCurrentIndex(qMax(0, m_targetField->findData(m_source->currentData())));
}

QString MoveDisplayDialog::matchExplanation() const {
    QStringList lines;
    for (const DisplayMatch &match : m_model->article(m_row).displayMatches) {
        // A line edited since no longer is the line that was matched.
        if (match.field != sourceField() ||
            !articleField(m_model->article(m_row), match.field).contains(match.text))
            continue;
        QString line =
            match.evidence.isEmpty()
                ? tr("\u201c%1\u201d shares no telling text with this article.").arg(match.text)
                : tr("\u201c%1\u201d is in this article\u2019s text (%2 % of the line).")
                      .arg(match.evidence)
                      .arg(qRound(match.score * 100));
        if (match.runnerUp != 0)
            line += u' ' + tr("Runner-up: article %1 (%2 %).")
                               .arg(m_row + match.runnerUp + 1)
                               .arg(qRound(match.runnerUpScore * 100));
        lines.append(line);
    }
    if (lines.isEmpty())
        return tr("Galley did not place this line: it was set by hand or read from a project.");
    return lines.join(u'\n');
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
