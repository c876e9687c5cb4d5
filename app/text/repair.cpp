#include "text/repair.h"

namespace galley::text {

namespace {

bool isCjk(QChar c) {
    const char16_t u = c.unicode();
    return (u >= 0x2E80 && u <= 0x9FFF) || (u >= 0xF900 && u <= 0xFAFF) ||
           (u >= 0xFF00 && u <= 0xFFEF) || c.isSurrogate();
}

void appendLine(QString &paragraph, QStringView line) {
    if (!paragraph.isEmpty() && !line.isEmpty() && !isCjk(paragraph.back()) && !isCjk(line.front()))
        paragraph += u' ';
    paragraph += line;
}

} // namespace

RepairResult repairText(const QString &text, const RepairOptions &options) {
    RepairResult result;
    result.language = resolveLanguage(options.language, text);
    const QList<QStringView> lines = QStringView(text).split(u'\n');
    Block current;
    bool open = false;
    for (int i = 0; i < lines.size(); ++i) {
        const QStringView line = lines.at(i).trimmed();
        if (line.isEmpty() || (!options.enabled && open)) {
            if (open)
                result.blocks.append(current);
            open = false;
            if (line.isEmpty())
                continue;
        }
        if (!open) {
            current = Block{{}, i, i};
            open = true;
        }
        appendLine(current.text, line);
        current.lastLine = i;
    }
    if (open)
        result.blocks.append(current);
    return result;
}

} // namespace galley::text
