#include "findcontroller.h"

#include "articleform.h"
#include "articlelistview.h"
#include "document/articlemodel.h"

namespace galley {

FindController::FindController(ArticleModel *model, ArticleListView *list, ArticleForm *form,
                               QObject *parent)
    : QObject(parent)
    , m_model(model)
    , m_list(list)
    , m_form(form) {}

std::pair<int, int> FindController::rows(bool wholePage) const {
    if (wholePage)
        return {0, m_model->rowCount() - 1};
    const int row = m_form->currentRow();
    return {row, row};
}

FindMatch FindController::currentPosition() const {
    const FormSelection selection = m_form->selection();
    return {selection.row, selection.field, selection.start, selection.end - selection.start};
}

bool FindController::ready(const TextFinder &finder, bool wholePage) {
    m_lastError.clear();
    if (!finder.isValid()) {
        m_lastError = finder.errorString();
        return false;
    }
    if (!wholePage && m_form->currentRow() < 0) {
        m_lastError = tr("No article is selected");
        return false;
    }
    return true;
}

void FindController::show(const FindMatch &match) {
    if (m_list->currentRow() != match.row)
        m_list->selectRow(match.row);
    m_form->selectInField(match.field, match.start, match.length);
}

bool FindController::findNext(const FindOptions &options, bool wholePage) {
    const TextFinder finder(options);
    if (!ready(finder, wholePage))
        return false;
    const auto [first, last] = rows(wholePage);
    const std::optional<FindMatch> match =
        galley::findNext(m_model->articles(), finder, currentPosition(), first, last);
    if (!match) {
        m_lastError = tr("Not found");
        return false;
    }
    show(*match);
    return true;
}

bool FindController::findPrevious(const FindOptions &options, bool wholePage) {
    const TextFinder finder(options);
    if (!ready(finder, wholePage))
        return false;
    const auto [first, last] = rows(wholePage);
    const std::optional<FindMatch> match =
        galley::findPrevious(m_model->articles(), finder, currentPosition(), first, last);
    if (!match) {
        m_lastError = tr("Not found");
        return false;
    }
    show(*match);
    return true;
}

bool FindController::replace(const FindOptions &options, const QString &replacement,
                             bool wholePage) {
    const TextFinder finder(options);
    if (!ready(finder, wholePage))
        return false;
    const FindMatch selected = currentPosition();
    if (selected.row >= 0 && selected.length > 0) {
        Article article = m_model->article(selected.row);
        const QString text = articleField(article, selected.field);
        const auto found = finder.findIn(text, selected.start);
        if (found && found->first == selected.start && found->second == selected.length) {
            const QString matched = text.mid(selected.start, selected.length);
            const QString with = finder.replacementFor(matched, replacement);
            setArticleField(article, selected.field,
                            text.left(selected.start) + with +
                                text.mid(selected.start + selected.length));
            m_model->replaceArticle(selected.row, article, tr("Replace"));
            // The search goes on after the replacement, not inside it.
            m_form->selectInField(selected.field, selected.start + with.size(), 0);
        }
    }
    return findNext(options, wholePage);
}

int FindController::replaceAll(const FindOptions &options, const QString &replacement,
                               bool wholePage) {
    const TextFinder finder(options);
    if (!ready(finder, wholePage))
        return 0;
    const auto [first, last] = rows(wholePage);
    const ReplaceAllResult result =
        galley::replaceAll(m_model->articles(), finder, replacement, first, last);
    if (result.count == 0) {
        m_lastError = tr("Not found");
        return 0;
    }
    m_model->replaceArticles(result.changed, tr("Replace %n Occurrence(s)", nullptr, result.count));
    return result.count;
}

} // namespace galley
