#include "formats/importer.h"

#include "formats/altoreader.h"
#include "formats/hocrreader.h"
#include "formats/projectfile.h"
#include "formats/scanfile.h"
#include "text/decoding.h"
#include "text/readingorder.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QMimeDatabase>

namespace galley {

namespace {

QString cannotOpen(const QString &path, const QString &reason) {
    return QCoreApplication::translate("Importer", "Cannot open \"%1\": %2")
        .arg(QDir::toNativeSeparators(path), reason);
}

ImportResult failedImport(const QString &path, const QString &reason) {
    ImportResult result;
    result.error = cannotOpen(path, reason);
    return result;
}

// Whether a text has nothing but spaces and line ends: no page to build.
bool isBlank(const QString &text) {
    return std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.isSpace(); });
}

ImportResult importDecodedText(text::DecodeResult decoded, const QString &sourceName,
                               const ImportOptions &options) {
    if (!decoded.ok)
        return failedImport(sourceName, decoded.error);
    if (isBlank(decoded.decoded.text))
        return failedImport(sourceName,
                            decoded.decoded.text.isEmpty()
                                ? QCoreApplication::translate("Importer", "the file is empty")
                                : QCoreApplication::translate(
                                      "Importer", "the file holds only spaces and blank lines"));
    ImportResult result;
    result.bulletin.sourceFile = sourceName;
    result.bulletin.encoding = std::move(decoded.decoded.encoding);
    result.bulletin.originalText = std::move(decoded.decoded.text);
    buildArticles(result.bulletin, options.build);
    result.ok = true;
    return result;
}

// A text file is decoded as it is read and closed before its articles are
// built, so its bytes never sit in memory beside the text and the articles.
ImportResult importTextFile(QFile &file, const QString &path, const ImportOptions &options) {
    text::DecodeResult decoded = text::decodeText(file, options.encoding);
    file.close();
    return importDecodedText(std::move(decoded), QFileInfo(path).absoluteFilePath(), options);
}

ImportResult importProject(const QByteArray &bytes, const QString &path) {
    ImportResult result;
    ProjectFile project;
    if (!project.read(bytes, result.bulletin, path)) {
        result.error = cannotOpen(path, project.errorString());
        return result;
    }
    result.ok = true;
    result.isProject = true;
    return result;
}

enum class OcrFormat { None, Hocr, Alto };

// How much of a file tells hOCR and ALTO from text.
constexpr qsizetype ocrHeadBytes = 4096;

// .hocr is hOCR; .html and .xml files are looked into, and read as text when
// they are neither hOCR nor ALTO.
OcrFormat ocrFormatOf(const QString &path, const QByteArray &bytes) {
    const QString suffix = QFileInfo(path).suffix().toLower();
    const QByteArrayView head =
        QByteArrayView(bytes).first(std::min<qsizetype>(bytes.size(), ocrHeadBytes));
    if (suffix == u"hocr")
        return OcrFormat::Hocr;
    if ((suffix == u"html" || suffix == u"htm" || suffix == u"xhtml") &&
        HocrReader::looksLikeHocr(head))
        return OcrFormat::Hocr;
    if (suffix == u"xml" && AltoReader::looksLikeAlto(head))
        return OcrFormat::Alto;
    return OcrFormat::None;
}

ImportResult importOcrXml(const QByteArray &bytes, const QString &path, OcrFormat format,
                          const ImportOptions &options) {
    const QDir folder = QFileInfo(path).absoluteDir();
    QList<text::OcrPage> pages;
    bool ok = false;
    QString error;
    if (format == OcrFormat::Hocr) {
        HocrReader reader;
        ok = reader.read(bytes, pages, folder);
        error = reader.errorString();
    } else {
        AltoReader reader;
        ok = reader.read(bytes, pages, folder);
        error = reader.errorString();
    }
    if (!ok)
        return failedImport(path, error);
    if (isBlank(text::ocrText(pages).text))
        return failedImport(path,
                            QCoreApplication::translate("Importer", "it holds no recognised text"));
    ImportResult result =
        importOcrPages(std::move(pages), QFileInfo(path).absoluteFilePath(), options);
    result.bulletin.encoding = QStringLiteral("UTF-8");
    return result;
}

