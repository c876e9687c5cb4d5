#include "pagefonts.h"

#include <QFontMetricsF>

namespace galley::forge {

QFont makeFont(Face face, bool chinese, double size) {
    const bool sans = face == Face::Sans || face == Face::SansBold;
    const QString latin = sans ? QStringLiteral("Noto Sans") : QStringLiteral("Noto Serif");
    const QString cjk =
        sans ? QStringLiteral("Noto Sans CJK SC") : QStringLiteral("Noto Serif CJK SC");
    QFont font;
    font.setFamilies(chinese ? QStringList{cjk, latin} : QStringList{latin, cjk});
    font.setPixelSize(qRound(size));
    font.setBold(face == Face::SerifBold || face == Face::SansBold);
    // Unhinted metrics are the same on screen, in the PDF and in the image;
    // no shaping means no ligature glyph (ﬁ) for pdftotext to give back.
    font.setHintingPreference(QFont::PreferNoHinting);
    font.setStyleStrategy(QFont::PreferNoShaping);
    font.setKerning(false);
    return font;
}

bool isCornerPunctuation(QChar c) {
    return QStringView(u"、。，．").contains(c);
}

bool isSideways(const QFont &font, QChar c) {
    if (QStringView(u"（）「」『』《》〈〉【】〔〕“”‘’—…～－：；").contains(c))
        return true;
    return QFontMetricsF(font).horizontalAdvance(c) < 0.8 * font.pixelSize();
}

double advance(const QFont &font, const QString &text, bool vertical) {
    const QFontMetricsF metrics(font);
    if (!vertical)
        return metrics.horizontalAdvance(text);
    double along = 0;
    for (const QChar c : text) {
        const double width = metrics.horizontalAdvance(c);
        along += width >= 0.8 * font.pixelSize() ? font.pixelSize() : width;
    }
    return along;
}

} // namespace galley::forge
