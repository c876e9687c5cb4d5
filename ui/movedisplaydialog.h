// Asks where a headline or deck belongs: which of the article's display lines
// to move, to which article (the matcher's runner-up offered first) and into
// which of its fields.
#pragma once

#include "document/article.h"

#include <QDialog>

class QComboBox;
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

    const ArticleModel *m_model;
    int m_row;
    QComboBox *m_source;
    QListWidget *m_targets;
    QComboBox *m_targetField;
};

} // namespace galley
