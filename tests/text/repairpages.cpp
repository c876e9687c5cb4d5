#include "repairpages.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QSet>

namespace galley::testing {

using namespace galley::text;

namespace {

// What the expected text says happens at one place of the source.
enum class Outcome { Join, JoinWithSpace, Dehyphenate, Paragraph, Block, Keep, Drop, Insert };

QString outcomeName(Outcome outcome) {
    static const char *names[] = {
        "join",        "join with space", "de-hyphenate", "paragraph break",
        "block break", "keep space",      "drop space",   "insert space"};
    return QString::fromLatin1(names[int(outcome)]);
}

Outcome outcomeOf(DecisionKind kind) {
    switch (kind) {
    case DecisionKind::Join:
        return Outcome::Join;
    case DecisionKind::JoinWithSpace:
        return Outcome::JoinWithSpace;
    case DecisionKind::Dehyphenate:
        return Outcome::Dehyphenate;
    case DecisionKind::ParagraphBreak:
        return Outcome::Paragraph;
    case DecisionKind::BlockBreak:
        return Outcome::Block;
    case DecisionKind::DropSpace:
        return Outcome::Drop;
    case DecisionKind::KeepSpace:
        return Outcome::Keep;
    case DecisionKind::InsertSpace:
        return Outcome::Insert;
    }
    return Outcome::Keep;
}

bool isBlank(QChar c) {
    return c != u'\n' && c.isSpace();
}

bool isHyphen(QChar c) {
    return c == u'-' || c == u'\u2010' || c == u'\u00AD';
}

bool readFile(const QString &path, QString &out) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    out = QString::fromUtf8(file.readAll());
    return true;
}

bool applyOption(RepairPage &page, QStringView key, QStringView value, QString &sourcePath) {
    if (key == u"lang") {
        const std::optional<Language> language = languageFromCode(value);
        if (!language)
            return false;
        page.options.language = *language;
    } else if (key == u"spacing") {
        const QHash<QString, CjkLatinSpacing> spacings{
            {QStringLiteral("consistent"), CjkLatinSpacing::Consistent},
            {QStringLiteral("keep"), CjkLatinSpacing::Keep},
            {QStringLiteral("drop"), CjkLatinSpacing::Drop},
            {QStringLiteral("insert"), CjkLatinSpacing::Insert}};
        if (!spacings.contains(value.toString()))
            return false;
        page.options.cjkLatinSpacing = spacings.value(value.toString());
    } else if (key == u"source") {
        sourcePath = value.toString();
    } else {
        return false;
    }
    return true;
}

struct SourceLine {
    qsizetype start = 0; // first character that is not blank
    qsizetype end = 0;   // after the last one
    int number = 0;
};

QList<SourceLine> contentLines(const QString &text) {
    QList<SourceLine> lines;
    qsizetype lineStart = 0;
    int number = 0;
    while (lineStart <= text.size()) {
        qsizetype lineEnd = text.indexOf(u'\n', lineStart);
        if (lineEnd < 0)
            lineEnd = text.size();
        qsizetype start = lineStart, end = lineEnd;
        while (start < end && isBlank(text.at(start)))
            ++start;
        while (end > start && isBlank(text.at(end - 1)))
            --end;
        if (end > start)
            lines.append({start, end, number});
        lineStart = lineEnd + 1;
        ++number;
    }
    return lines;
}

// Walks the OCR text and the expected blocks side by side.
class Aligner {
public:
    Aligner(const QString &text, const RepairPage &page)
        : m_text(text)
        , m_page(page) {}

    bool run() {
        const QList<SourceLine> lines = contentLines(m_text);
        for (qsizetype i = 0; i < lines.size(); ++i) {
            if (!alignLine(lines[i], i + 1 == lines.size()))
                return false;
            if (i + 1 < lines.size())
                boundaries.append(boundaryOutcome());
            m_dehyphenate = false;
        }
        if (m_block < m_page.blocks.size() &&
            !(m_block + 1 == m_page.blocks.size() && m_offset == currentBlock().size())) {
            error = QStringLiteral("the expected text goes on after the page ends: \"%1\"")
                        .arg(currentBlock().mid(m_offset, 20));
            return false;
        }
        return true;
    }

