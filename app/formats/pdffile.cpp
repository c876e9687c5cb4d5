#include "formats/pdffile.h"

#include <QCoreApplication>

#include <algorithm>

namespace galley::pdf {

namespace {

bool isWhitespace(char c) {
    return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == '\0';
}

bool isDelimiter(char c) {
    return isWhitespace(c) || c == '(' || c == ')' || c == '<' || c == '>' || c == '[' ||
           c == ']' || c == '{' || c == '}' || c == '/' || c == '%';
}

qsizetype skipWhitespace(QByteArrayView text, qsizetype i) {
    while (i < text.size()) {
        if (text[i] == '%') { // a comment runs to the end of its line
            while (i < text.size() && text[i] != '\n' && text[i] != '\r')
                ++i;
        } else if (isWhitespace(text[i])) {
            ++i;
        } else {
            break;
        }
    }
    return i;
}

qsizetype skipToken(QByteArrayView text, qsizetype i) {
    while (i < text.size() && !isDelimiter(text[i]))
        ++i;
    return i;
}

bool isInteger(QByteArrayView token) {
    return !token.isEmpty() &&
           std::all_of(token.begin(), token.end(), [](char c) { return c >= '0' && c <= '9'; });
}

qsizetype readValue(QByteArrayView text, qsizetype i);

qsizetype readLiteralString(QByteArrayView text, qsizetype i) {
    int depth = 0;
    while (i < text.size()) {
        const char c = text[i++];
        if (c == '\\')
            ++i;
        else if (c == '(')
            ++depth;
        else if (c == ')' && --depth == 0)
            return i;
    }
    return -1;
}

qsizetype readArray(QByteArrayView text, qsizetype i) {
    ++i; // '['
    while (true) {
        i = skipWhitespace(text, i);
        if (i >= text.size())
            return -1;
        if (text[i] == ']')
            return i + 1;
        i = readValue(text, i);
        if (i < 0)
            return -1;
    }
}

// A number, or the "N G R" of an indirect reference that starts with it.
qsizetype readNumberOrReference(QByteArrayView text, qsizetype i) {
    const qsizetype end = skipToken(text, i);
    if (end == i)
        return -1;
    if (!isInteger(text.sliced(i, end - i)))
        return end;
    const qsizetype generationStart = skipWhitespace(text, end);
    const qsizetype generationEnd = skipToken(text, generationStart);
    if (generationEnd == generationStart ||
        !isInteger(text.sliced(generationStart, generationEnd - generationStart)))
        return end;
    const qsizetype r = skipWhitespace(text, generationEnd);
    if (r < text.size() && text[r] == 'R' && (r + 1 == text.size() || isDelimiter(text[r + 1])))
        return r + 1;
    return end;
}

qsizetype readValue(QByteArrayView text, qsizetype i) {
    if (i >= text.size())
        return -1;
    switch (text[i]) {
    case '/':
        return skipToken(text, i + 1);
    case '(':
        return readLiteralString(text, i);
    case '[':
        return readArray(text, i);
    case '<':
        if (i + 1 < text.size() && text[i + 1] == '<') {
            qsizetype end = 0;
            return readDictionary(text.sliced(i), &end) ? i + end : -1;
        } else {
            const qsizetype close = text.indexOf('>', i);
            return close < 0 ? -1 : close + 1;
        }
    default:
        return readNumberOrReference(text, i);
    }
}

int parseInt(QByteArrayView token, bool *ok) {
    return QByteArray(token.data(), token.size()).toInt(ok);
}

} // namespace

std::optional<QList<DictionaryEntry>> readDictionary(QByteArrayView text, qsizetype *end) {
    qsizetype i = skipWhitespace(text, 0);
    if (!text.sliced(i).startsWith("<<"))
        return std::nullopt;
    i += 2;
    QList<DictionaryEntry> entries;
    while (true) {
        i = skipWhitespace(text, i);
        if (i >= text.size())
            return std::nullopt;
        if (text.sliced(i).startsWith(">>")) {
            if (end)
                *end = i + 2;
            return entries;
        }
        if (text[i] != '/')
            return std::nullopt;
        const qsizetype keyEnd = skipToken(text, i + 1);
        DictionaryEntry entry;
        entry.key = text.sliced(i, keyEnd - i).toByteArray();
        entry.valueStart = skipWhitespace(text, keyEnd);
        entry.valueEnd = readValue(text, entry.valueStart);
        if (entry.valueEnd < 0)
            return std::nullopt;
        entry.value =
            text.sliced(entry.valueStart, entry.valueEnd - entry.valueStart).toByteArray();
        entries.append(entry);
        i = entry.valueEnd;
    }
}

const DictionaryEntry *findEntry(const QList<DictionaryEntry> &entries, QByteArrayView key) {
    for (const DictionaryEntry &entry : entries) {
        if (entry.key == key)
            return &entry;
    }
    return nullptr;
}

int referencedObject(QByteArrayView value) {
    const QList<QByteArray> parts = value.toByteArray().simplified().split(' ');
    if (parts.size() != 3 || parts.at(2) != "R")
        return -1;
    bool ok = false;
    const int number = parts.at(0).toInt(&ok);
    return ok ? number : -1;
}

QList<int> referencedObjects(QByteArrayView array) {
    QList<int> numbers;
    QByteArray inner = array.toByteArray().trimmed();
    if (!inner.startsWith('[') || !inner.endsWith(']'))
        return numbers;
    const QList<QByteArray> parts = inner.mid(1, inner.size() - 2).simplified().split(' ');
    for (qsizetype i = 0; i + 2 < parts.size(); i += 3) {
        if (parts.at(i + 2) != "R")
            return {};
        bool ok = false;
        numbers.append(parts.at(i).toInt(&ok));
        if (!ok)
            return {};
    }
    return numbers;
}

QByteArray hexTextString(const QString &text) {
    QByteArray utf16be("\xFE\xFF", 2);
    for (QChar c : text) {
        utf16be.append(char(c.unicode() >> 8));
        utf16be.append(char(c.unicode() & 0xFF));
    }
    return '<' + utf16be.toHex().toUpper() + '>';
}

bool PdfFile::read(const QByteArray &bytes, QString *error) {
    auto fail = [&](const QString &reason) {
        if (error)
            *error = reason;
        return false;
    };
    m_bytes = bytes;
    m_objects.clear();
    const qsizetype startxref = m_bytes.lastIndexOf("startxref");
    if (startxref < 0)
        return fail(QCoreApplication::translate("PdfFile", "the PDF has no startxref"));
    const QByteArrayView view(m_bytes);
    qsizetype i = skipWhitespace(view, startxref + 9);
    bool ok = false;
    m_xrefOffset = m_bytes.mid(i, skipToken(view, i) - i).toLongLong(&ok);
    if (!ok || m_xrefOffset <= 0 || m_xrefOffset >= startxref ||
        !view.sliced(m_xrefOffset).startsWith("xref"))
        return fail(
            QCoreApplication::translate("PdfFile", "the PDF has no classic cross-reference table"));
    i = m_xrefOffset + 4;
    while (true) {
        i = skipWhitespace(view, i);
        if (view.sliced(i).startsWith("trailer"))
            break;
        const qsizetype firstEnd = skipToken(view, i);
        const int first = parseInt(view.sliced(i, firstEnd - i), &ok);
        const qsizetype countStart = skipWhitespace(view, firstEnd);
        const qsizetype countEnd = skipToken(view, countStart);
        const int count = ok ? parseInt(view.sliced(countStart, countEnd - countStart), &ok) : 0;
        if (!ok || first < 0 || count < 0)
            return fail(
                QCoreApplication::translate("PdfFile", "the cross-reference table is damaged"));
        i = countEnd;
        for (int n = first; n < first + count; ++n) {
            QByteArrayView fields[3];
            for (QByteArrayView &field : fields) {
                const qsizetype start = skipWhitespace(view, i);
                i = skipToken(view, start);
                field = view.sliced(start, i - start);
            }
            if (fields[2] != "n")
                continue;
            Object object;
            object.offset = QByteArray(fields[0].data(), fields[0].size()).toLongLong(&ok);
            object.generation = ok ? parseInt(fields[1], &ok) : 0;
            if (!ok || object.offset <= 0 || object.offset >= m_xrefOffset)
                return fail(
                    QCoreApplication::translate("PdfFile", "the cross-reference table is damaged"));
            m_objects.insert(n, object);
        }
    }
    m_trailer = m_bytes.mid(i, startxref - i);

    QList<qsizetype> offsets;
    for (const Object &object : std::as_const(m_objects))
        offsets.append(object.offset);
    std::sort(offsets.begin(), offsets.end());
    m_firstObjectOffset = offsets.isEmpty() ? m_xrefOffset : offsets.constFirst();
    for (auto it = m_objects.begin(); it != m_objects.end(); ++it) {
        const auto next = std::upper_bound(offsets.cbegin(), offsets.cend(), it->offset);
        it->size = (next == offsets.cend() ? m_xrefOffset : *next) - it->offset;
        const QByteArray header =
            QByteArray::number(it.key()) + ' ' + QByteArray::number(it->generation) + " obj";
        if (!view.sliced(it->offset).startsWith(header) || bodyEnd(*it) < 0)
            return fail(QCoreApplication::translate(
                            "PdfFile", "object %1 is not where the cross-reference table says")
                            .arg(it.key()));
    }
    return true;
}

qsizetype PdfFile::bodyStart(const Object &object) const {
    return m_bytes.indexOf("obj", object.offset) + 3;
}

qsizetype PdfFile::bodyEnd(const Object &object) const {
    const qsizetype end =
        QByteArrayView(m_bytes).sliced(object.offset, object.size).lastIndexOf("endobj");
    return end < 0 ? -1 : object.offset + end;
}

QByteArray PdfFile::object(int number) const {
    const auto it = m_objects.constFind(number);
    if (it == m_objects.cend())
        return {};
    if (it->replacement)
        return *it->replacement;
    const qsizetype start = bodyStart(*it);
    return m_bytes.mid(start, bodyEnd(*it) - start);
}

void PdfFile::replaceObject(int number, const QByteArray &body) {
    const auto it = m_objects.find(number);
    if (it != m_objects.end())
        it->replacement = body;
}

QByteArray PdfFile::trailer() const {
    return m_trailer;
}

std::optional<QByteArray> PdfFile::streamData(int number) const {
    const QByteArray body = object(number);
    qsizetype dictionaryEnd = 0;
    const auto dictionary = readDictionary(body, &dictionaryEnd);
    if (!dictionary || findEntry(*dictionary, "/Filter"))
        return std::nullopt;
    const DictionaryEntry *lengthEntry = findEntry(*dictionary, "/Length");
    if (!lengthEntry)
        return std::nullopt;
    bool ok = false;
    const int lengthObject = referencedObject(lengthEntry->value);
    const qsizetype length = lengthObject >= 0 ? object(lengthObject).trimmed().toLongLong(&ok)
                                               : lengthEntry->value.toLongLong(&ok);
    qsizetype start = skipWhitespace(body, dictionaryEnd);
    if (!ok || !QByteArrayView(body).sliced(start).startsWith("stream"))
        return std::nullopt;
    start += 6;
    if (body.mid(start, 2) == "\r\n")
        start += 2;
    else if (body.mid(start, 1) == "\n")
        start += 1;
    else
        return std::nullopt;
    if (length < 0 || start + length > body.size())
        return std::nullopt;
    return body.mid(start, length);
}

QByteArray PdfFile::streamObject(const QByteArray &data) {
    return "\n<< /Length " + QByteArray::number(data.size()) + " >>\nstream\n" + data +
           "\nendstream\n";
}

QByteArray PdfFile::write() const {
    QList<std::pair<qsizetype, int>> order; // offset, object number
    for (auto it = m_objects.cbegin(); it != m_objects.cend(); ++it)
        order.append({it->offset, it.key()});
    std::sort(order.begin(), order.end());

    QByteArray out = m_bytes.left(m_firstObjectOffset);
    out.reserve(m_bytes.size() + m_bytes.size() / 16);
    QMap<int, qsizetype> newOffsets;
    for (const auto &[offset, number] : order) {
        const Object &object = m_objects[number];
        newOffsets.insert(number, out.size());
        if (object.replacement) {
            out += QByteArray::number(number) + ' ' + QByteArray::number(object.generation) +
                   " obj" + *object.replacement + "endobj\n";
        } else {
            out += QByteArrayView(m_bytes).sliced(offset, object.size);
        }
    }
    const qsizetype xref = out.size();
    const int size = m_objects.isEmpty() ? 1 : m_objects.lastKey() + 1;
    out += "xref\n0 " + QByteArray::number(size) + '\n';
    for (int n = 0; n < size; ++n) {
        const auto it = m_objects.constFind(n);
        if (it == m_objects.cend()) {
            out += "0000000000 65535 f \n";
        } else {
            out += QByteArray::number(newOffsets.value(n)).rightJustified(10, '0') + ' ' +
                   QByteArray::number(it->generation).rightJustified(5, '0') + " n \n";
        }
    }
    out += m_trailer;
    out += "startxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    return out;
}

} // namespace galley::pdf
