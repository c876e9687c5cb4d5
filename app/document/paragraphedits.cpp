#include "document/paragraphedits.h"

namespace galley {

namespace {

bool isWide(char32_t c) {
    // Ideographs, kana, hangul and the full-width forms set without spaces.
    return (c >= 0x2E80 && c <= 0x9FFF) || (c >= 0xAC00 && c <= 0xD7AF) ||
           (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) ||
           (c >= 0xFF00 && c <= 0xFFEF) || (c >= 0x20000 && c <= 0x3FFFF);
}

char32_t lastCodePoint(QStringView text) {
    if (text.isEmpty())
        return 0;
    if (text.size() >= 2 && text.back().isLowSurrogate() &&
        text.at(text.size() - 2).isHighSurrogate())
        return QChar::surrogateToUcs4(text.at(text.size() - 2), text.back());
    return text.back().unicode();
}

char32_t firstCodePoint(QStringView text) {
    if (text.isEmpty())
        return 0;
    if (text.size() >= 2 && text.front().isHighSurrogate() && text.at(1).isLowSurrogate())
        return QChar::surrogateToUcs4(text.front(), text.at(1));
    return text.front().unicode();
}

} // namespace

BodyPosition bodyPosition(const Article &article, qsizetype offset) {
    qsizetype start = 0;
    for (int i = 0; i < article.paragraphs.size(); ++i) {
        const qsizetype length = article.paragraphs.at(i).size();
        if (offset <= start + length)
            return {i, int(qMax<qsizetype>(0, offset - start))};
        start += length + 1;
    }
    if (article.paragraphs.isEmpty())
        return {};
    const int last = int(article.paragraphs.size()) - 1;
    return {last, int(article.paragraphs.constLast().size())};
}

qsizetype bodyOffset(const Article &article, BodyPosition position) {
    qsizetype offset = 0;
    for (int i = 0; i < position.paragraph && i < article.paragraphs.size(); ++i)
        offset += article.paragraphs.at(i).size() + 1;
    return offset + position.offset;
}

QString joinSeparator(QStringView left, QStringView right) {
    const QStringView l = left.trimmed();
    const QStringView r = right.trimmed();
    if (l.isEmpty() || r.isEmpty() || isWide(lastCodePoint(l)) || isWide(firstCodePoint(r)))
        return {};
    return QStringLiteral(" ");
}

bool canJoinWithNext(const Article &article, int paragraph) {
    return paragraph >= 0 && paragraph + 1 < article.paragraphs.size();
}

Article joinWithNextParagraph(const Article &article, int paragraph) {
    if (!canJoinWithNext(article, paragraph))
        return article;
    Article joined = article;
    const QString left = joined.paragraphs.at(paragraph).trimmed();
    const QString right = joined.paragraphs.takeAt(paragraph + 1).trimmed();
    joined.paragraphs[paragraph] = left + joinSeparator(left, right) + right;
    return joined;
}

bool canSplitParagraph(const Article &article, BodyPosition at) {
    if (at.paragraph < 0 || at.paragraph >= article.paragraphs.size())
        return false;
    const QString &text = article.paragraphs.at(at.paragraph);
    if (at.offset <= 0 || at.offset >= text.size())
        return false;
    return !text.left(at.offset).trimmed().isEmpty() && !text.mid(at.offset).trimmed().isEmpty();
}

Article splitParagraph(const Article &article, BodyPosition at) {
    if (!canSplitParagraph(article, at))
        return article;
    Article split = article;
    const QString text = split.paragraphs.at(at.paragraph);
    split.paragraphs[at.paragraph] = text.left(at.offset).trimmed();
    split.paragraphs.insert(at.paragraph + 1, text.mid(at.offset).trimmed());
    return split;
}

Article liftIntoField(const Article &article, ArticleField field, qsizetype start, qsizetype end) {
    const QString body = article.body();
    start = qBound<qsizetype>(0, start, body.size());
    end = qBound<qsizetype>(start, end, body.size());
    // Line breaks inside the selection belong to no display line.
    const QString lifted = body.mid(start, end - start).replace(u'\n', u' ').simplified();
    if (lifted.isEmpty() || field == ArticleField::Body)
        return article;
    Article result = article;
    setArticleField(result, field, lifted);
    setArticleField(result, ArticleField::Body, body.left(start) + body.mid(end));
    return result;
}

Article swapHeadlineAndDeck(const Article &article) {
    Article swapped = article;
    std::swap(swapped.headline, swapped.deck);
    return swapped;
}

bool canSplitArticle(const Article &article, BodyPosition at) {
    if (at.paragraph < 0 || at.paragraph >= article.paragraphs.size())
        return false;
    const QString &text = article.paragraphs.at(at.paragraph);
    const bool textBefore = at.paragraph > 0 || !text.left(at.offset).trimmed().isEmpty();
    const bool textAfter =
        at.paragraph + 1 < article.paragraphs.size() || !text.mid(at.offset).trimmed().isEmpty();
    return textBefore && textAfter;
}

std::pair<Article, Article> splitArticle(const Article &article, BodyPosition at) {
    if (!canSplitArticle(article, at))
        return {article, Article{}};
    const Article cut = canSplitParagraph(article, at) ? splitParagraph(article, at) : article;
    // After a mid-paragraph cut the second part starts at the next paragraph.
    int firstOfSecond = at.paragraph;
    if (canSplitParagraph(article, at) ||
        (at.offset > 0 && !article.paragraphs.at(at.paragraph).left(at.offset).trimmed().isEmpty()))
        firstOfSecond = at.paragraph + 1;
    Article first = cut;
    first.paragraphs = cut.paragraphs.mid(0, firstOfSecond);
    Article second;
    second.paragraphs = cut.paragraphs.mid(firstOfSecond);
    second.source = article.source;
    return {first, second};
}

Article mergeArticles(const Article &first, const Article &second) {
    Article merged = first;
    QStringList carried;
    auto take = [&carried](QString &target, const QString &value) {
        if (value.isEmpty())
            return;
        if (target.isEmpty())
            target = value;
        else
            carried.append(value);
    };
    take(merged.kicker, second.kicker);
    take(merged.headline, second.headline);
    take(merged.deck, second.deck);
    take(merged.byline, second.byline);
    merged.paragraphs += carried;
    merged.paragraphs += second.paragraphs;
    if (second.source.isValid()) {
        if (!merged.source.isValid())
            merged.source = second.source;
        else
            merged.source = {qMin(merged.source.first, second.source.first),
                             qMax(merged.source.last, second.source.last)};
    }
    return merged;
}

} // namespace galley
