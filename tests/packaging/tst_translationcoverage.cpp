// Tests that every user-visible string in app/ and ui/ has a finished translation in each .ts file.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

// A message of a .ts file a translator still owes.
struct Untranslated {
    QString context;
    QString source;
};

// Reads one <message>, with the reader on its start element; true when it is
// unfinished or has an empty translation. Obsolete and vanished messages,
// which lupdate keeps only for reference, are owed nothing.
bool readMessage(QXmlStreamReader &reader, QString *source) {
    bool owed = false;
    bool retired = false;
    bool empty = true;
    while (reader.readNextStartElement()) {
        if (reader.name() == QLatin1String("source")) {
            *source = reader.readElementText();
        } else if (reader.name() == QLatin1String("translation")) {
            const auto type = reader.attributes().value(QLatin1String("type"));
            retired = type == QLatin1String("obsolete") || type == QLatin1String("vanished");
            owed = type == QLatin1String("unfinished");
            // A plural message holds its forms in <numerusform>s, all required.
            bool formEmpty = false;
            bool sawForm = false;
            QString text;
            while (!reader.atEnd()) {
                reader.readNext();
                if (reader.isEndElement() && reader.name() == QLatin1String("translation"))
                    break;
                if (reader.isCharacters())
                    text += reader.text();
                if (reader.isStartElement() && reader.name() == QLatin1String("numerusform")) {
                    sawForm = true;
                    formEmpty = formEmpty || reader.readElementText().isEmpty();
                }
            }
            empty = sawForm ? formEmpty : text.isEmpty();
        } else {
            reader.skipCurrentElement();
        }
    }
    return !retired && (owed || empty);
}

QList<Untranslated> untranslatedMessages(const QString &tsPath, QString *error) {
    QFile file(tsPath);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<Untranslated> owed;
    QXmlStreamReader reader(&file);
    QString context;
    while (!reader.atEnd()) {
        reader.readNext();
        if (!reader.isStartElement())
            continue;
        if (reader.name() == QLatin1String("name")) {
            context = reader.readElementText();
        } else if (reader.name() == QLatin1String("message")) {
            QString source;
            if (readMessage(reader, &source))
                owed.append({context, source});
        }
    }
    if (reader.hasError())
        *error = reader.errorString();
    return owed;
}

QString describe(const QList<Untranslated> &messages) {
    QStringList lines;
    for (const Untranslated &message : messages)
        lines.append(QStringLiteral("  [%1] %2").arg(message.context, message.source));
    return lines.join(QLatin1Char('\n'));
}

QByteArray readAll(const QString &path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestTranslationCoverage : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void auditFindsOwedMessages_data();
    void auditFindsOwedMessages();
    void everyStringIsTranslated_data();
    void everyStringIsTranslated();
};

void TestTranslationCoverage::auditFindsOwedMessages_data() {
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QStringList>("owed");

    QTest::newRow("nominal: a finished file owes nothing") << u"complete.ts"_qs << QStringList();
    QTest::newRow("robustness: unfinished and empty translations are owed")
        << u"unfinished.ts"_qs
        << QStringList{u"Undo|Insert Article"_qs, u"Undo|Delete Article"_qs,
                       u"galley::MainWindow|%n article(s)"_qs};
    QTest::newRow("robustness: obsolete and vanished messages are not owed")
        << u"retired.ts"_qs << QStringList();
}

void TestTranslationCoverage::auditFindsOwedMessages() {
    QFETCH(QString, fixture);
    QFETCH(QStringList, owed);

    const QString path = QFINDTESTDATA(u"data/"_qs + fixture);
    QVERIFY(!path.isEmpty());
    QString error;
    const QList<Untranslated> found = untranslatedMessages(path, &error);
    QCOMPARE(error, QString());
    QStringList foundKeys;
    for (const Untranslated &message : found)
        foundKeys.append(message.context + QLatin1Char('|') + message.source);
    QCOMPARE(foundKeys, owed);
}

void TestTranslationCoverage::everyStringIsTranslated_data() {
    QTest::addColumn<QString>("tsPath");

    const QDir translations(QStringLiteral(GALLEY_SOURCE_DIR "/resources/translations"));
    const QStringList files = translations.entryList({QStringLiteral("*.ts")}, QDir::Files);
    QVERIFY(!files.isEmpty());
    for (const QString &file : files) {
        QTest::addRow("nominal: %s covers app/ and ui/", qPrintable(file))
            << translations.filePath(file);
    }
}

void TestTranslationCoverage::everyStringIsTranslated() {
    QFETCH(QString, tsPath);

    // lupdate rewrites the .ts it is given: give it a copy, never the committed file.
    const QByteArray committed = readAll(tsPath);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString copy = dir.filePath(QFileInfo(tsPath).fileName());
    QVERIFY(QFile::copy(tsPath, copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);

    QStringList arguments =
        QStringLiteral(GALLEY_LUPDATE_OPTIONS).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    arguments << QStringLiteral(GALLEY_SOURCE_DIR "/app") << QStringLiteral(GALLEY_SOURCE_DIR "/ui")
              << QStringLiteral("-ts") << copy;
    // The source language's file holds its plural forms only, as galley_lupdate makes it.
    if (QFileInfo(tsPath).fileName() == u"galley_en.ts")
        arguments << QStringLiteral("-pluralonly");
    QProcess lupdate;
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    lupdate.start(QStringLiteral(GALLEY_LUPDATE), arguments);
    QVERIFY2(lupdate.waitForFinished(120000), qPrintable(lupdate.errorString()));
    QVERIFY2(lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0,
             lupdate.readAll().constData());

    QString error;
    const QList<Untranslated> owed = untranslatedMessages(copy, &error);
    QCOMPARE(error, QString());
    QVERIFY2(owed.isEmpty(),
             qPrintable(QStringLiteral("%1 string(s) lack a translation in %2; run "
                                       "`cmake --build BUILD --target galley_lupdate` and "
                                       "translate them:\n%3")
                            .arg(owed.size())
                            .arg(QFileInfo(tsPath).fileName(), describe(owed))));
    QCOMPARE(readAll(tsPath), committed);
}

QTEST_GUILESS_MAIN(TestTranslationCoverage)
#include "tst_translationcoverage.moc"
