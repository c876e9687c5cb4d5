// galley-cli: converts OCR pages to clean, article-structured copy in batch.
#include "cli/convertcommand.h"
#include "formats/formatregistry.h"
#include "galleyinfo.h"
#include "text/language.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStringDecoder>

#include <cstdio>

using namespace galley;

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("galley-cli", text);
}

int badArguments(const QCommandLineParser &parser, const QString &message) {
    std::fputs(qPrintable(QStringLiteral("galley-cli: %1\n\n").arg(message)), stderr);
    std::fputs(qPrintable(parser.helpText()), stderr);
    return cli::ExitBadArguments;
}

} // namespace

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("galley-cli"));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(info::version));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Repairs the OCR text of scanned newspaper pages and writes it as articles.\n\n"
           "  galley-cli convert IN... -o OUT --to FORMAT"));
    parser.addPositionalArgument(QStringLiteral("convert"), tr("The command: convert."));
    parser.addPositionalArgument(QStringLiteral("IN"), tr("The OCR text files to convert."),
                                 QStringLiteral("IN..."));
    const QCommandLineOption outputOption(
        {QStringLiteral("o"), QStringLiteral("output")},
        tr("Write to OUT: a file for one input, a folder for several; '-' or none writes "
           "one input to standard output."),
        QStringLiteral("OUT"));
    const QCommandLineOption formatOption(
        QStringLiteral("to"),
        tr("The output format: %1.").arg(exportFormatIds().join(QStringLiteral(" | "))),
        QStringLiteral("FORMAT"));
    const QCommandLineOption languageOption(QStringLiteral("lang"),
                                            tr("The page language: auto (default), zh or en."),
                                            QStringLiteral("LANG"), QStringLiteral("auto"));
    const QCommandLineOption encodingOption(
        QStringLiteral("encoding"),
        tr("The input encoding: auto (default) or a name such as UTF-8, GB18030, Big5."),
        QStringLiteral("NAME"), QStringLiteral("auto"));
    const QCommandLineOption noRepairOption(QStringLiteral("no-repair"),
                                            tr("Keep the OCR lines as they are."));
    parser.addOptions({outputOption, formatOption, languageOption, encodingOption, noRepairOption});
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
        return badArguments(parser, tr("no command given"));
    if (positional.takeFirst() != u"convert")
        return badArguments(
            parser, tr("unknown command \"%1\"").arg(parser.positionalArguments().constFirst()));
    if (positional.isEmpty())
        return badArguments(parser, tr("convert needs at least one input file"));
    if (!parser.isSet(formatOption))
        return badArguments(parser, tr("convert needs an output format (--to FORMAT)"));
    const std::optional<text::Language> language =
        text::languageFromCode(parser.value(languageOption));
    if (!language)
        return badArguments(
            parser,
            tr("unknown language \"%1\" (use auto, zh or en)").arg(parser.value(languageOption)));

    const QString encoding = parser.value(encodingOption);
    if (encoding != u"auto" && !QStringDecoder(encoding.toLatin1().constData()).isValid())
        return badArguments(parser, tr("unknown encoding \"%1\"").arg(encoding));

    cli::ConvertRequest request;
    request.inputs = positional;
    request.output = parser.value(outputOption);
    request.format = parser.value(formatOption);
    request.import.encoding = encoding == u"auto" ? QString() : encoding;
    request.import.build.language = *language;
    request.import.build.repair = !parser.isSet(noRepairOption);
    return cli::runConvert(request);
}
