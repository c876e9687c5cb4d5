#include "formats/htmlwriter.h"

#include "formats/bulletintypesetter.h"
#include "formats/pdfoptions.h"
#include "galleyinfo.h"

#include <QCoreApplication>
#include <QIODevice>

namespace galley {

namespace {

QString cssFamilies(const QStringList &families, const char16_t *generic) {
    QStringList quoted;
    for (const QString &family : families)
        quoted.append(u'"' + family + u'"');
    quoted.append(QString::fromUtf16(generic));
    return quoted.join(QStringLiteral(", "));
}

// The faces of the PDF, so that the page reads alike in a browser.
QString styleSheet(const Bulletin &bulletin) {
    const text::Language language = bulletinLanguage(bulletin);
    const ChineseScript script = detectChineseScript(bulletin);
    const QString serif =
        cssFamilies(BulletinTypesetter::serifFamilies(language, script), u"serif");
    const QString sans =
        cssFamilies(BulletinTypesetter::sansFamilies(language, script), u"sans-serif");
    return QStringLiteral("body { max-width: 40em; margin: 2em auto; padding: 0 1em;"
                          " line-height: 1.75; font-family: %1; }\n"
                          "article + article { border-top: 1px solid #999; margin-top: 2em;"
                          " padding-top: 1em; }\n"
                          "h1, .kicker, .deck { font-family: %2; text-align: center; }\n"
                          ".kicker { font-size: 1.2em; margin: 0.5em 0 0; }\n"
                          "h1 { font-size: 1.6em; line-height: 1.35; margin: 0.5em 0 0.3em; }\n"
                          ".kicker + h1 { margin-top: 0.1em; }\n"
                          ".deck { font-size: 1.15em; margin: 0 0 0.4em; }\n"
                          ".byline { font-size: 0.9em; margin: 0 0 0.5em; }\n"
                          "article > p { text-indent: 2em; margin: 0; text-align: justify; }\n")
        .arg(serif, sans);
}

void appendArticle(QString &html, const Article &article) {
    html += u"<article>\n";
    if (!article.kicker.isEmpty() || !article.headline.isEmpty() || !article.deck.isEmpty() ||
        !article.byline.isEmpty()) {
        html += u"<header>\n";
        if (!article.kicker.isEmpty())
            html += QStringLiteral("<p class=\"kicker\">") + article.kicker.toHtmlEscaped() +
                    QStringLiteral("</p>\n");
        if (!article.headline.isEmpty())
            html += QStringLiteral("<h1>") + article.headline.toHtmlEscaped() +
                    QStringLiteral("</h1>\n");
        if (!article.deck.isEmpty())
            html += QStringLiteral("<p class=\"deck\">") + article.deck.toHtmlEscaped() +
                    QStringLiteral("</p>\n");
        if (!article.byline.isEmpty())
            html += QStringLiteral("<p class=\"byline\">") + article.byline.toHtmlEscaped() +
                    QStringLiteral("</p>\n");
        html += u"</header>\n";
    }
    for (const QString &paragraph : article.paragraphs)
        html += QStringLiteral("<p>") + paragraph.toHtmlEscaped() + QStringLiteral("</p>\n");
    html += u"</article>\n";
}

} // namespace

QString HtmlWriter::displayName() const {
    return QCoreApplication::translate("Formats", "HTML");
}

QString HtmlWriter::toHtml(const Bulletin &bulletin) {
    QString html = QStringLiteral("<!DOCTYPE html>\n<html lang=\"") +
                   bulletinLanguageTag(bulletin) +
                   QStringLiteral("\">\n<head>\n<meta charset=\"utf-8\">\n");
    html += QStringLiteral("<meta name=\"generator\" content=\"Galley ") +
            QString::fromLatin1(info::version) + QStringLiteral("\">\n");
    html +=
        QStringLiteral("<title>") + bulletin.title().toHtmlEscaped() + QStringLiteral("</title>\n");
    html += QStringLiteral("<style>\n") + styleSheet(bulletin) +
            QStringLiteral("</style>\n</head>\n<body>\n");
    for (const Article &article : bulletin.articles)
        appendArticle(html, article);
    html += u"</body>\n</html>\n";
    return html;
}

bool HtmlWriter::write(const Bulletin &bulletin, QIODevice &device) {
    return writeAll(device, toHtml(bulletin).toUtf8());
}

} // namespace galley
