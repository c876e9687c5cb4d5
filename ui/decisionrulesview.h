// The decisions of the page grouped by the rule that made them: how many,
// how many flipped, how many uncertain; and every instance of one rule
// flipped (or restored) at once, in one undo step.
#pragma once

#include <QDockWidget>

class QPushButton;
class QTreeWidget;

namespace galley {

class Document;
class ReviewController;

class DecisionRulesView : public QDockWidget {
    Q_OBJECT

public:
    DecisionRulesView(Document *document, ReviewController *review, QWidget *parent = nullptr);

    QTreeWidget *tree() const { return m_tree; }
    // Flips every decision of `rule` that still follows it; returns how many.
    int flipAll(int rule);
    // Puts back every flipped decision of `rule`; returns how many.
    int restoreAll(int rule);

private:
    void refresh();
    int selectedRule() const;
    int flipWhere(int rule, bool flipped, const QString &text);
    void updateButtons();

    Document *m_document;
    ReviewController *m_review;
    QTreeWidget *m_tree;
    QPushButton *m_flipAll;
    QPushButton *m_restoreAll;
    bool m_stale = true;
};

} // namespace galley
