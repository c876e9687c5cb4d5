#include "document/bulletin.h"

#include <QFileInfo>

namespace galley {

QString Bulletin::title() const {
    for (const Article &article : articles) {
        if (!article.headline.isEmpty())
            return article.headline;
    }
    return QFileInfo(sourceFile).completeBaseName();
}

} // namespace galley
