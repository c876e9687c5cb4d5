// Tests that each man page documents exactly the options the program's --help lists.
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

namespace {

using OptionSet = QSet<QString>;

const QRegularExpression optionName(QStringLiteral("(?<![\\w-])--?[a-zA-Z][\\w-]*"));

OptionSet optionsIn(const QString &text) {
    OptionSet options;
    QRegularExpressionMatchIterator it = optionName.globalMatch(text);
    while (it.hasNext())
        options.insert(it.next().captured());
    return options;
}

// QCommandLineParser lists each option on a line of its own, indented:
// "  -o, --output <OUT>  Write to ...". Only the names before the value count.
OptionSet optionsInHelp(const QString &help) {
    static const QRegularExpression optionLine(
        QStringLiteral("^ +(-{1,2}[\\w-]+(?:, -{1,2}[\\w-]+)*)"),
        QRegularExpression::MultilineOption);
    OptionSet options;
    QRegularExpressionMatchIterator it = optionLine.globalMatch(help);
    while (it.hasNext())
        options.unite(optionsIn(it.next().captured(1)));
    return options;
}

// In the man page's OPTIONS section each option is the line after a .TP.
OptionSet optionsInManPage(const QString &page) {
    OptionSet options;
    bool inOptions = false;
    bool afterTp = false;
    for (QString line : page.split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String(".SH "))) {
            inOptions = line == QLatin1String(".SH OPTIONS");
            continue;
        }
        if (inOptions && afterTp) {
            line.replace(QLatin1String("\\-"), QLatin1String("-"));
            line.remove(QRegularExpression(QStringLiteral("\\\\f[BIRP]")));
            options.unite(optionsIn(line));
        }
        afterTp = line == QLatin1String(".TP");
    }
    return options;
}

QStringList sorted(const OptionSet &options) {
    QStringList list(options.cbegin(), options.cend());
    list.sort();
    return list;
}

} // namespace

class TestManPages : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void parsersReadOptions_data();
    void parsersReadOptions();
    void manPageMatchesHelp_data();
    void manPageMatchesHelp();
};

void TestManPages::parsersReadOptions_data() {
    QTest::addColumn<QString>("help");
    QTest::addColumn<QString>("manPage");
    QTest::addColumn<QStringList>("options");

    QTest::newRow("nominal: short and long names, values left out")
        << u"Usage: x [options]\n\nOptions:\n  -o, --output <OUT>  Write to OUT.\n"
           "  --no-repair         Keep the -x lines.\n\nArguments:\n  IN  The --input.\n"_qs
        << u".SH OPTIONS\n.TP\n.BR \\-o \", \" \\-\\-output \" \\fIOUT\\fR\"\nWrite.\n"
           ".TP\n.B \\-\\-no\\-repair\nKeep the \\-x lines.\n.SH SEE ALSO\n.TP\n.B \\-\\-other\n"_qs
        << QStringList{u"--no-repair"_qs, u"--output"_qs, u"-o"_qs};
}

void TestManPages::parsersReadOptions() {
    QFETCH(QString, help);
    QFETCH(QString, manPage);
    QFETCH(QStringList, options);

    QCOMPARE(sorted(optionsInHelp(help)), options);
    QCOMPARE(sorted(optionsInManPage(manPage)), options);
}

void TestManPages::manPageMatchesHelp_data() {
    QTest::addColumn<QString>("program");
    QTest::addColumn<QString>("manPage");

    QTest::newRow("nominal: galley-cli.1 documents galley-cli --help")
        << QStringLiteral(GALLEY_CLI_PATH)
        << QStringLiteral(GALLEY_SOURCE_DIR "/packaging/man/galley-cli.1");
#ifdef GALLEY_GUI_PATH
    QTest::newRow("nominal: galley.1 documents galley --help")
        << QStringLiteral(GALLEY_GUI_PATH)
        << QStringLiteral(GALLEY_SOURCE_DIR "/packaging/man/galley.1");
#endif
}

void TestManPages::manPageMatchesHelp() {
    QFETCH(QString, program);
    QFETCH(QString, manPage);

    QProcess process;
    process.start(program, {QStringLiteral("--help")});
    QVERIFY2(process.waitForFinished(60000), qPrintable(process.errorString()));
    QCOMPARE(process.exitCode(), 0);
    const OptionSet help = optionsInHelp(QString::fromUtf8(process.readAllStandardOutput()));
    QVERIFY(help.contains(u"--help"_qs));

    QFile page(manPage);
    QVERIFY2(page.open(QIODevice::ReadOnly), qPrintable(page.errorString()));
    const OptionSet documented = optionsInManPage(QString::fromUtf8(page.readAll()));

    QVERIFY2(documented == help,
             qPrintable(u"undocumented: "_qs + sorted(help - documented).join(u' ') +
                        u"; documented but not in --help: "_qs +
                        sorted(documented - help).join(u' ')));
}

QTEST_GUILESS_MAIN(TestManPages)
#include "tst_manpages.moc"
