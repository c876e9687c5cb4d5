#include "document/textstatistics.h"

namespace galley {

namespace {

bool isCountedSingly(char32_t c) {
    // Ideographs, kana and hangul: scripts written without spaces between
    // words. Their punctuation (。，、) is no word.
    const bool inRange = (c >= 0x2E80 && c <= 0x9FFF) || (c >= 0xAC00 && c <= 0xD7AF) ||
                         (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x20000 && c <= 0x3FFFF);
    return inRange && QChar::isLetterOrNumber(c);
}

// Apostrophes, hyphens and decimal points carry a word on ("union's",
// "well-known", "4.5") but never start one.
bool continuesWord(char32_t c) {
    return c == u'\'' || c == u'’' || c == u'-' || c == u'.';
}

} // namespace

TextCounts countText(QStringView text) {
    TextCounts counts;
    bool inWord = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        char32_t c = text.at(i).unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text.at(i), text.at(i + 1));
            ++i;
        }
        if (QChar::isSpace(c)) {
            inWord = false;
            continue;
        }
        ++counts.characters;
        if (isCountedSingly(c)) {
            ++counts.words;
            inWord = false;
        } else if (QChar::isLetterOrNumber(c)) {
            if (!inWord)
                ++counts.words;
            inWord = true;
        } else if (!continuesWord(c)) {
            inWord = false;
        }
    }
    return counts;
}

TextCounts countArticle(const Article &article) {
    TextCounts counts = countText(article.kicker);
    counts += countText(article.headline);
    counts += countText(article.deck);
    counts += countText(article.byline);
    for (const QString &paragraph : article.paragraphs)
        counts += countText(paragraph);
    return counts;
}

} // namespace galley
