// Helpers the DOCX and ODT writers share: a part written as XML, XML text that
// is safe to write, and the language and page facts both formats record.
#pragma once

#include "document/bulletin.h"
#include "formats/pdfoptions.h"

#include <QByteArray>
#include <QString>
#include <QXmlStreamWriter>

namespace galley {

// One XML part of a package, written into memory.
class XmlPart {
public:
    // OOXML parts declare themselves standalone; ODF's do not.
    explicit XmlPart(bool standalone = false)
        : m_writer(&m_bytes) {
        if (standalone)
            m_writer.writeStartDocument(QStringLiteral("1.0"), true);
        else
            m_writer.writeStartDocument(QStringLiteral("1.0"));
    }
    QXmlStreamWriter *operator->() { return &m_writer; }
    QXmlStreamWriter &writer() { return m_writer; }
    QByteArray finish() {
        m_writer.writeEndDocument();
        return m_bytes;
    }

private:
    QByteArray m_bytes;
    QXmlStreamWriter m_writer;
};

// `text` without the characters XML 1.0 cannot hold (C0 controls other than
// tab, unpaired surrogates, U+FFFE and U+FFFF).
QString xmlSafe(const QString &text);

// The language and country of a page's text, e.g. {"zh", "CN"}, {"en", "US"}.
struct LanguageCountry {
    QString language;
    QString country;
    QString tag() const { return language + u'-' + country; }
};
LanguageCountry pageLanguage(const Bulletin &bulletin);

// Whether the page's text is Chinese, which decides its first-line indent.
bool isChinesePage(const Bulletin &bulletin);

} // namespace galley
