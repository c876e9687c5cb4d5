// galley-forge: typesets real article text into newspaper pages whose gold is
// known exactly; for each page writes NAME.pdf, NAME.png and NAME.gold.json.
#include "articletext.h"
#include "pagelayout.h"
#include "pagepainter.h"
#include "pagestyle.h"

#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QJsonDocument>
#include <cstdio>

using namespace galley::forge;

namespace {

int usage() {
    std::fputs("usage: galley-forge --seed N --count K --out DIR [--lang zh|en|mixed]\n"
               "                    [--vertical] [--texts DIR] [--dpi 300]\n",
               stderr);
    return 2;
}

bool writeFile(const QString &path, const QByteArray &bytes) {
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace

int main(int argc, char *argv[]) {
    // Fonts need a QGuiApplication; a test tool needs no display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    qint64 seed = -1;
    int count = 1, dpi = 300;
    QString out, lang = QStringLiteral("zh"), textsDir = QStringLiteral(GALLEY_FORGE_TEXTS);
    bool vertical = false;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        const bool hasValue = i + 1 < args.size();
        if (a == QLatin1String("--vertical"))
            vertical = true;
        else if (a == QLatin1String("--seed") && hasValue)
            seed = args[++i].toLongLong();
        else if (a == QLatin1String("--count") && hasValue)
            count = args[++i].toInt();
        else if (a == QLatin1String("--out") && hasValue)
            out = args[++i];
        else if (a == QLatin1String("--lang") && hasValue)
            lang = args[++i];
        else if (a == QLatin1String("--texts") && hasValue)
            textsDir = args[++i];
        else if (a == QLatin1String("--dpi") && hasValue)
            dpi = args[++i].toInt();
        else
            return usage();
    }
    const QStringList langs{QStringLiteral("zh"), QStringLiteral("en"), QStringLiteral("mixed")};
    if (seed < 0 || count < 1 || out.isEmpty() || !langs.contains(lang) || dpi < 50 ||
        (vertical && lang == QLatin1String("en")))
        return usage();

    QString error;
    const QList<ArticleText> texts = loadArticleTexts(textsDir, &error);
    if (texts.isEmpty()) {
        std::fprintf(stderr, "galley-forge: %s\n", qPrintable(error));
        return 1;
    }
    if (!QDir().mkpath(out)) {
        std::fprintf(stderr, "galley-forge: cannot create %s\n", qPrintable(out));
        return 1;
    }
    for (qint64 s = seed; s < seed + count; ++s) {
        Random random{quint32(s)};
        // --lang mixed draws each page's language from its seed.
        const bool chinese =
            lang == QLatin1String("mixed") ? random.chance(0.5) : lang == QLatin1String("zh");
        const bool turned = vertical && chinese;
        const PageStyle style = choosePageStyle(random, chinese, turned);
        const PageLayout layout = layoutPage(style, texts, random);
        const QString name = QStringLiteral("%1_%2_s%3")
                                 .arg(chinese ? QStringLiteral("zh") : QStringLiteral("en"),
                                      turned ? QStringLiteral("forgev") : QStringLiteral("forge"))
                                 .arg(s, 4, 10, QLatin1Char('0'));
        const QString base = QDir(out).filePath(name);
        const QByteArray gold = QJsonDocument(layout.gold).toJson(QJsonDocument::Indented);
        if (!writePdf(layout, base + QStringLiteral(".pdf"), &error) ||
            !writeImage(layout, base + QStringLiteral(".png"), dpi, &error) ||
            !writeFile(base + QStringLiteral(".gold.json"), gold)) {
            std::fprintf(stderr, "galley-forge: %s: %s\n", qPrintable(name), qPrintable(error));
            return 1;
        }
        std::printf("%s\n", qPrintable(name));
    }
    return 0;
}
