#include "decisionrulesview.h"

#include "document/decisioncommands.h"
#include "document/document.h"
#include "messagebox.h"
#include "reviewcontroller.h"
#include "sourcepane.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <array>

namespace galley {

namespace {

enum Column { RuleColumn, ProposesColumn, CountColumn, FlippedColumn, UncertainColumn };

struct RuleCounts {
    int count = 0;
    int flipped = 0;
    int uncertain = 0;
    int kind = -1;
    int alternative = -1;
};

} // namespace

DecisionRulesView::DecisionRulesView(Document *document, ReviewController *review, QWidget *parent)
    : QDockWidget(tr("Decisions by Rule"), parent)
    , m_document(document)
    , m_review(review)
    , m_tree(new QTreeWidget(this))
    , m_flipAll(new QPushButton(tr("&Flip All"), this))
    , m_restoreAll(new QPushButton(tr("Restore A&ll"), this)) {
    setObjectName(QStringLiteral("decisionRulesDock"));
    toggleViewAction()->setObjectName(QStringLiteral("actionDecisionsByRule"));
    toggleViewAction()->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    m_tree->setObjectName(QStringLiteral("decisionRulesTree"));
    m_tree->setRootIsDecorated(false);
    m_tree->setUniformRowHeights(true);
    m_tree->setHeaderLabels(
        {tr("Rule"), tr("Proposes"), tr("Decisions"), tr("Flipped"), tr("Uncertain")});
    m_tree->header()->setSectionResizeMode(RuleColumn, QHeaderView::Stretch);
    m_flipAll->setObjectName(QStringLiteral("flipAllButton"));
    m_flipAll->setToolTip(tr("Flip every decision of the selected rule that still follows it"));
    m_restoreAll->setObjectName(QStringLiteral("restoreAllButton"));
    m_restoreAll->setToolTip(tr("Put back every flipped decision of the selected rule"));

    auto *contents = new QWidget(this);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_flipAll);
    buttons->addWidget(m_restoreAll);
    auto *layout = new QVBoxLayout(contents);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_tree);
    layout->addLayout(buttons);
    setWidget(contents);

    connect(m_flipAll, &QPushButton::clicked, this, [this] { flipAll(selectedRule()); });
    connect(m_restoreAll, &QPushButton::clicked, this, [this] { restoreAll(selectedRule()); });
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &DecisionRulesView::updateButtons);
    // Counting a large page's decisions is done when the view shows, not on
    // every flip while it is hidden.
    auto stale = [this] {
        m_stale = true;
        if (isVisible())
            refresh();
    };
    connect(document, &Document::bulletinReplaced, this, stale);
    connect(document, &Document::decisionsFlipped, this, stale);
    connect(this, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible && m_stale)
            refresh();
    });
    hide();
    updateButtons();
}

void DecisionRulesView::refresh() {
    m_stale = false;
    std::array<RuleCounts, text::ruleCount> counts{};
    const QList<text::Decision> &decisions = m_document->decisions();
    for (const text::Decision &d : decisions) {
        RuleCounts &c = counts[size_t(d.rule)];
        ++c.count;
        c.flipped += d.flipped;
        c.uncertain += d.confidence < SourcePane::uncertainBelow;
        c.kind = int(d.kind);
        c.alternative = int(d.alternative);
    }
    const int current = selectedRule();
    m_tree->clear();
    for (int rule = 0; rule < text::ruleCount; ++rule) {
        const RuleCounts &c = counts[size_t(rule)];
        if (c.count == 0)
            continue;
        auto *item = new QTreeWidgetItem(m_tree);
        item->setText(RuleColumn, text::ruleDescription(text::Rule(rule)));
        item->setToolTip(RuleColumn, QString(text::ruleId(text::Rule(rule))));
        item->setText(
            ProposesColumn,
            tr("%1 (else %2)").arg(decisionKindName(c.kind), decisionKindName(c.alternative)));
        item->setText(CountColumn, QString::number(c.count));
        item->setText(FlippedColumn, QString::number(c.flipped));
        item->setText(UncertainColumn, QString::number(c.uncertain));
        for (const int column : {CountColumn, FlippedColumn, UncertainColumn})
            item->setTextAlignment(column, Qt::AlignRight | Qt::AlignVCenter);
        item->setData(RuleColumn, Qt::UserRole, rule);
        if (rule == current)
            m_tree->setCurrentItem(item);
    }
    updateButtons();
}

int DecisionRulesView::selectedRule() const {
    const QTreeWidgetItem *item = m_tree->currentItem();
    return item ? item->data(RuleColumn, Qt::UserRole).toInt() : -1;
}

void DecisionRulesView::updateButtons() {
    const QTreeWidgetItem *item = m_tree->currentItem();
    m_flipAll->setEnabled(item && item->text(FlippedColumn) != item->text(CountColumn));
    m_restoreAll->setEnabled(item && item->text(FlippedColumn) != QStringLiteral("0"));
}

int DecisionRulesView::flipWhere(int rule, bool flipped, const QString &text) {
    if (rule < 0)
        return 0;
    QList<qsizetype> indices;
    const QList<text::Decision> &decisions = m_document->decisions();
    for (qsizetype i = 0; i < decisions.size(); ++i) {
        if (int(decisions.at(i).rule) == rule && bool(decisions.at(i).flipped) == flipped)
            indices.append(i);
    }
    int skipped = 0;
    const int done = flipDecisionsWherePossible(m_document, indices, text, &skipped);
    if (skipped > 0)
        MessageBox::warning(this, tr("Some Decisions Were Left Alone"),
                            tr("%n decision(s) shaped text that was edited by hand and were not "
                               "flipped.",
                               nullptr, skipped));
    return done;
}

int DecisionRulesView::flipAll(int rule) {
    if (rule < 0)
        return 0;
    return flipWhere(rule, false,
                     tr("Flip All “%1” Decisions").arg(text::ruleId(text::Rule(rule))));
}

int DecisionRulesView::restoreAll(int rule) {
    if (rule < 0)
        return 0;
    return flipWhere(rule, true,
                     tr("Restore All “%1” Decisions").arg(text::ruleId(text::Rule(rule))));
}

} // namespace galley
