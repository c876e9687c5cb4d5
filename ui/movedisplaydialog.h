// Asks where a kicker, headline or deck belongs: which of the article's display lines
// to move, to which article (the matcher's runner-up offered first) and into
// which of its fields, showing why the matcher placed the line where it is.
#pragma once

#include "document/article.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QListWidget;

namespace galley {

class ArticleModel;

class MoveDisplayDialog : public QDialog {
    Q_OBJECT

public:
    MoveDisplayDialog(const ArticleModel *model, int row, QWidget *parent = nullptr);

    ArticleField sourceField() const;
    int targetRow() const;
    ArticleField targetField() const;

private:
    void fillTargets();
    // Why segmentation put the line in this article, and what came second.
    QString matchExplanation() const;

    const ArticleModel *m_model;
    int m_row;
    QComboBox *m_source;
    QListWidget *m_targets;
    QComboBox *m_targetField;
    QLabel *m_why;
};

} // namespace galley