    QList<Outcome> boundaries;
    QList<std::pair<qsizetype, Outcome>> spaces; // source position of the run (or insertion)
    QString error;

private:
    QStringView currentBlock() const {
        return m_block < m_page.blocks.size() ? QStringView(m_page.blocks[m_block]) : QStringView();
    }
    QChar expectedAt(qsizetype offset) const {
        const QStringView block = currentBlock();
        return offset < block.size() ? block.at(offset) : QChar();
    }

    bool alignLine(const SourceLine &line, bool lastLine) {
        qsizetype j = line.start;
        while (j < line.end) {
            const QChar c = m_text.at(j);
            if (isBlank(c)) {
                qsizetype runEnd = j;
                while (runEnd < line.end && isBlank(m_text.at(runEnd)))
                    ++runEnd;
                const QStringView run = QStringView(m_text).mid(j, runEnd - j);
                if (currentBlock().mid(m_offset).startsWith(run)) {
                    spaces.append({j, Outcome::Keep});
                    m_offset += run.size();
                } else if (expectedAt(m_offset) == u' ') {
                    spaces.append({j, Outcome::Keep});
                    ++m_offset;
                } else {
                    spaces.append({j, Outcome::Drop});
                }
                j = runEnd;
                continue;
            }
            if (expectedAt(m_offset) == c) {
                ++m_offset;
            } else if (expectedAt(m_offset) == u' ' && expectedAt(m_offset + 1) == c) {
                spaces.append({j, Outcome::Insert});
                m_offset += 2;
            } else if (j + 1 == line.end && !lastLine && isHyphen(c)) {
                m_dehyphenate = true;
            } else {
                error = QStringLiteral("line %1: the source has \"%2\" where the expected text "
                                       "has \"%3\"")
                            .arg(line.number + 1)
                            .arg(QStringView(m_text).mid(j, 12), currentBlock().mid(m_offset, 12));
                return false;
            }
            ++j;
        }
        return true;
    }

    Outcome boundaryOutcome() {
        if (m_dehyphenate)
            return Outcome::Dehyphenate;
        if (m_offset == currentBlock().size()) {
            const bool display = m_page.display.value(m_block) || m_page.display.value(m_block + 1);
            ++m_block;
            m_offset = 0;
            return display ? Outcome::Block : Outcome::Paragraph;
        }
        if (expectedAt(m_offset) == u' ') {
            ++m_offset;
            return Outcome::JoinWithSpace;
        }
        return Outcome::Join;
    }

    const QString &m_text;
    const RepairPage &m_page;
    qsizetype m_block = 0;
    qsizetype m_offset = 0;
    bool m_dehyphenate = false;
};

QString lineOf(const QString &text, qsizetype position) {
    return QString::number(QStringView(text).left(position).count(u'\n') + 1);
}

} // namespace

QStringList repairPageNames(const QString &directory) {
    QStringList names;
    const QStringList files =
        QDir(directory).entryList({QStringLiteral("*.expected")}, QDir::Files, QDir::Name);
    for (const QString &file : files)
        names.append(file.chopped(int(qstrlen(".expected"))));
    return names;
}

