// galley-cli: converts OCR pages to clean, article-structured copy in batch.
#include "cli/convertcommand.h"
#include "formats/formatregistry.h"
#include "formats/pdfoptions.h"
#include "galleyinfo.h"
#include "l10n/translations.h"
#include "text/language.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDate>
#include <QGuiApplication>
#include <QStringDecoder>

#include <cstdio>
#include <memory>

using namespace galley;

namespace {

int badArguments(const QCommandLineParser &parser, const QString &message) {
    std::fputs(qPrintable(QStringLiteral("galley-cli: %1\n\n").arg(message)), stderr);
    std::fputs(qPrintable(parser.helpText()), stderr);
    return cli::ExitBadArguments;
}

QtMessageHandler previousHandler = nullptr;

// Qt's platform start-up warns when XDG_RUNTIME_DIR is unset, as it is in
// containers and CI, about a directory galley-cli never uses; the warning
// would open stderr ahead of galley-cli's own messages.
void quietStartup(QtMsgType type, const QMessageLogContext &context, const QString &message) {
    if (type == QtWarningMsg && message.startsWith(u"QStandardPaths: XDG_RUNTIME_DIR not set"))
        return;
    if (previousHandler)
        previousHandler(type, context, message);
    else
        std::fputs(qPrintable(qFormatLogMessage(type, context, message) + u'\n'), stderr);
}

// The value of --to, read before the application exists to choose its kind;
// the parser checks the arguments properly afterwards.
QString requestedFormat(int argc, char *argv[]) {
    for (int i = 1; i < argc; ++i) {
        const QByteArrayView argument(argv[i]);
        if (argument == "--to" && i + 1 < argc)
            return QString::fromLocal8Bit(argv[i + 1]);
        if (argument.startsWith("--to="))
            return QString::fromLocal8Bit(argument.sliced(5));
    }
    return {};
}

} // namespace

