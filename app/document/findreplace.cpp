#include "document/findreplace.h"

#include <QCoreApplication>

namespace galley {

namespace {

QRegularExpression compile(const FindOptions &options) {
    QString pattern =
        options.regularExpression ? options.pattern : QRegularExpression::escape(options.pattern);
    if (options.wholeWords)
        pattern = QStringLiteral("\\b(?:%1)\\b").arg(pattern);
    QRegularExpression::PatternOptions flags = QRegularExpression::UseUnicodePropertiesOption;
    if (!options.caseSensitive)
        flags |= QRegularExpression::CaseInsensitiveOption;
    return QRegularExpression(pattern, flags);
}

// \N and \NN stand for a group, \\ for a backslash; the rest is literal.
QString expand(const QString &replacement, const QRegularExpressionMatch &match) {
    QString result;
    result.reserve(replacement.size());
    for (qsizetype i = 0; i < replacement.size(); ++i) {
        const QChar c = replacement.at(i);
        if (c != u'\\' || i + 1 >= replacement.size()) {
            result += c;
            continue;
        }
        const QChar next = replacement.at(i + 1);
        if (next == u'\\') {
            result += u'\\';
            ++i;
        } else if (next.isDigit()) {
            int group = next.digitValue();
            ++i;
            if (i + 1 < replacement.size() && replacement.at(i + 1).isDigit() &&
                group * 10 + replacement.at(i + 1).digitValue() <=
                    match.regularExpression().captureCount()) {
                group = group * 10 + replacement.at(i + 1).digitValue();
                ++i;
            }
            result += match.captured(group);
        } else {
            result += c;
        }
    }
    return result;
}

int lastRowIn(const QList<Article> &articles, int lastRow) {
    return qMin(lastRow, int(articles.size()) - 1);
}

} // namespace

TextFinder::TextFinder(const FindOptions &options)
    : m_expression(compile(options))
    , m_regularExpression(options.regularExpression) {
    if (options.pattern.isEmpty())
        m_expression = QRegularExpression();
}

bool TextFinder::isValid() const {
    return !m_expression.pattern().isEmpty() && m_expression.isValid();
}

QString TextFinder::errorString() const {
    if (m_expression.pattern().isEmpty())
        return QCoreApplication::translate("TextFinder", "Nothing to find");
    return m_expression.errorString();
}

std::optional<std::pair<qsizetype, qsizetype>> TextFinder::findIn(const QString &text,
                                                                  qsizetype from) const {
    if (!isValid() || from > text.size())
        return std::nullopt;
    QRegularExpressionMatchIterator it = m_expression.globalMatch(text, qMax<qsizetype>(0, from));
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        // An empty match finds nothing a person could see or replace.
        if (match.capturedLength() > 0)
            return std::make_pair(match.capturedStart(), match.capturedLength());
    }
    return std::nullopt;
}

std::optional<std::pair<qsizetype, qsizetype>> TextFinder::findLastIn(const QString &text,
                                                                      qsizetype to) const {
    std::optional<std::pair<qsizetype, qsizetype>> last;
    if (!isValid())
        return last;
    QRegularExpressionMatchIterator it = m_expression.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        if (match.capturedEnd() > to)
            break;
        if (match.capturedLength() > 0)
            last = std::make_pair(match.capturedStart(), match.capturedLength());
    }
    return last;
}

int TextFinder::replaceAllIn(QString &text, const QString &replacement) const {
    if (!isValid())
        return 0;
    QString result;
    qsizetype copied = 0;
    int count = 0;
    QRegularExpressionMatchIterator it = m_expression.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        if (match.capturedLength() == 0)
            continue;
        result += QStringView(text).mid(copied, match.capturedStart() - copied);
        result += m_regularExpression ? expand(replacement, match) : replacement;
        copied = match.capturedEnd();
        ++count;
    }
    if (count > 0) {
        result += QStringView(text).mid(copied);
        text = result;
    }
    return count;
}

QString TextFinder::replacementFor(const QString &matched, const QString &replacement) const {
    if (!m_regularExpression)
        return replacement;
    const QRegularExpressionMatch match = m_expression.match(matched);
    return match.hasMatch() ? expand(replacement, match) : replacement;
}

std::optional<FindMatch> findNext(const QList<Article> &articles, const TextFinder &finder,
                                  const FindMatch &from, int firstRow, int lastRow) {
    lastRow = lastRowIn(articles, lastRow);
    if (!finder.isValid() || firstRow > lastRow)
        return std::nullopt;
    const bool fresh = from.row < firstRow || from.row > lastRow;
    const int startRow = fresh ? firstRow : from.row;
    const int rows = lastRow - firstRow + 1;
    // One step more than there are rows: the start row again, from its top.
    for (int step = 0; step <= rows; ++step) {
        const int row = firstRow + (startRow - firstRow + step) % rows;
        const Article &article = articles.at(row);
        for (const ArticleField field : searchedFields) {
            qsizetype start = 0;
            if (step == 0 && !fresh) {
                if (field < from.field)
                    continue;
                if (field == from.field)
                    start = from.start + from.length;
            }
            const auto found = finder.findIn(articleField(article, field), start);
            if (found)
                return FindMatch{row, field, found->first, found->second};
        }
    }
    return std::nullopt;
}

std::optional<FindMatch> findPrevious(const QList<Article> &articles, const TextFinder &finder,
                                      const FindMatch &from, int firstRow, int lastRow) {
    lastRow = lastRowIn(articles, lastRow);
    if (!finder.isValid() || firstRow > lastRow)
        return std::nullopt;
    const bool fresh = from.row < firstRow || from.row > lastRow;
    const int startRow = fresh ? lastRow : from.row;
    const int rows = lastRow - firstRow + 1;
    for (int step = 0; step <= rows; ++step) {
        const int row = firstRow + ((startRow - firstRow - step) % rows + rows) % rows;
        const Article &article = articles.at(row);
        for (auto it = std::rbegin(searchedFields); it != std::rend(searchedFields); ++it) {
            const ArticleField field = *it;
            const QString text = articleField(article, field);
            qsizetype end = text.size();
            if (step == 0 && !fresh) {
                if (field > from.field)
                    continue;
                if (field == from.field)
                    end = from.start;
            }
            const auto found = finder.findLastIn(text, end);
            if (found)
                return FindMatch{row, field, found->first, found->second};
        }
    }
    return std::nullopt;
}

ReplaceAllResult replaceAll(const QList<Article> &articles, const TextFinder &finder,
                            const QString &replacement, int firstRow, int lastRow) {
    ReplaceAllResult result;
    lastRow = lastRowIn(articles, lastRow);
    if (!finder.isValid())
        return result;
    for (int row = qMax(0, firstRow); row <= lastRow; ++row) {
        Article article = articles.at(row);
        int count = 0;
        for (const ArticleField field : searchedFields) {
            QString text = articleField(article, field);
            const int replaced = finder.replaceAllIn(text, replacement);
            if (replaced == 0)
                continue;
            setArticleField(article, field, text);
            count += replaced;
        }
        if (count == 0)
            continue;
        result.count += count;
        if (!(article == articles.at(row)))
            result.changed.append({row, std::move(article)});
    }
    return result;
}

} // namespace galley
