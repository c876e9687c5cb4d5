#include "formats/pdftounicode.h"

#include "formats/pdffile.h"

#include <QCoreApplication>
#include <QFont>
#include <QRawFont>
#include <QtEndian>

namespace galley {

namespace {

bool isSurrogate(char32_t c) {
    return c >= 0xD800 && c <= 0xDFFF;
}

// --- CMap tokens -------------------------------------------------------------

struct CMapToken {
    enum Kind { Hex, Word, ArrayStart, ArrayEnd } kind;
    QByteArray text; // the digits of a hex string, or the word
};

std::optional<QList<CMapToken>> tokenizeCMap(const QByteArray &cmap) {
    QList<CMapToken> tokens;
    qsizetype i = 0;
    while (i < cmap.size()) {
        const char c = cmap.at(i);
        if (QByteArrayView(cmap).sliced(i).startsWith("<<") ||
            QByteArrayView(cmap).sliced(i).startsWith(">>")) {
            tokens.append(CMapToken{CMapToken::Word, cmap.mid(i, 2)});
            i += 2;
        } else if (c == '<') {
            const qsizetype close = cmap.indexOf('>', i);
            if (close < 0)
                return std::nullopt;
            QByteArray digits = cmap.mid(i + 1, close - i - 1);
            digits.replace(' ', "").replace('\n', "").replace('\r', "");
            tokens.append(CMapToken{CMapToken::Hex, digits});
            i = close + 1;
        } else if (c == '[' || c == ']') {
            tokens.append(CMapToken{c == '[' ? CMapToken::ArrayStart : CMapToken::ArrayEnd, {}});
            ++i;
        } else if (c == '(') { // literal strings are not used by ToUnicode maps we read
            const qsizetype close = cmap.indexOf(')', i);
            i = close < 0 ? cmap.size() : close + 1;
        } else if (c == ' ' || c == '\n' || c == '\r' || c == '\t') {
            ++i;
        } else {
            qsizetype end = i + 1;
            while (end < cmap.size() && !QByteArrayView(" \n\r\t<>[]()").contains(cmap.at(end)))
                ++end;
            tokens.append(CMapToken{CMapToken::Word, cmap.mid(i, end - i)});
            i = end;
        }
    }
    return tokens;
}

std::optional<quint16> hexCode(const CMapToken &token) {
    if (token.kind != CMapToken::Hex || token.text.isEmpty() || token.text.size() > 4)
        return std::nullopt;
    bool ok = false;
    const uint code = token.text.toUInt(&ok, 16);
    return ok ? std::optional<quint16>(quint16(code)) : std::nullopt;
}

std::optional<QString> hexText(const CMapToken &token) {
    if (token.kind != CMapToken::Hex || token.text.size() % 4 != 0)
        return std::nullopt;
    const QByteArray bytes = QByteArray::fromHex(token.text);
    QString text(bytes.size() / 2, Qt::Uninitialized);
    for (qsizetype i = 0; i < text.size(); ++i)
        text[i] = QChar(qFromBigEndian<quint16>(bytes.constData() + 2 * i));
    return text;
}

bool readBfChars(const QList<CMapToken> &tokens, qsizetype &i, ToUnicodeMap &map) {
    while (i < tokens.size() && tokens.at(i).text != "endbfchar") {
        if (i + 1 >= tokens.size())
            return false;
        const auto code = hexCode(tokens.at(i));
        const auto text = hexText(tokens.at(i + 1));
        if (!code || !text)
            return false;
        map.insert(*code, *text);
        i += 2;
    }
    return i < tokens.size();
}

bool readBfRanges(const QList<CMapToken> &tokens, qsizetype &i, ToUnicodeMap &map) {
    while (i < tokens.size() && tokens.at(i).text != "endbfrange") {
        if (i + 2 >= tokens.size())
            return false;
        const auto low = hexCode(tokens.at(i));
        const auto high = hexCode(tokens.at(i + 1));
        if (!low || !high || *high < *low)
            return false;
        if (tokens.at(i + 2).kind == CMapToken::ArrayStart) {
            i += 3;
            for (uint code = *low; code <= *high; ++code, ++i) {
                const auto text = i < tokens.size() ? hexText(tokens.at(i)) : std::nullopt;
                if (!text)
                    return false;
                map.insert(quint16(code), *text);
            }
            if (i >= tokens.size() || tokens.at(i).kind != CMapToken::ArrayEnd)
                return false;
            ++i;
        } else {
            const auto first = hexText(tokens.at(i + 2));
            if (!first || first->isEmpty())
                return false;
            // The last code unit counts up along the range.
            for (uint code = *low; code <= *high; ++code) {
                QString text = *first;
                text.back() = QChar(char16_t(text.back().unicode() + (code - *low)));
                map.insert(quint16(code), text);
            }
            i += 3;
        }
    }
    return i < tokens.size();
}

QByteArray hexOf(const QString &text) {
    QByteArray hex;
    for (QChar c : text)
        hex += QByteArray::number(c.unicode(), 16).rightJustified(4, '0').toUpper();
    return hex;
}

// --- fonts -------------------------------------------------------------------

// The name-table string at `record`, decoded from UTF-16BE (Windows) or ASCII (Mac).
QByteArray nameRecordText(const QByteArray &table, const uchar *record, int stringOffset) {
    const quint16 platform = qFromBigEndian<quint16>(record);
    const quint16 length = qFromBigEndian<quint16>(record + 8);
    const quint16 offset = qFromBigEndian<quint16>(record + 10);
    if (qsizetype(stringOffset) + offset + length > table.size())
        return {};
    const QByteArray raw = table.mid(stringOffset + offset, length);
    if (platform == 1)
        return raw;
    QByteArray ascii;
    for (qsizetype i = 0; i + 1 < raw.size(); i += 2)
        ascii.append(raw.at(i + 1));
    return ascii;
}

// --- the PDF -----------------------------------------------------------------

struct FontObjects {
    int type0 = -1;
    int cidFont = -1;
    int toUnicode = -1;
    QByteArray subsetName; // from the font descriptor, with its "ABCDEF+" tag when it has one
};

bool hasSubsetTag(QByteArrayView name) {
    if (name.size() < 7 || name.at(6) != '+')
        return false;
    for (int i = 0; i < 6; ++i) {
        if (name.at(i) < 'A' || name.at(i) > 'Z')
            return false;
    }
    return true;
}

std::optional<QList<pdf::DictionaryEntry>> dictionaryOf(const pdf::PdfFile &file, int number) {
    return number < 0 ? std::nullopt : pdf::readDictionary(file.object(number));
}

QByteArray entryValue(const QList<pdf::DictionaryEntry> &entries, QByteArrayView key) {
    const pdf::DictionaryEntry *entry = pdf::findEntry(entries, key);
    return entry ? entry->value : QByteArray();
}

std::optional<FontObjects> type0Font(const pdf::PdfFile &file, int number) {
    const auto font = dictionaryOf(file, number);
    if (!font || entryValue(*font, "/Type") != "/Font" || entryValue(*font, "/Subtype") != "/Type0")
        return std::nullopt;
    FontObjects objects;
    objects.type0 = number;
    objects.toUnicode = pdf::referencedObject(entryValue(*font, "/ToUnicode"));
    const QList<int> descendants = pdf::referencedObjects(entryValue(*font, "/DescendantFonts"));
    objects.cidFont = descendants.size() == 1 ? descendants.constFirst() : -1;
    if (const auto cidFont = dictionaryOf(file, objects.cidFont)) {
        const int descriptorNumber = pdf::referencedObject(entryValue(*cidFont, "/FontDescriptor"));
        if (const auto descriptor = dictionaryOf(file, descriptorNumber))
            objects.subsetName = entryValue(*descriptor, "/FontName").mid(1);
    }
    return objects;
}

// Names the font by its subset name in the Type0 and CIDFont dictionaries too,
// as PDF readers look there for the "ABCDEF+" tag of a subset.
void markSubset(pdf::PdfFile &file, int number, const QByteArray &subsetName) {
    QByteArray body = file.object(number);
    const auto entries = pdf::readDictionary(body);
    const pdf::DictionaryEntry *baseFont =
        entries ? pdf::findEntry(*entries, "/BaseFont") : nullptr;
    if (!baseFont || hasSubsetTag(baseFont->value.mid(1)) ||
        baseFont->value.mid(1) != subsetName.mid(7))
        return;
    body.replace(baseFont->valueStart, baseFont->valueEnd - baseFont->valueStart, '/' + subsetName);
    file.replaceObject(number, body);
}

bool setAuthor(pdf::PdfFile &file, const QString &author) {
    const QByteArray trailer = file.trailer();
    const auto trailerEntries =
        pdf::readDictionary(QByteArrayView(trailer).sliced(trailer.startsWith("trailer") ? 7 : 0));
    const int info =
        trailerEntries ? pdf::referencedObject(entryValue(*trailerEntries, "/Info")) : -1;
    QByteArray body = file.object(info);
    qsizetype end = 0;
    const auto entries = pdf::readDictionary(body, &end);
    if (!entries)
        return false;
    const QByteArray value = pdf::hexTextString(author);
    if (const pdf::DictionaryEntry *existing = pdf::findEntry(*entries, "/Author"))
        body.replace(existing->valueStart, existing->valueEnd - existing->valueStart, value);
    else
        body.insert(end - 2, "/Author " + value + '\n');
    file.replaceObject(info, body);
    return true;
}

} // namespace

void CharacterCounts::add(QStringView text) {
    for (QChar c : text)
        ++m_counts[c.unicode()];
}

CodePointCorrections toUnicodeCorrections(const QRawFont &font, const CharacterCounts &text) {
    // Qt's naming, reproduced: each glyph goes by the first BMP code point that reaches it.
    QList<QChar> codePoints;
    codePoints.reserve(0x10000);
    for (char32_t c = 1; c < 0x10000; ++c) {
        if (!isSurrogate(c))
            codePoints.append(QChar(char16_t(c)));
    }
    QList<quint32> glyphs(codePoints.size());
    int glyphCount = int(glyphs.size());
    if (!font.glyphIndexesForChars(codePoints.constData(), int(codePoints.size()), glyphs.data(),
                                   &glyphCount) ||
        glyphCount != codePoints.size())
        return {};

    QHash<quint32, char16_t> qtName;   // glyph -> the code point Qt names it by
    QHash<quint32, char16_t> textName; // glyph -> the code point the text sets it for most
    for (qsizetype i = 0; i < codePoints.size(); ++i) {
        const quint32 glyph = glyphs.at(i);
        const char16_t c = codePoints.at(i).unicode();
        if (glyph == 0)
            continue;
        if (!qtName.contains(glyph))
            qtName.insert(glyph, c);
        if (text.count(c) > 0) {
            const auto best = textName.constFind(glyph);
            if (best == textName.cend() || text.count(c) > text.count(*best))
                textName.insert(glyph, c);
        }
    }
    CodePointCorrections corrections;
    for (auto it = textName.cbegin(); it != textName.cend(); ++it) {
        const char16_t named = qtName.value(it.key());
        if (named != it.value())
            corrections.insert(named, it.value());
    }
    return corrections;
}

QByteArray postScriptName(const QRawFont &font) {
    const QByteArray table = font.fontTable("name");
    if (table.size() < 6)
        return {};
    const auto *data = reinterpret_cast<const uchar *>(table.constData());
    const quint16 count = qFromBigEndian<quint16>(data + 2);
    const quint16 stringOffset = qFromBigEndian<quint16>(data + 4);
    QByteArray fallback;
    for (int i = 0; i < count && 6 + 12 * (i + 1) <= table.size(); ++i) {
        const uchar *record = data + 6 + 12 * i;
        const quint16 platform = qFromBigEndian<quint16>(record);
        if (qFromBigEndian<quint16>(record + 6) != 6)
            continue;
        if (platform == 3)
            return nameRecordText(table, record, stringOffset);
        if (platform == 1)
            fallback = nameRecordText(table, record, stringOffset);
    }
    return fallback;
}

std::optional<ToUnicodeMap> parseToUnicodeCMap(const QByteArray &cmap) {
    const auto tokens = tokenizeCMap(cmap);
    if (!tokens)
        return std::nullopt;
    ToUnicodeMap map;
    bool sawMapping = false;
    for (qsizetype i = 0; i < tokens->size(); ++i) {
        const QByteArray &word = tokens->at(i).text;
        if (tokens->at(i).kind != CMapToken::Word)
            continue;
        if (word == "beginbfchar") {
            ++i;
            if (!readBfChars(*tokens, i, map))
                return std::nullopt;
            sawMapping = true;
        } else if (word == "beginbfrange") {
            ++i;
            if (!readBfRanges(*tokens, i, map))
                return std::nullopt;
            sawMapping = true;
        }
    }
    if (!sawMapping && !cmap.contains("begincmap"))
        return std::nullopt;
    return map;
}

QByteArray writeToUnicodeCMap(const ToUnicodeMap &map) {
    QByteArray cmap = "/CIDInit /ProcSet findresource begin\n"
                      "12 dict begin\n"
                      "begincmap\n"
                      "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
                      "/CMapName /Adobe-Identity-UCS def\n"
                      "/CMapType 2 def\n"
                      "1 begincodespacerange\n"
                      "<0000> <FFFF>\n"
                      "endcodespacerange\n";
    QList<std::pair<quint16, QString>> entries;
    for (auto it = map.cbegin(); it != map.cend(); ++it) {
        // U+0000 names no character: a glyph mapped to it copies as a NUL.
        if (!it.value().isEmpty() && it.value() != QString(QChar(0)))
            entries.append({it.key(), it.value()});
    }
    // A bfchar block holds at most 100 entries.
    for (qsizetype start = 0; start < entries.size(); start += 100) {
        const qsizetype end = std::min(entries.size(), start + 100);
        cmap += QByteArray::number(end - start) + " beginbfchar\n";
        for (qsizetype i = start; i < end; ++i) {
            cmap += '<' +
                    QByteArray::number(entries.at(i).first, 16).rightJustified(4, '0').toUpper() +
                    "> <" + hexOf(entries.at(i).second) + ">\n";
        }
        cmap += "endbfchar\n";
    }
    cmap += "endcmap\n"
            "CMapName currentdict /CMap defineresource pop\n"
            "end\n"
            "end\n";
    return cmap;
}

int correctToUnicodeMap(ToUnicodeMap &map, const CodePointCorrections &corrections) {
    int changed = 0;
    for (auto it = map.begin(); it != map.end(); ++it) {
        if (it.value().size() != 1)
            continue;
        const auto correction = corrections.constFind(it.value().at(0).unicode());
        if (correction != corrections.cend()) {
            it.value() = QString(QChar(*correction));
            ++changed;
        }
    }
    return changed;
}

bool repairQtPdf(QByteArray &pdf, const PdfRepairRequest &request, PdfRepairReport *report,
                 QString *error) {
    pdf::PdfFile file;
    if (!file.read(pdf, error))
        return false;
    PdfRepairReport result;
    for (int number : file.objectNumbers()) {
        const std::optional<FontObjects> font = type0Font(file, number);
        if (!font)
            continue;
        ++result.fonts;
        if (hasSubsetTag(font->subsetName)) {
            markSubset(file, font->type0, font->subsetName);
            markSubset(file, font->cidFont, font->subsetName);
        }
        if (font->toUnicode < 0)
            continue;
        const std::optional<QByteArray> data = file.streamData(font->toUnicode);
        std::optional<ToUnicodeMap> map = data ? parseToUnicodeCMap(*data) : std::nullopt;
        if (!map) {
            if (error)
                *error = QCoreApplication::translate("PdfToUnicode",
                                                     "the ToUnicode map of font %1 cannot be read")
                             .arg(QString::fromLatin1(font->subsetName));
            return false;
        }
        const QByteArray name =
            hasSubsetTag(font->subsetName) ? font->subsetName.mid(7) : font->subsetName;
        result.correctedEntries += correctToUnicodeMap(*map, request.corrections.value(name));
        file.replaceObject(font->toUnicode, pdf::PdfFile::streamObject(writeToUnicodeCMap(*map)));
    }
    if (!request.author.isEmpty() && !setAuthor(file, request.author)) {
        if (error)
            *error = QCoreApplication::translate("PdfToUnicode",
                                                 "the PDF has no document information dictionary");
        return false;
    }
    pdf = file.write();
    if (report)
        *report = result;
    return true;
}

void addFontCorrections(PdfRepairRequest &request, const QList<QFont> &fonts,
                        const CharacterCounts &text) {
    for (const QFont &font : fonts) {
        for (const QString &family : font.families()) {
            QFont face = font;
            face.setFamilies({family});
            const QRawFont raw = QRawFont::fromFont(face);
            const QByteArray name = postScriptName(raw);
            if (!name.isEmpty() && !request.corrections.contains(name))
                request.corrections.insert(name, toUnicodeCorrections(raw, text));
        }
    }
}

} // namespace galley
