// What the hOCR and ALTO readers share: an XML stream that never expands an
// entity nor fetches anything, and errors that name the line and column.
#pragma once

#include "text/ocrpage.h"

#include <QDir>
#include <QString>
#include <QXmlStreamReader>

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
