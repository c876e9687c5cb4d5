// The OCR structure of a page in the project file: pages, blocks, paragraphs,
// lines and words with their boxes and confidences, and the scan each page
// shows, named relative to the project where it can be.
#pragma once

#include "text/ocrpage.h"

#include <QDir>
#include <QJsonObject>
#include <QList>

namespace galley {

// `projectFolder` null: image paths are stored absolute.
QJsonObject ocrPagesToJson(const QList<text::OcrPage> &pages, const QDir *projectFolder);

// The pages stored by ocrPagesToJson(); an image path is resolved against the
// project folder first and falls back to the absolute path stored with it.
// Whatever is malformed reads as nothing rather than as half a structure.
QList<text::OcrPage> ocrPagesFromJson(const QJsonObject &object, const QDir *projectFolder);

} // namespace galley
