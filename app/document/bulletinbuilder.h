// The pipeline from decoded OCR text to a page of articles: repair, then
// segmentation, then the articles of the model.
#pragma once

#include "document/bulletin.h"
#include "text/language.h"
#include "text/spacing.h"

namespace galley {

struct BuildOptions {
    text::Language language = text::Language::Auto;
    bool repair = true; // false keeps the OCR lines as they are
    // Spaces between CJK text and Latin letters or digits.
    text::CjkLatinSpacing cjkLatinSpacing = text::CjkLatinSpacing::Consistent;
};

// Builds the articles of `bulletin.originalText` into `bulletin.articles`,
// and resolves its language.
void buildArticles(Bulletin &bulletin, const BuildOptions &options = {});

} // namespace galley
