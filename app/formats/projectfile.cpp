#include "formats/projectfile.h"

#include "formats/jsonwriter.h"
#include "formats/ocrjson.h"

#include <QCoreApplication>
#include <QFileDevice>
#include <QFileInfo>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtEndian>

namespace galley {

namespace {

const QLatin1String formatMagic("galley-project");

QJsonObject sourceToJson(const Bulletin &bulletin) {
    QJsonObject source;
    source.insert(QLatin1String("file"), bulletin.sourceFile);
    source.insert(QLatin1String("encoding"), bulletin.encoding);
    source.insert(QLatin1String("language"), text::languageCode(bulletin.language));
    source.insert(QLatin1String("text"), bulletin.originalText);
    return source;
}

QJsonArray articlesToJson(const QList<Article> &articles) {
    QJsonArray array = JsonWriter::articlesToJson(articles);
    for (qsizetype i = 0; i < articles.size(); ++i) {
        QJsonObject object = array.at(i).toObject();
        const LineRange &range = articles.at(i).source;
        object.insert(QLatin1String("sourceLines"), QJsonArray{range.first, range.last});
        array.replace(i, object);
    }
    return array;
}

// The repair's decisions, flips included, so a project opens with the marks
// the editor showed. Packed in binary (13 bytes each, base64): a large page
// holds hundreds of thousands. Kinds and rules are stored by their ids, which
// never change, through tables at the front.
constexpr int decisionRecordSize = 13;

QJsonObject decisionsToJson(const QList<text::Decision> &decisions) {
    QJsonArray kinds;
    for (int k = 0; k <= int(text::DecisionKind::InsertSpace); ++k)
        kinds.append(text::kindId(text::DecisionKind(k)));
    QJsonArray rules;
    for (int r = 0; r < text::ruleCount; ++r)
        rules.append(text::ruleId(text::Rule(r)));
    QByteArray packed(decisions.size() * decisionRecordSize, Qt::Uninitialized);
    char *out = packed.data();
    for (const text::Decision &d : decisions) {
        qToLittleEndian<qint32>(d.position, out);
        qToLittleEndian<qint32>(d.length, out + 4);
        out[8] = char(d.kind);
        out[9] = char(d.alternative);
        out[10] = char(d.rule);
        out[11] = char(d.confidence);
        out[12] = char(d.flipped | (d.displayBefore << 1) | (d.displayAfter << 2));
        out += decisionRecordSize;
    }
    QJsonObject repair;
    repair.insert(QLatin1String("kinds"), kinds);
    repair.insert(QLatin1String("rules"), rules);
    repair.insert(QLatin1String("decisions"), QString::fromLatin1(packed.toBase64()));
    return repair;
}

// Maps the ids of a stored table onto this build's enum values; -1 for ids
// this build does not know.
template <typename Enum, typename IdOf>
QList<int> enumTable(const QJsonArray &ids, int count, IdOf idOf) {
    QList<int> table;
    for (const QJsonValue &id : ids) {
        int found = -1;
        for (int value = 0; value < count && found < 0; ++value) {
            if (idOf(Enum(value)) == id.toString())
                found = value;
        }
        table.append(found);
    }
    return table;
}

// Decisions this build cannot read are dropped all together: a page shows
// all its marks or none.
QList<text::Decision> decisionsFromJson(const QJsonObject &repair, qsizetype textSize) {
    const QList<int> kinds = enumTable<text::DecisionKind>(
        repair.value(QLatin1String("kinds")).toArray(), int(text::DecisionKind::InsertSpace) + 1,
        [](text::DecisionKind k) { return text::kindId(k); });
    const QList<int> rules =
        enumTable<text::Rule>(repair.value(QLatin1String("rules")).toArray(), text::ruleCount,
                              [](text::Rule r) { return text::ruleId(r); });
    const QByteArray packed =
        QByteArray::fromBase64(repair.value(QLatin1String("decisions")).toString().toLatin1());
    if (packed.size() % decisionRecordSize != 0)
        return {};
    QList<text::Decision> decisions;
    decisions.reserve(packed.size() / decisionRecordSize);
    for (const char *in = packed.constData(); in < packed.constData() + packed.size();
         in += decisionRecordSize) {
        const int kind = kinds.value(quint8(in[8]), -1);
        const int alternative = kinds.value(quint8(in[9]), -1);
        const int rule = rules.value(quint8(in[10]), -1);
        text::Decision d;
        d.position = qFromLittleEndian<qint32>(in);
        d.length = qFromLittleEndian<qint32>(in + 4);
        if (kind < 0 || alternative < 0 || rule < 0 || d.position < 0 || d.length < 0 ||
            qsizetype(d.position) + d.length > textSize ||
            !text::Decision::sameFamily(text::DecisionKind(kind), text::DecisionKind(alternative)))
            return {};
        d.kind = text::DecisionKind(kind);
        d.alternative = text::DecisionKind(alternative);
        d.rule = text::Rule(rule);
        d.confidence = quint8(in[11]) & 0x7f;
        d.flipped = in[12] & 1;
        d.displayBefore = (in[12] >> 1) & 1;
        d.displayAfter = (in[12] >> 2) & 1;
        decisions.append(d);
    }
    return decisions;
}

Article articleFromJson(const QJsonObject &object) {
    Article article;
    // Optional, as every key added since version 1: projects saved before
    // kickers existed have none, and their articles open with an empty one.
    article.kicker = object.value(QLatin1String("kicker")).toString();
    article.headline = object.value(QLatin1String("headline")).toString();
    article.deck = object.value(QLatin1String("deck")).toString();
    article.byline = object.value(QLatin1String("byline")).toString();
    for (const QJsonValue &paragraph : object.value(QLatin1String("paragraphs")).toArray())
        article.paragraphs.append(paragraph.toString());
    const QJsonArray range = object.value(QLatin1String("sourceLines")).toArray();
    if (range.size() == 2)
        article.source = {range.at(0).toInt(-1), range.at(1).toInt(-1)};
    return article;
}

} // namespace

QString ProjectFile::displayName() const {
    return QCoreApplication::translate("ProjectFile", "Galley project");
}

QByteArray ProjectFile::toJson(const Bulletin &bulletin, const QString &projectPath) {
    QJsonObject root;
    root.insert(QLatin1String("format"), formatMagic);
    root.insert(QLatin1String("version"), currentVersion);
    root.insert(QLatin1String("source"), sourceToJson(bulletin));
    root.insert(QLatin1String("articles"), articlesToJson(bulletin.articles));
    if (!bulletin.scan.isEmpty()) {
        const QDir folder = QFileInfo(projectPath).absoluteDir();
        root.insert(QLatin1String("scan"),
                    ocrPagesToJson(bulletin.scan, projectPath.isEmpty() ? nullptr : &folder));
    }
    if (!bulletin.decisions.isEmpty())
        root.insert(QLatin1String("repair"), decisionsToJson(bulletin.decisions));
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

bool ProjectFile::write(const Bulletin &bulletin, QIODevice &device) {
    // Written to a file, the scan is named relative to it.
    const auto *file = qobject_cast<const QFileDevice *>(&device);
    return writeAll(device, toJson(bulletin, file ? file->fileName() : QString()));
}

bool ProjectFile::read(const QByteArray &bytes, Bulletin &bulletin, const QString &projectPath) {
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        setErrorString(
            QCoreApplication::translate("ProjectFile", "not a Galley project (%1 at byte %2)")
                .arg(parseError.errorString())
                .arg(parseError.offset));
        return false;
    }
    const QJsonObject root = document.object();
    if (root.value(QLatin1String("format")).toString() != formatMagic) {
        setErrorString(QCoreApplication::translate(
            "ProjectFile", "not a Galley project (the format field is missing)"));
        return false;
    }
    const int version = root.value(QLatin1String("version")).toInt();
    if (version < 1) {
        setErrorString(QCoreApplication::translate(
            "ProjectFile", "not a Galley project (the version field is missing)"));
        return false;
    }
    if (version > currentVersion) {
        setErrorString(
            QCoreApplication::translate(
                "ProjectFile", "the project was saved by a newer Galley (format version %1)")
                .arg(version));
        return false;
    }
    const QJsonObject source = root.value(QLatin1String("source")).toObject();
    Bulletin result;
    result.sourceFile = source.value(QLatin1String("file")).toString();
    result.encoding = source.value(QLatin1String("encoding")).toString();
    result.language = text::languageFromCode(source.value(QLatin1String("language")).toString())
                          .value_or(text::Language::Auto);
    result.originalText = source.value(QLatin1String("text")).toString();
    for (const QJsonValue &article : root.value(QLatin1String("articles")).toArray())
        result.articles.append(articleFromJson(article.toObject()));
    const QDir folder = QFileInfo(projectPath).absoluteDir();
    result.scan = ocrPagesFromJson(root.value(QLatin1String("scan")).toObject(),
                                   projectPath.isEmpty() ? nullptr : &folder);
    // The scan maps source lines to boxes only while it still makes the text.
    if (text::ocrText(result.scan).text != result.originalText)
        result.scan.clear();
    result.decisions = decisionsFromJson(root.value(QLatin1String("repair")).toObject(),
                                         result.originalText.size());
    bulletin = std::move(result);
    return true;
}

} // namespace galley