std::optional<RepairPage> loadRepairPage(const QString &directory, const QString &name,
                                         QString *error) {
    RepairPage page;
    page.name = name;
    QString expected;
    if (!readFile(QDir(directory).filePath(name + QStringLiteral(".expected")), expected)) {
        *error = QStringLiteral("cannot read %1.expected").arg(name);
        return std::nullopt;
    }
    QString sourcePath = QDir(directory).filePath(name + QStringLiteral(".txt"));
    for (const QStringView line : QStringView(expected).split(u'\n')) {
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        if (line.startsWith(u"@ ")) {
            const qsizetype equals = line.indexOf(u'=');
            QString relative;
            if (equals < 0 || !applyOption(page, line.mid(2, equals - 2).trimmed(),
                                           line.mid(equals + 1).trimmed(), relative)) {
                *error = QStringLiteral("%1.expected: bad option \"%2\"").arg(name, line);
                return std::nullopt;
            }
            if (!relative.isEmpty())
                sourcePath = QStringLiteral(GALLEY_SOURCE_DIR "/") + relative;
            continue;
        }
        const bool display = line.startsWith(u"= ");
        page.display.append(display);
        page.blocks.append((display ? line.mid(2) : line).toString());
    }
    if (!readFile(sourcePath, page.text)) {
        *error = QStringLiteral("cannot read the input of %1: %2").arg(name, sourcePath);
        return std::nullopt;
    }
    return page;
}

RepairScore scoreRepair(const RepairPage &page, const RepairResult &result) {
    RepairScore score;
    Aligner aligner(page.text, page);
    if (!aligner.run()) {
        score.alignmentError = aligner.error;
        return score;
    }
    QList<Decision> boundaryDecisions;
    QHash<qsizetype, Decision> spaceDecisions;
    for (const Decision &decision : result.decisions) {
        if (decision.isBoundary())
            boundaryDecisions.append(decision);
        else
            spaceDecisions.insert(decision.position, decision);
    }
    score.boundaries = int(aligner.boundaries.size());
    for (qsizetype i = 0; i < aligner.boundaries.size(); ++i) {
        const Outcome expected = aligner.boundaries[i];
        const bool made = i < boundaryDecisions.size();
        const Outcome got = made ? outcomeOf(boundaryDecisions[i].effectiveKind()) : Outcome::Join;
        if (made && got == expected) {
            ++score.boundariesRight;
            continue;
        }
        score.mistakes.append(
            made ? QStringLiteral("boundary after line %1: expected %2, got %3 (%4)")
                       .arg(lineOf(page.text, boundaryDecisions[i].position), outcomeName(expected),
                            outcomeName(got), ruleId(boundaryDecisions[i].rule))
                 : QStringLiteral("boundary %1: no decision").arg(i + 1));
    }
    QSet<qsizetype> judged;
    for (const auto &entry : aligner.spaces)
        judged.insert(entry.first);
    for (const Decision &decision : result.decisions) {
        if (decision.isBoundary() || judged.contains(decision.position) ||
            decision.effectiveKind() != DecisionKind::InsertSpace)
            continue;
        ++score.spaces; // a space inserted where the expected text has none
        score.mistakes.append(QStringLiteral("line %1: a space inserted at \"%2\"")
                                  .arg(lineOf(page.text, decision.position),
                                       QStringView(page.text).mid(decision.position, 4)));
    }
    for (const auto &[position, expected] : aligner.spaces) {
        const auto found = spaceDecisions.constFind(position);
        const bool made = found != spaceDecisions.cend();
        if (!made && expected == Outcome::Keep)
            continue; // a space nobody questions, e.g. between two English words
        ++score.spaces;
        const Outcome got = made ? outcomeOf(found->effectiveKind()) : Outcome::Keep;
        if (got == expected) {
            ++score.spacesRight;
            continue;
        }
        score.mistakes.append(
            QStringLiteral("space in line %1 (\"%2\"): expected %3, got %4%5")
                .arg(lineOf(page.text, position),
                     QStringView(page.text).mid(std::max<qsizetype>(0, position - 3), 7),
                     outcomeName(expected), outcomeName(got),
                     made ? QStringLiteral(" (%1)").arg(ruleId(found->rule)) : QString()));
    }
    return score;
}

} // namespace galley::testing
