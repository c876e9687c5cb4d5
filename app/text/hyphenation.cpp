#include "text/hyphenation.h"

#include <QFile>

#include <hunspell.hxx>

#include <bitset>
#include <memory>
#include <mutex>

namespace galley::text {

namespace {

constexpr size_t maxFormLength = 64;

bool isWordChar(QChar c) {
    const CharClass cls = charClass(c.unicode());
    return cls == CharClass::LatinLetter || cls == CharClass::Digit;
}

// A hyphen or an apostrophe inside a word: co-operate, don't.
bool isWordJoiner(QChar c) {
    return c == u'-' || c == u'\'' || c == u'’';
}

void appendLower(std::u16string &out, QStringView word) {
    for (const QChar c : word) {
        const char16_t u = c.unicode();
        out.push_back(u < 0x80 ? char16_t(u >= u'A' && u <= u'Z' ? u + 32 : u)
                               : c.toLower().unicode());
    }
}

std::u16string joinedForm(QStringView left, QStringView right) {
    std::u16string form;
    appendLower(form, left);
    appendLower(form, right);
    return form;
}

std::u16string hyphenatedForm(QStringView left, QStringView right) {
    std::u16string form;
    appendLower(form, left);
    form.push_back(u'-');
    appendLower(form, right);
    return form;
}

class Dictionary {
public:
    static Dictionary &instance() {
        static Dictionary dictionary;
        return dictionary;
    }

    bool isLoaded() const { return m_hunspell != nullptr; }

    bool isWord(QStringView word) {
        if (!m_hunspell || word.isEmpty())
            return false;
        const std::string utf8 = word.toUtf8().toStdString();
        const std::lock_guard lock(m_mutex); // hunspell keeps state between calls
        return m_hunspell->spell(utf8);
    }

private:
    Dictionary() {
        const char *aff = "/usr/share/hunspell/en_US.aff";
        const char *dic = "/usr/share/hunspell/en_US.dic";
        if (QFile::exists(QString::fromLatin1(aff)) && QFile::exists(QString::fromLatin1(dic)))
            m_hunspell = std::make_unique<Hunspell>(aff, dic);
    }

    std::unique_ptr<Hunspell> m_hunspell;
    std::mutex m_mutex;
};

} // namespace

HyphenResolver::HyphenResolver(QStringView text, const PageFeatures &page) {
    if (!page.hasLetterHyphen)
        return;
    collectCandidates(text, page);
    if (!m_forms.empty())
        scanPage(text);
}

QStringView HyphenResolver::wordBefore(QStringView text, qsizetype hyphen) {
    qsizetype start = hyphen;
    while (start > 0 &&
           (isWordChar(text.at(start - 1)) ||
            (isWordJoiner(text.at(start - 1)) && start - 1 > 0 && isWordChar(text.at(start - 2)))))
        --start;
    return text.mid(start, hyphen - start);
}

QStringView HyphenResolver::wordAfter(QStringView text, qsizetype start) {
    qsizetype end = start;
    while (end < text.size() && isWordChar(text.at(end)))
        ++end;
    return text.mid(start, end - start);
}

bool HyphenResolver::hasDictionary() {
    return Dictionary::instance().isLoaded();
}

void HyphenResolver::collectCandidates(QStringView text, const PageFeatures &page) {
    for (size_t i = 0; i + 1 < page.lines.size(); ++i) {
        const LineFeatures &line = page.lines[i];
        if (!line.has(EndsLetterHyphen))
            continue;
        const QStringView left = wordBefore(text, line.end - 1);
        const QStringView right = wordAfter(text, page.lines[i + 1].start);
        // The hyphenated form is the longer one: it must fit the length set.
        if (left.isEmpty() || right.isEmpty() ||
            size_t(left.size() + right.size()) + 1 >= maxFormLength)
            continue;
        m_forms.emplace(joinedForm(left, right), false);
        m_forms.emplace(hyphenatedForm(left, right), false);
    }
}

// One pass over the page's words; only words as long as a candidate are
// looked up, so long English pages stay cheap.
void HyphenResolver::scanPage(QStringView text) {
    std::bitset<maxFormLength> lengths;
    for (const auto &entry : m_forms)
        lengths.set(entry.first.size());
    std::u16string key;
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        if (!isWordChar(text.at(i))) {
            ++i;
            continue;
        }
        qsizetype end = i;
        while (end < n && (isWordChar(text.at(end)) || (isWordJoiner(text.at(end)) && end + 1 < n &&
                                                        isWordChar(text.at(end + 1)))))
            ++end;
        const qsizetype length = end - i;
        if (size_t(length) < maxFormLength && lengths.test(size_t(length))) {
            key.clear();
            appendLower(key, text.mid(i, length));
            const auto found = m_forms.find(key);
            if (found != m_forms.end())
                found->second = true;
        }
        i = end;
    }
}

bool HyphenResolver::seen(const std::u16string &form) const {
    const auto found = m_forms.find(form);
    return found != m_forms.end() && found->second;
}

HyphenVerdict HyphenResolver::resolve(QStringView left, QStringView right) const {
    if (left.isEmpty() || right.isEmpty())
        return {DecisionKind::Join, Rule::LatinCompound, 50};
    if (left.back().isDigit() || right.front().isDigit())
        return {DecisionKind::Join, Rule::LatinRange, 95};
    if (left.contains(u'-'))
        return {DecisionKind::Join, Rule::LatinCompound, 80}; // state-of-the-\nart
    if (seen(hyphenatedForm(left, right)))
        return {DecisionKind::Join, Rule::LatinCompoundPage, 90};
    if (seen(joinedForm(left, right)))
        return {DecisionKind::Dehyphenate, Rule::LatinHyphenPage, 90};
    if (right.front().isUpper())
        return {DecisionKind::Join, Rule::LatinCompound, 75}; // Anglo-\nSaxon, mid-\nJuly
    Dictionary &dictionary = Dictionary::instance();
    if (!dictionary.isLoaded())
        return {DecisionKind::Dehyphenate, Rule::LatinHyphen, 55};
    QString joined = left.toString();
    joined.append(right);
    if (dictionary.isWord(joined) || dictionary.isWord(joined.toLower()))
        return {DecisionKind::Dehyphenate, Rule::LatinHyphen, 85};
    if (dictionary.isWord(left) && dictionary.isWord(right))
        return {DecisionKind::Join, Rule::LatinCompound, 75};
    return {DecisionKind::Dehyphenate, Rule::LatinHyphen, 60};
}

} // namespace galley::text
