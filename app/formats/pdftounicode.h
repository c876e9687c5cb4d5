// Copy and search that give back the text that was set: corrects the ToUnicode
// maps in the PDFs Qt's PDF engine writes.
//
// Why: a PDF shows glyphs, and a reader turns them back into text through each
// font's ToUnicode map. Qt 6.4 builds that map by walking the font's character
// map from U+0000 upwards and naming each glyph by the first code point that
// reaches it (QFontSubset::getReverseMap). Noto CJK maps the Kangxi radicals
// (U+2F00..U+2FD5) and many CJK Radicals Supplement code points (U+2E80..U+2EF3)
// to the very glyphs of the ideographs they look like, and those code points
// come first, so "工" (U+5DE5) is copied as "⼯" (U+2F2F): 57 distinct
// characters of the sample page alone. Galley knows which characters it set, so
// it renames each glyph by the code point the text used for it, then writes the
// corrected maps back into the file. The rule is not tied to one block of
// Unicode: any glyph Qt names by a code point the text did not use, while the
// text did use another code point for that same glyph, is renamed.
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringView>
#include <optional>
#include <vector>

class QFont;
class QRawFont;

namespace galley {

// How often each code point of the Basic Multilingual Plane occurs in the text
// a document sets. (Qt's ToUnicode map names glyphs by BMP code points only.)
class CharacterCounts {
public:
    CharacterCounts()
        : m_counts(0x10000, 0) {}
    void add(QStringView text);
    quint32 count(char16_t c) const { return m_counts[c]; }

private:
    std::vector<quint32> m_counts;
};

// For one face: the code point Qt names a glyph by -> the code point the text
// set that glyph for, where the two differ.
using CodePointCorrections = QHash<char16_t, char16_t>;
CodePointCorrections toUnicodeCorrections(const QRawFont &font, const CharacterCounts &text);

// The PostScript name of a face (its 'name' table, name ID 6), which Qt's PDF
// engine gives the font in the file.
QByteArray postScriptName(const QRawFont &font);

// A ToUnicode CMap as character code (the glyph's CID) -> the text it stands for.
using ToUnicodeMap = QMap<quint16, QString>;
std::optional<ToUnicodeMap> parseToUnicodeCMap(const QByteArray &cmap);
QByteArray writeToUnicodeCMap(const ToUnicodeMap &map);
// Applies `corrections` to the single-code-point entries of `map`; returns how
// many entries changed.
int correctToUnicodeMap(ToUnicodeMap &map, const CodePointCorrections &corrections);

struct PdfRepairRequest {
    // Per PostScript name of a face the document was set in.
    QHash<QByteArray, CodePointCorrections> corrections;
    QString author; // written into the document information when not empty
};

// Adds the corrections of every family of every font in `fonts`: text the first
// family lacks (Chinese on an English page) is set in the next, which Qt embeds
// as a font of its own. Faces already in `request` are left as they are.
void addFontCorrections(PdfRepairRequest &request, const QList<QFont> &fonts,
                        const CharacterCounts &text);

struct PdfRepairReport {
    int fonts = 0;            // Type0 fonts found
    int correctedEntries = 0; // ToUnicode entries renamed
};

// Rewrites `pdf`, as Qt's PDF engine wrote it: corrects the ToUnicode map of
// every font, marks the embedded fonts as the subsets they are (Qt names the
// subset only in the font descriptor), and adds the author. On failure returns
// false, leaves `pdf` as it was and says why in `error`.
bool repairQtPdf(QByteArray &pdf, const PdfRepairRequest &request, PdfRepairReport *report,
                 QString *error);

} // namespace galley
