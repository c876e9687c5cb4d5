// What the hOCR and ALTO readers share: their interface, an XML stream that
// never expands an entity nor fetches anything, and errors that name the line
// and column.
#pragma once

#include "text/ocrpage.h"

#include <QDir>
#include <QString>
#include <QXmlStreamReader>

namespace galley {

class OcrXmlReader {
public:
    virtual ~OcrXmlReader() = default;

    // Reads the pages of a document; the images it names are resolved against
    // `folder`, the folder of the file. On failure returns false and
    // errorString() names the line and column of the fault.
    virtual bool read(QIODevice &device, QList<text::OcrPage> &pages,
                      const QDir &folder = QDir()) = 0;
    bool read(const QByteArray &bytes, QList<text::OcrPage> &pages, const QDir &folder = QDir());

    QString errorString() const { return m_error; }

protected:
    void setErrorString(const QString &error) { m_error = error; }

private:
    QString m_error;
};

} // namespace galley

namespace galley::ocrxml {

// Reads the next token, refusing a document type that declares entities
// before anything could expand them (entity bombs, external entities) and
// references to entities nobody declared. Returns the token type; on a refusal
// the reader has an error and returns Invalid.
QXmlStreamReader::TokenType readNextSafely(QXmlStreamReader &reader);

// "line L, column C: message" for the reader's current error.
QString errorMessage(const QXmlStreamReader &reader);

// `path` as the OCR file named it, made absolute against the OCR file's folder.
QString resolveImagePath(const QString &path, const QDir &ocrFileFolder);

// Fills the boxes a source left out from their children, drops the
// paragraphs and blocks that ended up empty, and tells vertical blocks (neither
// format records the writing direction) by the shape of their lines.
void completePage(text::OcrPage &page);

} // namespace galley::ocrxml
