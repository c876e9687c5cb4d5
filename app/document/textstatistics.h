// Word and character counts as a copy editor reads them: each CJK character
// is a word, as is each run of Latin letters or digits.
#pragma once

#include "document/article.h"

#include <QStringView>

namespace galley {

struct TextCounts {
    qsizetype words = 0;
    qsizetype characters = 0; // without spaces and line breaks

    TextCounts &operator+=(const TextCounts &other) {
        words += other.words;
        characters += other.characters;
        return *this;
    }
    TextCounts &operator-=(const TextCounts &other) {
        words -= other.words;
        characters -= other.characters;
        return *this;
    }
    friend bool operator==(const TextCounts &, const TextCounts &) = default;
};

TextCounts countText(QStringView text);
// Kicker, headline, deck, byline and body together.
TextCounts countArticle(const Article &article);

} // namespace galley
