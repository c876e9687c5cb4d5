#include "printing.h"

#include "formats/bulletintypesetter.h"

#include <QPainter>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>

namespace galley {

void preparePrinter(QPrinter &printer, const Bulletin &bulletin, const PdfOptions &options) {
    const BulletinTypesetter typesetter(bulletin, options);
    printer.setPageLayout(typesetter.pageLayout());
    printer.setDocName(typesetter.title());
    printer.setCreator(QStringLiteral("Galley"));
}

int paintBulletin(const Bulletin &bulletin, const PdfOptions &options, QPrinter &printer) {
    BulletinTypesetter typesetter(bulletin, options);
    QPainter painter;
    if (!painter.begin(&printer))
        return 0;
    typesetter.paint(painter, printer);
    painter.end();
    return typesetter.pageCount();
}

bool printBulletin(const Bulletin &bulletin, const PdfOptions &options, QWidget *parent) {
    QPrinter printer(QPrinter::HighResolution);
    preparePrinter(printer, bulletin, options);
    QPrintDialog dialog(&printer, parent);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    return paintBulletin(bulletin, options, printer) > 0;
}

void showPrintPreview(const Bulletin &bulletin, const PdfOptions &options, QWidget *parent) {
    QPrinter printer(QPrinter::HighResolution);
    preparePrinter(printer, bulletin, options);
    QPrintPreviewDialog dialog(&printer, parent);
    QObject::connect(
        &dialog, &QPrintPreviewDialog::paintRequested, &dialog,
        [&bulletin, &options](QPrinter *target) { paintBulletin(bulletin, options, *target); });
    dialog.exec();
}

} // namespace galley
