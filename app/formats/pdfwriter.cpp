#include "formats/pdfwriter.h"

#include "galleyinfo.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QPainter>
#include <QPdfWriter>

namespace galley {

namespace {

PdfRepairRequest repairRequest(const BulletinTypesetter &typesetter) {
    PdfRepairRequest request;
    request.author = typesetter.author();
    addFontCorrections(request, typesetter.fonts(), typesetter.paintedCharacters());
    return request;
}

} // namespace

QString PdfWriter::displayName() const {
    return QCoreApplication::translate("Formats", "PDF");
}

QByteArray PdfWriter::toPdf(const Bulletin &bulletin) {
    BulletinTypesetter typesetter(bulletin, m_options);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter pdf(&buffer);
        pdf.setPageLayout(typesetter.pageLayout());
        pdf.setTitle(typesetter.title());
        pdf.setCreator(QStringLiteral("Galley %1").arg(QString::fromLatin1(info::version)));
        QPainter painter;
        if (!painter.begin(&pdf)) {
            setErrorString(
                QCoreApplication::translate("PdfWriter", "the PDF engine could not start"));
            return {};
        }
        const bool finished = typesetter.paint(painter, pdf, m_progress);
        painter.end();
        if (!finished) {
            setErrorString(QCoreApplication::translate("PdfWriter", "the export was cancelled"));
            return {};
        }
    }
    QByteArray bytes = buffer.buffer();
    buffer.close();
    QString error;
    if (!repairQtPdf(bytes, repairRequest(typesetter), nullptr, &error)) {
        setErrorString(QCoreApplication::translate("PdfWriter", "the PDF could not be finished: %1")
                           .arg(error));
        return {};
    }
    m_pageCount = typesetter.pageCount();
    return bytes;
}

bool PdfWriter::write(const Bulletin &bulletin, QIODevice &device) {
    const QByteArray bytes = toPdf(bulletin);
    return !bytes.isEmpty() && writeAll(device, bytes);
}

} // namespace galley
