#include "formats/textwriter.h"

#include <QStringEncoder>

#include <QCoreApplication>
#include <QIODevice>

namespace galley {

QString TextWriter::displayName() const {
    return QCoreApplication::translate("Formats", "Plain text");
}

namespace {

// The kicker, headline, deck and byline that are present, then the
// paragraphs: the lines of one article.
QStringList articleLines(const Article &article) {
    QStringList lines;
    for (const QString &field : {article.kicker, article.headline, article.deck, article.byline}) {
        if (!field.isEmpty())
            lines.append(field);
    }
    lines.append(article.paragraphs);
    return lines;
}

QString articleText(const Article &article) {
    return articleLines(article).join(u'\n');
}

// The encoded text of the articles, gathered to be written in large pieces:
// far fewer system calls than one write an article, and no QString of the
// whole article on the way.
class Utf8Output {
public:
    static constexpr qsizetype pieceBytes = 256 * 1024;

    Utf8Output() { m_bytes.reserve(pieceBytes + 4096); }

    // Appends one article as TextWriter::toText writes it, with a blank line
    // before all but the first.
    void appendArticle(const Article &article, bool first) {
        if (!first)
            m_bytes.append('\n');
        bool firstLine = true;
        for (const QString &line : articleLines(article)) {
            if (!firstLine)
                m_bytes.append('\n');
            firstLine = false;
            appendLine(line);
        }
        m_bytes.append('\n');
    }

    const QByteArray &bytes() const { return m_bytes; }
    // Empties the text but keeps its memory for the next piece.
    void clear() { m_bytes.truncate(0); }

private:
    void appendLine(QStringView line) {
        const qsizetype size = m_bytes.size();
        m_bytes.resize(size + m_encoder.requiredSpace(line.size()));
        const char *end = m_encoder.appendToBuffer(m_bytes.data() + size, line);
        m_bytes.truncate(end - m_bytes.constData());
    }

    QByteArray m_bytes;
    // Stateless: each line is encoded on its own, as toUtf8() would encode it.
    QStringEncoder m_encoder{QStringEncoder::Utf8, QStringConverter::Flag::Stateless};
};

} // namespace

QString TextWriter::toText(const Bulletin &bulletin) {
    QString text;
    for (const Article &article : bulletin.articles)
        text += (text.isEmpty() ? QString() : QStringLiteral("\n")) + articleText(article) + u'\n';
    return text;
}

bool TextWriter::write(const Bulletin &bulletin, QIODevice &device) {
    // Article by article, so a page of 100 MB never needs a second copy of itself in memory.
    Utf8Output output;
    bool first = true;
    for (const Article &article : bulletin.articles) {
        output.appendArticle(article, first);
        first = false;
        if (output.bytes().size() >= Utf8Output::pieceBytes) {
            if (!writeAll(device, output.bytes()))
                return false;
            output.clear();
        }
    }
    return output.bytes().isEmpty() || writeAll(device, output.bytes());
}

} // namespace galley
