#include "formats/markdownwriter.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QStringList>

namespace galley {

namespace {

// Characters that open or close inline markup anywhere in a line: emphasis,
// code, links and images, raw HTML and entities, GFM tables and strikethrough,
// and the closing sequence of a heading.
bool isInlineSpecial(QChar c) {
    return QStringView(u"\\`*_[]<>&|~#").contains(c);
}

// Characters that make a block of their own at the start of a line: headings,
// block quotes, list items, thematic breaks, fenced code, setext underlines.
bool isLineStartSpecial(QChar c) {
    return QStringView(u"#>+-=~`").contains(c);
}

} // namespace

QString MarkdownWriter::displayName() const {
    return QCoreApplication::translate("Formats", "Markdown");
}

QString MarkdownWriter::escaped(const QString &text) {
    QString out;
    out.reserve(text.size() + text.size() / 8);
    qsizetype i = 0;
    // Leading spaces would indent the line into a code block, so they are
    // written as character references, which Markdown shows as they are.
    for (; i < text.size() && (text.at(i) == u' ' || text.at(i) == u'\t'); ++i)
        out += text.at(i) == u' ' ? QStringLiteral("&#32;") : QStringLiteral("&#9;");
    for (qsizetype start = i; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (isInlineSpecial(c) || (i == start && isLineStartSpecial(c)))
            out += u'\\';
        out += c;
    }
    // "1. text" and "1) text" open an ordered list; "4.5" does not.
    qsizetype digits = 0;
    while (digits < out.size() && out.at(digits).isDigit() && out.at(digits).unicode() < 128)
        ++digits;
    const bool listMarker =
        digits > 0 && digits < out.size() && (out.at(digits) == u'.' || out.at(digits) == u')') &&
        (digits + 1 == out.size() || out.at(digits + 1) == u' ' || out.at(digits + 1) == u'\t');
    if (listMarker)
        out.insert(digits, u'\\');
    // Trailing spaces before a line end would be dropped.
    qsizetype trailing = 0;
    while (trailing < out.size() && out.at(out.size() - 1 - trailing) == u' ')
        ++trailing;
    if (trailing > 0 && trailing < out.size()) {
        out.chop(trailing);
        for (qsizetype k = 0; k < trailing; ++k)
            out += QStringLiteral("&#32;");
    }
    return out;
}

QString MarkdownWriter::toMarkdown(const Bulletin &bulletin) {
    QStringList blocks;
    for (const Article &article : bulletin.articles) {
        if (!blocks.isEmpty())
            blocks.append(QStringLiteral("---"));
        // Markdown has no kicker; a heading above the headline's would nest
        // the headline under it, so it is a strong line of its own.
        if (!article.kicker.isEmpty())
            blocks.append(QStringLiteral("**") + escaped(article.kicker) + QStringLiteral("**"));
        if (!article.headline.isEmpty())
            blocks.append(QStringLiteral("# ") + escaped(article.headline));
        if (!article.deck.isEmpty())
            blocks.append(QStringLiteral("## ") + escaped(article.deck));
        if (!article.byline.isEmpty())
            blocks.append(u'*' + escaped(article.byline) + u'*');
        for (const QString &paragraph : article.paragraphs)
            blocks.append(escaped(paragraph));
    }
    QString markdown = blocks.join(QStringLiteral("\n\n"));
    if (!markdown.isEmpty())
        markdown += u'\n';
    return markdown;
}

bool MarkdownWriter::write(const Bulletin &bulletin, QIODevice &device) {
    return writeAll(device, toMarkdown(bulletin).toUtf8());
}

} // namespace galley
