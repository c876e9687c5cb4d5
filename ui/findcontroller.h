// Find and replace against the open page: walks the matches through the
// article list and the form, and replaces through undo commands (Replace All
// is one step).
#pragma once

#include "document/findreplace.h"

#include <QObject>

namespace galley {

class ArticleForm;
class ArticleListView;
class ArticleModel;

class FindController : public QObject {
    Q_OBJECT

public:
    FindController(ArticleModel *model, ArticleListView *list, ArticleForm *form,
                   QObject *parent = nullptr);

    // With `wholePage` false only the current article is searched.
    bool findNext(const FindOptions &options, bool wholePage);
    bool findPrevious(const FindOptions &options, bool wholePage);
    // Replaces the selected match, if the selection is one, then finds the next.
    bool replace(const FindOptions &options, const QString &replacement, bool wholePage);
    // Returns the number of matches replaced.
    int replaceAll(const FindOptions &options, const QString &replacement, bool wholePage);

    QString lastError() const { return m_lastError; }

private:
    std::pair<int, int> rows(bool wholePage) const;
    FindMatch currentPosition() const;
    void show(const FindMatch &match);
    bool ready(const TextFinder &finder, bool wholePage);

    ArticleModel *m_model;
    ArticleListView *m_list;
    ArticleForm *m_form;
    QString m_lastError;
};

} // namespace galley
