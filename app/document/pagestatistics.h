// Word and character counts of every article of a model, kept up to date as
// the model changes: an edit recounts only the article it touched.
#pragma once

#include "document/textstatistics.h"

#include <QList>
#include <QObject>

namespace galley {

class ArticleModel;

class PageStatistics : public QObject {
    Q_OBJECT

public:
    explicit PageStatistics(ArticleModel *model, QObject *parent = nullptr);

    TextCounts page() const { return m_total; }
    TextCounts article(int row) const;

Q_SIGNALS:
    void changed();

private:
    void recountAll();
    void recountRows(int first, int last);

    ArticleModel *m_model;
    QList<TextCounts> m_rows;
    TextCounts m_total;
};

} // namespace galley
