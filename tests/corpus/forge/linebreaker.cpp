#include "linebreaker.h"

#include "pagestyle.h"

namespace galley::forge {

namespace {

struct Unit {
    int font = 0;
    QString text;
    double width = 0;
    bool glue = false; // a space: lines break here and it stretches
};

// Punctuation a Chinese line may not start with, and may not end with.
bool closes(QChar c) {
    return QStringView(u"，。、；：？！）」』》〉】〕”’…—%·,.;:?!)").contains(c);
}
bool opens(QChar c) {
    return QStringView(u"（「『《〈【〔“‘(").contains(c);
}
bool isLatinWordChar(QChar c) {
    return c.isLetterOrNumber() && c.unicode() < 0x2000;
}

QList<Unit> chineseUnits(const QList<Piece> &pieces) {
    QList<Unit> units;
    bool afterOpening = false; // the last unit ends in an opening bracket
    for (const Piece &piece : pieces) {
        const QString &s = piece.text;
        for (qsizetype i = 0; i < s.size();) {
            Unit unit{piece.font, {}, 0, false};
            if (s[i].isSpace() && s[i] != QChar(0x3000)) {
                unit.glue = true;
                unit.text = s[i++];
            } else if (isLatinWordChar(s[i])) {
                // Latin words and figures stay whole, with the points and
                // signs inside them (4.5万, 2022年, COVID-19).
                qsizetype j = i + 1;
                while (j < s.size() &&
                       (isLatinWordChar(s[j]) || (QStringView(u".,:/-'%").contains(s[j]) &&
                                                  j + 1 < s.size() && isLatinWordChar(s[j + 1]))))
                    ++j;
                unit.text = s.mid(i, j - i);
                i = j;
            } else {
                unit.text = s[i++];
            }
            const bool attach = !units.isEmpty() && units.last().font == unit.font &&
                                !units.last().glue && !unit.glue &&
                                (closes(unit.text.front()) || afterOpening);
            afterOpening = !unit.glue && opens(unit.text.back());
            if (attach)
                units.last().text += unit.text;
            else
                units.append(unit);
        }
    }
    return units;
}

QList<Unit> englishUnits(const QList<Piece> &pieces) {
    QList<Unit> units;
    for (const Piece &piece : pieces) {
        const QStringList words = piece.text.split(QLatin1Char(' '));
        for (qsizetype w = 0; w < words.size(); ++w) {
            if (w > 0)
                units.append({piece.font, QStringLiteral(" "), 0, true});
            if (!words[w].isEmpty())
                units.append({piece.font, words[w], 0, false});
        }
    }
    return units;
}

bool isVowel(QChar c) {
    return QStringView(u"aeiouyAEIOUY").contains(c);
}

qsizetype hyphenLetters(const QString &word) {
    qsizetype letters = 0;
    while (letters < word.size() && word[letters].isLetter() && word[letters].unicode() < 128)
        ++letters;
    return letters;
}

// Where a word may take a hyphen: between two consonants before a vowel
// (govern-ment, inter-national), at least three letters from either end.
QList<int> hyphenPoints(const QString &word) {
    QList<int> points;
    const qsizetype letters = hyphenLetters(word);
    if (letters < 7 || letters < word.size() - 2)
        return points;
    for (int i = 3; i + 3 <= letters; ++i) {
        const QChar a = word[i - 1], b = word[i], c = word[i + 1];
        const QString pair = QString(a).toLower() + QString(b).toLower();
        // Not inside a cluster that starts a syllable (-round, -tory).
        if (!isVowel(a) && !isVowel(b) && isVowel(c) && b.isLower() &&
            !QStringView(u"rlh").contains(b) && pair != QStringLiteral("st") &&
            !QStringList{QStringLiteral("ch"), QStringLiteral("sh"), QStringLiteral("th"),
                         QStringLiteral("ph"), QStringLiteral("wh"), QStringLiteral("ck"),
                         QStringLiteral("gh"), QStringLiteral("qu")}
                 .contains(pair))
            points.append(i);
    }
    return points;
}

} // namespace

BrokenParagraph breakParagraph(const QList<Piece> &pieces, const LineBreaking &how) {
    QList<Unit> units = how.chinese ? chineseUnits(pieces) : englishUnits(pieces);
    for (Unit &unit : units)
        unit.width = how.width(unit.font, unit.text);

    BrokenParagraph result;
    QList<QList<Unit>> lines{{}};
    double used = 0;
    auto trimmedWidth = [](const QList<Unit> &line) {
        double w = 0;
        for (const Unit &u : line)
            w += u.width;
        for (qsizetype i = line.size() - 1; i >= 0 && line[i].glue; --i)
            w -= line[i].width;
        return w;
    };
    for (qsizetype i = 0; i < units.size(); ++i) {
        Unit unit = units[i];
        const double measure = how.measure(int(lines.size() - 1));
        QList<Unit> &line = lines.last();
        if (unit.glue && line.isEmpty())
            continue;
        if (used + unit.width <= measure + 0.01 ||
            (line.isEmpty() && !unit.glue && (how.chinese || unit.width <= measure))) {
            line.append(unit);
            used += unit.width;
            continue;
        }
        if (unit.glue) {
            lines.append(QList<Unit>());
            used = 0;
            continue;
        }
        // An English word that does not fit: now and then, or always when it
        // would not fit even a line of its own, break it with a hyphen.
        if (!how.chinese && how.hyphenation &&
            (how.hyphenation->chance(0.7) || unit.width > measure)) {
            const QList<int> points = hyphenPoints(unit.text);
            bool broken = false;
            for (qsizetype p = points.size() - 1; p >= 0 && !broken; --p) {
                const QString head = unit.text.left(points[p]) + QLatin1Char('-');
                const double headWidth = how.width(unit.font, head);
                if (used + headWidth <= measure + 0.01) {
                    line.append({unit.font, head, headWidth, false});
                    result.hyphenated.append(unit.text.left(hyphenLetters(unit.text)));
                    units[i].text = unit.text.mid(points[p]);
                    units[i].width = how.width(unit.font, units[i].text);
                    broken = true;
                }
            }
            if (broken) {
                lines.append(QList<Unit>());
                used = 0;
                --i; // the rest of the word starts the next line
                continue;
            }
        }
        while (!line.isEmpty() && line.last().glue)
            line.removeLast();
        lines.append(QList<Unit>{unit});
        used = unit.width;
    }
    if (lines.last().isEmpty())
        lines.removeLast();

    for (qsizetype l = 0; l < lines.size(); ++l) {
        QList<Unit> line = lines[l];
        while (!line.isEmpty() && line.last().glue)
            line.removeLast();
        const bool last = l == lines.size() - 1;
        const double measure = how.measure(int(l));
        const double natural = trimmedWidth(line);
        double x = how.indent(int(l));
        double stretch = 0;
        bool stretchGlueOnly = !how.chinese;
        if (how.justify && !last) {
            qsizetype gaps = 0;
            for (qsizetype u = 0; u < line.size(); ++u)
                gaps += stretchGlueOnly ? line[u].glue : (u > 0);
            if (gaps > 0)
                stretch = (measure - natural) / gaps;
        } else if (how.centre) {
            x += (measure - natural) / 2;
        }
        BrokenLine broken;
        for (qsizetype u = 0; u < line.size(); ++u) {
            if (!stretchGlueOnly && u > 0)
                x += stretch;
            if (line[u].glue) {
                x += line[u].width + (stretchGlueOnly ? stretch : 0);
                continue;
            }
            broken.runs.append({line[u].font, x, line[u].text});
            x += line[u].width;
        }
        result.lines.append(broken);
    }
    return result;
}

} // namespace galley::forge
