// Just enough of the PDF file structure to edit the objects of a PDF that
// Qt's PDF engine wrote (one classic cross-reference table, no object
// streams) and write it out again with a correct cross-reference table.
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QMap>
#include <optional>

namespace galley::pdf {

// A value inside a dictionary, as its source bytes: "/Name", "12 0 R", "[...]", "(...)".
struct DictionaryEntry {
    QByteArray key; // with its slash
    QByteArray value;
    qsizetype valueStart = 0; // offsets into the text the dictionary was read from
    qsizetype valueEnd = 0;
};

// The top-level entries of the dictionary that `text` opens with, or nothing
// when `text` does not start with a well-formed dictionary. `end` receives the
// offset after its closing ">>".
std::optional<QList<DictionaryEntry>> readDictionary(QByteArrayView text, qsizetype *end = nullptr);
const DictionaryEntry *findEntry(const QList<DictionaryEntry> &entries, QByteArrayView key);
// The object number of an indirect reference such as "12 0 R", or -1.
int referencedObject(QByteArrayView value);
// Every object number an array of references such as "[12 0 R 13 0 R]" names.
QList<int> referencedObjects(QByteArrayView array);
// A text string as the PDF spells it in hexadecimal UTF-16BE with its byte order mark.
QByteArray hexTextString(const QString &text);

class PdfFile {
public:
    // Reads the structure of `bytes`. On failure returns false and `error` says why.
    bool read(const QByteArray &bytes, QString *error);

    QList<int> objectNumbers() const { return m_objects.keys(); }
    // The text between "N G obj" and "endobj", or empty for an unknown object.
    QByteArray object(int number) const;
    void replaceObject(int number, const QByteArray &body);
    QByteArray trailer() const;

    // The data of a stream object that carries no filter, or nothing.
    std::optional<QByteArray> streamData(int number) const;
    // A stream object holding `data`, to pass to replaceObject().
    static QByteArray streamObject(const QByteArray &data);

    // The file with every replaced object and a new cross-reference table.
    QByteArray write() const;

private:
    struct Object {
        qsizetype offset = 0;
        qsizetype size = 0; // up to the next object or the cross-reference table
        int generation = 0;
        std::optional<QByteArray> replacement; // the body between "obj" and "endobj"
    };
    qsizetype bodyStart(const Object &object) const;
    qsizetype bodyEnd(const Object &object) const;

    QByteArray m_bytes;
    QMap<int, Object> m_objects;
    qsizetype m_firstObjectOffset = 0;
    qsizetype m_xrefOffset = 0;
    QByteArray m_trailer; // from "trailer" up to "startxref"
};

} // namespace galley::pdf