int main(int argc, char *argv[]) {
    // PDF export sets text with Qt's fonts, which need a QGuiApplication; the
    // command line never shows a window, so that one runs on the offscreen
    // platform unless the caller chose another. Other formats need no more
    // than a QCoreApplication, which starts faster and needs no platform plugin.
    std::unique_ptr<QCoreApplication> app;
    if (formatNeedsFonts(requestedFormat(argc, argv))) {
        if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        previousHandler = qInstallMessageHandler(quietStartup);
        app = std::make_unique<QGuiApplication>(argc, argv);
        qInstallMessageHandler(previousHandler);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("galley-cli"));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(info::version));
    // A command speaks the language of the shell it runs in; Help ▸ Language
    // is the editor's own choice. Before the parser, for --help.
    installTranslations(*app, QLocale::system());

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "galley-cli",
        "Repairs the OCR text of scanned newspaper pages and writes it as articles.\n\n"
        "  galley-cli convert IN... -o OUT --to FORMAT"));
    parser.addPositionalArgument(
        QStringLiteral("convert"),
        QCoreApplication::translate("galley-cli", "The command: convert."));
    parser.addPositionalArgument(
        QStringLiteral("IN"),
        QCoreApplication::translate("galley-cli", "The OCR text files to convert."),
        QStringLiteral("IN..."));
    const QCommandLineOption outputOption(
        {QStringLiteral("o"), QStringLiteral("output")},
        QCoreApplication::translate(
            "galley-cli",
            "Write to OUT: a file for one input, a folder for several; '-' or none writes "
            "one input to standard output."),
        QStringLiteral("OUT"));
    const QCommandLineOption formatOption(
        QStringLiteral("to"),
        QCoreApplication::translate("galley-cli", "The output format: %1.")
            .arg(exportFormatIds().join(QStringLiteral(" | "))),
        QStringLiteral("FORMAT"));
    const QCommandLineOption languageOption(
        QStringLiteral("lang"),
        QCoreApplication::translate("galley-cli", "The page language: auto (default), zh or en."),
        QStringLiteral("LANG"), QStringLiteral("auto"));
    const QCommandLineOption encodingOption(
        QStringLiteral("encoding"),
        QCoreApplication::translate(
            "galley-cli",
            "The input encoding: auto (default) or a name such as UTF-8, GB18030, Big5."),
        QStringLiteral("NAME"), QStringLiteral("auto"));
    const QCommandLineOption noRepairOption(
        QStringLiteral("no-repair"),
        QCoreApplication::translate("galley-cli", "Keep the OCR lines as they are."));
    const QCommandLineOption pageSizeOption(
        QStringLiteral("page-size"),
        QCoreApplication::translate("galley-cli",
                                    "PDF, DOCX and ODT paper: a4 (default) or letter."),
        QStringLiteral("SIZE"), QStringLiteral("a4"));
    const QCommandLineOption columnsOption(
        QStringLiteral("columns"),
        QCoreApplication::translate("galley-cli", "PDF, DOCX and ODT columns: 1 (default) or 2."),
        QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption noHeaderOption(
        QStringLiteral("no-header"),
        QCoreApplication::translate("galley-cli", "PDF without the running header."));
    const QCommandLineOption noPageNumbersOption(
        QStringLiteral("no-page-numbers"),
        QCoreApplication::translate("galley-cli", "PDF without page numbers."));
    const QCommandLineOption dateOption(
        QStringLiteral("date"),
        QCoreApplication::translate("galley-cli",
                                    "The date the PDF's running header shows (YYYY-MM-DD)."),
        QStringLiteral("DATE"));
    const QCommandLineOption jobsOption(
        QStringLiteral("jobs"),
        QCoreApplication::translate("galley-cli",
                                    "Files converted at once (default: one per processor core)."),
        QStringLiteral("N"));
    parser.addOptions({outputOption, formatOption, languageOption, encodingOption, noRepairOption,
                       pageSizeOption, columnsOption, noHeaderOption, noPageNumbersOption,
                       dateOption, jobsOption});
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();

    if (!parser.parse(QCoreApplication::arguments()))
        return badArguments(parser, parser.errorText());
    if (parser.isSet(helpOption)) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        return cli::ExitSuccess;
    }
    if (parser.isSet(versionOption)) {
        std::fputs(
            qPrintable(QStringLiteral("galley-cli %1\n").arg(QString::fromLatin1(info::version))),
            stdout);
        return cli::ExitSuccess;
    }

    QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return badArguments(parser, QCoreApplication::translate("galley-cli", "no command given"));
    if (positional.takeFirst() != u"convert")
        return badArguments(parser,
                            QCoreApplication::translate("galley-cli", "unknown command \"%1\"")
                                .arg(parser.positionalArguments().constFirst()));
    if (positional.isEmpty())
        return badArguments(parser, QCoreApplication::translate(
                                        "galley-cli", "convert needs at least one input file"));
    if (!parser.isSet(formatOption))
        return badArguments(
            parser, QCoreApplication::translate("galley-cli",
                                                "convert needs an output format (--to FORMAT)"));
    const std::optional<text::Language> language =
        text::languageFromCode(parser.value(languageOption));
    if (!language)
        return badArguments(
            parser, QCoreApplication::translate("galley-cli",
                                                "unknown language \"%1\" (use auto, zh or en)")
                        .arg(parser.value(languageOption)));

    const QString encoding = parser.value(encodingOption);
    if (encoding != u"auto" && !QStringDecoder(encoding.toLatin1().constData()).isValid())
        return badArguments(
            parser,
            QCoreApplication::translate("galley-cli", "unknown encoding \"%1\"").arg(encoding));

    const std::optional<QPageSize::PageSizeId> pageSize =
        pageSizeFromName(parser.value(pageSizeOption));
    if (!pageSize)
        return badArguments(parser, QCoreApplication::translate(
                                        "galley-cli", "unknown page size \"%1\" (use a4 or letter)")
                                        .arg(parser.value(pageSizeOption)));
    const QString columns = parser.value(columnsOption);
    if (columns != u"1" && columns != u"2")
        return badArguments(parser, QCoreApplication::translate(
                                        "galley-cli", "unknown column count \"%1\" (use 1 or 2)")
                                        .arg(columns));
    const QDate date = QDate::fromString(parser.value(dateOption), Qt::ISODate);
    if (parser.isSet(dateOption) && !date.isValid())
        return badArguments(parser, QCoreApplication::translate(
                                        "galley-cli", "unknown date \"%1\" (use YYYY-MM-DD)")
                                        .arg(parser.value(dateOption)));
    bool jobsOk = true;
    const int jobs = parser.isSet(jobsOption) ? parser.value(jobsOption).toInt(&jobsOk) : 0;
    if (!jobsOk || jobs < 0)
        return badArguments(parser,
                            QCoreApplication::translate("galley-cli", "unknown job count \"%1\"")
                                .arg(parser.value(jobsOption)));

    cli::ConvertRequest request;
    request.pageOptions.pageSize = *pageSize;
    request.pageOptions.columns = columns.toInt();
    request.pageOptions.runningHeader = !parser.isSet(noHeaderOption);
    request.pageOptions.pageNumbers = !parser.isSet(noPageNumbersOption);
    request.pageOptions.date = date;
    request.jobs = jobs;
    request.inputs = positional;
    request.output = parser.value(outputOption);
    request.format = parser.value(formatOption);
    request.import.encoding = encoding == u"auto" ? QString() : encoding;
    request.import.build.language = *language;
    request.import.build.repair = !parser.isSet(noRepairOption);
    return cli::runConvert(request);
}