ImportResult importScan(const QString &path, const ImportOptions &options,
                        const ScanProgress &progress) {
    OcrSettings settings = options.ocr;
    settings.language = options.build.language;
    ScanReading reading = readScan(path, settings, progress);
    if (!reading.ok) {
        ImportResult result;
        result.cancelled = reading.cancelled;
        result.error = cannotOpen(path, reading.error);
        return result;
    }
    if (isBlank(text::ocrText(reading.pages).text))
        return failedImport(path,
                            QCoreApplication::translate("Importer", "OCR found no text in it"));
    return importOcrPages(std::move(reading.pages), QFileInfo(path).absoluteFilePath(), options);
}

// Files other than scans are read whole into memory and built into a page at
// about 100 MB a second; beyond this size a file is no OCR page but a mistake.
constexpr qint64 largestReadFile = 512LL * 1024 * 1024;

QString tooLargeReason(qint64 size) {
    const QLocale locale;
    return QCoreApplication::translate("Importer", "it is %1; Galley opens files of up to %2")
        .arg(locale.formattedDataSize(size), locale.formattedDataSize(largestReadFile));
}

// A scan's content must be what its name says, and a file read as text must
// not be an image or a PDF: the message says what the file really holds.
QString contentMismatch(const QString &path, QFile &file) {
    const QMimeDatabase mimes;
    const QMimeType content = mimes.mimeTypeForData(file.peek(ocrHeadBytes));
    const QString suffix = QFileInfo(path).suffix();
    const bool contentIsScan =
        content.name().startsWith(u"image/") || content.inherits(QStringLiteral("application/pdf"));
    if (ScanFile::isScanFileName(path)) {
        const QMimeType named = mimes.mimeTypeForFile(path, QMimeDatabase::MatchExtension);
        if (content == named || content.inherits(named.name()))
            return {};
        return QCoreApplication::translate("Importer", "it is named .%1 but is not a %2")
            .arg(suffix, named.comment());
    }
    if (!contentIsScan)
        return {};
    const QString scanSuffix = content.preferredSuffix();
    return QCoreApplication::translate("Importer",
                                       "it is a %1 named .%2; rename it to .%3 to read it by OCR")
        .arg(content.comment(), suffix, scanSuffix);
}

} // namespace

bool isScanFileName(const QString &path) {
    return ScanFile::isScanFileName(path);
}

ImportResult importOcrPages(QList<text::OcrPage> pages, const QString &sourceName,
                            const ImportOptions &options) {
    for (text::OcrPage &page : pages)
        text::arrangeBlocks(page);
    ImportResult result;
    result.bulletin.sourceFile = sourceName;
    result.bulletin.originalText = text::ocrText(pages).text;
    result.bulletin.scan = std::move(pages);
    buildArticles(result.bulletin, options.build);
    result.ok = true;
    return result;
}

bool isProjectFileName(const QString &path) {
    return QFileInfo(path).suffix().compare(u"galley", Qt::CaseInsensitive) == 0;
}

ImportResult importTextBytes(const QByteArray &bytes, const QString &sourceName,
                             const ImportOptions &options) {
    return importDecodedText(text::decodeText(bytes, options.encoding), sourceName, options);
}

ImportResult importFile(const QString &path, const ImportOptions &options) {
    return importFile(path, options, ScanProgress());
}

ImportResult importFile(const QString &path, const ImportOptions &options,
                        const ScanProgress &progress) {
    QFile file(path);
    if (!QFileInfo(path).isFile())
        return failedImport(path, QFileInfo::exists(path)
                                      ? QCoreApplication::translate("Importer", "it is not a file")
                                      : QCoreApplication::translate("Importer", "no such file"));
    if (!file.open(QIODevice::ReadOnly))
        return failedImport(path, file.errorString());
    if (const QString mismatch = contentMismatch(path, file); !mismatch.isEmpty())
        return failedImport(path, mismatch);
    if (isScanFileName(path))
        return importScan(path, options, progress);
    if (file.size() > largestReadFile)
        return failedImport(path, tooLargeReason(file.size()));
    if (isProjectFileName(path))
        return importProject(file.readAll(), path);
    if (const OcrFormat format = ocrFormatOf(path, file.peek(ocrHeadBytes));
        format != OcrFormat::None)
        return importOcrXml(file.readAll(), path, format, options);
    return importTextFile(file, path, options);
}

} // namespace galley
