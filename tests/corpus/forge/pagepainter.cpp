#include "pagepainter.h"

#include "formats/pdftounicode.h"
#include "pagefonts.h"

#include <QBuffer>
#include <QFile>
#include <QFontMetricsF>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>

namespace galley::forge {

namespace {

// A vertical page is the model turned a quarter: the model's x runs down the
// page and its y from the right edge leftwards.
QPointF toPage(const PageLayout &layout, QPointF p) {
    if (!layout.style.vertical)
        return p;
    return QPointF(layout.size.height() - p.y(), p.x());
}

void drawVerticalRun(QPainter &painter, const PageLayout &layout, const TextRun &run) {
    const QFont &font = layout.fonts[run.font];
    const QFontMetricsF metrics(font);
    const double em = font.pixelSize();
    // The em box of a CJK face: 0.88 em above the baseline, 0.12 below.
    const double ascent = 0.88 * em;
    painter.setFont(font);
    double along = run.origin.x();
    const double right = layout.size.height() - run.origin.y();
    const QString &text = run.text;
    for (qsizetype i = 0; i < text.size();) {
        // A sideways run (Latin words, brackets) is drawn as one, turned.
        qsizetype j = i + 1;
        if (isSideways(font, text[i]) && text[i].unicode() < 0x2000)
            while (j < text.size() && isSideways(font, text[j]) && text[j].unicode() < 0x2000)
                ++j;
        const QString piece = text.mid(i, j - i);
        const double length = advance(font, piece, true);
        const double centreX = right - em / 2;
        if (isSideways(font, text[i])) {
            painter.save();
            painter.translate(centreX, along + length / 2);
            painter.rotate(90);
            painter.drawText(QPointF(-metrics.horizontalAdvance(piece) / 2, ascent - em / 2),
                             piece);
            painter.restore();
        } else if (isCornerPunctuation(text[i])) {
            painter.drawText(QPointF(right - em + 0.55 * em, along + ascent - 0.55 * em), piece);
        } else {
            const double w = metrics.horizontalAdvance(piece);
            painter.drawText(QPointF(right - em + (em - w) / 2, along + ascent), piece);
        }
        along += length;
        i = j;
    }
}

} // namespace

QSizeF printedSize(const PageLayout &layout) {
    return layout.style.vertical ? layout.size.transposed() : layout.size;
}

void paintPage(QPainter &painter, const PageLayout &layout) {
    painter.fillRect(QRectF(QPointF(0, 0), printedSize(layout)), Qt::white);
    for (const QRectF &photo : layout.photos) {
        const QRectF r =
            QRectF(toPage(layout, photo.topLeft()), toPage(layout, photo.bottomRight()))
                .normalized();
        painter.fillRect(r, QColor(170, 170, 170));
    }
    painter.setPen(QPen(Qt::black, 6));
    for (const QLineF &rule : layout.rules)
        painter.drawLine(QLineF(toPage(layout, rule.p1()), toPage(layout, rule.p2())));
    painter.setPen(Qt::black);
    for (const TextRun &run : layout.runs) {
        if (layout.style.vertical) {
            drawVerticalRun(painter, layout, run);
            continue;
        }
        const QFont &font = layout.fonts[run.font];
        painter.setFont(font);
        painter.drawText(run.origin + QPointF(0, QFontMetricsF(font).ascent()), run.text);
    }
}

bool writePdf(const PageLayout &layout, const QString &path, QString *error) {
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter pdf(&buffer);
        pdf.setResolution(int(72 * unitsPerPoint));
        const QSizeF size = printedSize(layout) / unitsPerPoint;
        pdf.setPageSize(QPageSize(size, QPageSize::Point));
        pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
        pdf.setCreator(QStringLiteral("galley-forge"));
        pdf.setTitle(layout.style.paper);
        QPainter painter;
        if (!painter.begin(&pdf)) {
            *error = QStringLiteral("the PDF engine could not start");
            return false;
        }
        paintPage(painter, layout);
        painter.end();
    }
    // Qt names some ideographs' glyphs by the Kangxi radicals that share them;
    // Galley's repair renames each glyph by the code point the page set.
    CharacterCounts painted;
    for (const TextRun &run : layout.runs)
        painted.add(run.text);
    PdfRepairRequest request;
    addFontCorrections(request, layout.fonts, painted);
    QByteArray bytes = buffer.buffer();
    if (!repairQtPdf(bytes, request, nullptr, error))
        return false;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
        *error = QStringLiteral("cannot write %1").arg(path);
        return false;
    }
    return true;
}

bool writeImage(const PageLayout &layout, const QString &path, int dpi, QString *error) {
    const double scale = dpi / (72 * unitsPerPoint);
    const QSizeF size = printedSize(layout) * scale;
    QImage image(qCeil(size.width()), qCeil(size.height()), QImage::Format_Grayscale8);
    const int dotsPerMeter = qRound(dpi / 0.0254);
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setRenderHint(QPainter::TextAntialiasing);
        painter.scale(scale, scale);
        paintPage(painter, layout);
    }
    if (!image.save(path, "PNG")) {
        *error = QStringLiteral("cannot write %1").arg(path);
        return false;
    }
    return true;
}

} // namespace galley::forge
