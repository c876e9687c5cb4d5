// Hyphenation: whether a hyphen at a Latin line end only broke the word
// ("cor-\nrect") or belongs to it ("well-\nknown"), judged first by how the
// page itself spells the word elsewhere, then by the hunspell dictionary.
#pragma once

#include "text/decision.h"
#include "text/linefeatures.h"

#include <QStringView>

#include <string>
#include <unordered_map>

namespace galley::text {

struct HyphenVerdict {
    DecisionKind kind = DecisionKind::Dehyphenate; // Dehyphenate or Join (hyphen kept)
    Rule rule = Rule::LatinHyphen;
    quint8 confidence = 50;
};

class HyphenResolver {
public:
    // Collects, for every line of `page` that ends in a letter and a hyphen,
    // whether the page spells the word elsewhere with or without the hyphen.
    HyphenResolver(QStringView text, const PageFeatures &page);

    // `left` is the word before the hyphen (without it), `right` the word that
    // starts the next line.
    HyphenVerdict resolve(QStringView left, QStringView right) const;

    // The word that ends just before the hyphen at `hyphen`, and the word that
    // starts at `start`, as resolve() wants them.
    static QStringView wordBefore(QStringView text, qsizetype hyphen);
    static QStringView wordAfter(QStringView text, qsizetype start);

    // Whether the en_US hunspell dictionary could be loaded.
    static bool hasDictionary();

private:
    // The lower-case forms the line-end hyphens could stand for ("cooperate",
    // "co-operate"), each with whether the page writes it inside a line.
    std::unordered_map<std::u16string, bool> m_forms;
    void collectCandidates(QStringView text, const PageFeatures &page);
    void scanPage(QStringView text);
    bool seen(const std::u16string &form) const;
};

} // namespace galley::text
