// Tests that the desktop entry, the MIME type, the metainfo and the icon fit together under one app
// id.
#include <QDir>
#include <QFile>
#include <QMimeDatabase>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString appId = QStringLiteral(GALLEY_APP_ID);
const QString packagingDir = QStringLiteral(GALLEY_SOURCE_DIR "/packaging");

QString readText(const QString &path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

// The value of `key` in the [Desktop Entry] group of a desktop file.
QString desktopValue(const QString &desktopFile, const QString &key) {
    const QRegularExpression line(QStringLiteral("^%1=(.*)$").arg(QRegularExpression::escape(key)),
                                  QRegularExpression::MultilineOption);
    return line.match(desktopFile).captured(1);
}

} // namespace

class TestDesktopIntegration : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void projectFilesHaveTheirType_data();
    void projectFilesHaveTheirType();
    void desktopEntryOpensProjects();
    void desktopEntryUsesTheAppIcon();
    void metainfoLaunchesTheDesktopEntry();

private:
    QTemporaryDir m_dataDir;
};

void TestDesktopIntegration::initTestCase() {
    // A MIME database of our package alone, built as shared-mime-info's
    // trigger builds the system's, searched before the system's.
    QVERIFY(m_dataDir.isValid());
    const QString packages = m_dataDir.filePath(QStringLiteral("mime/packages"));
    QVERIFY(QDir().mkpath(packages));
    QVERIFY(QFile::copy(packagingDir + QLatin1Char('/') + appId + u".mime.xml"_qs,
                        packages + QLatin1Char('/') + appId + u".xml"_qs));
    QProcess update;
    update.start(QStringLiteral("update-mime-database"),
                 {m_dataDir.filePath(QStringLiteral("mime"))});
    QVERIFY2(update.waitForFinished(60000), qPrintable(update.errorString()));
    QCOMPARE(update.exitCode(), 0);
    qputenv("XDG_DATA_HOME", QFile::encodeName(m_dataDir.path()));
}

void TestDesktopIntegration::projectFilesHaveTheirType_data() {
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QString>("mimeType");

    QTest::newRow("nominal: a .galley file is a Galley project")
        << u"union-bulletin.galley"_qs << u"application/x-galley-project"_qs;
    QTest::newRow("nominal: a .txt page stays plain text") << u"page.txt"_qs << u"text/plain"_qs;
}

void TestDesktopIntegration::projectFilesHaveTheirType() {
    QFETCH(QString, fileName);
    QFETCH(QString, mimeType);

    const QMimeType type = QMimeDatabase().mimeTypeForFile(fileName, QMimeDatabase::MatchExtension);
    QCOMPARE(type.name(), mimeType);
    if (mimeType == u"application/x-galley-project")
        QVERIFY(type.inherits(QStringLiteral("application/json")));
}

void TestDesktopIntegration::desktopEntryOpensProjects() {
    const QString entry = readText(packagingDir + QLatin1Char('/') + appId + u".desktop"_qs);
    const QStringList mimeTypes =
        desktopValue(entry, QStringLiteral("MimeType")).split(QLatin1Char(';'), Qt::SkipEmptyParts);
    QCOMPARE(mimeTypes, (QStringList{u"application/x-galley-project"_qs, u"text/plain"_qs}));
    QCOMPARE(desktopValue(entry, QStringLiteral("Exec")), u"galley %f"_qs);
}

void TestDesktopIntegration::desktopEntryUsesTheAppIcon() {
    const QString entry = readText(packagingDir + QLatin1Char('/') + appId + u".desktop"_qs);
    QCOMPARE(desktopValue(entry, QStringLiteral("Icon")), appId);
    QVERIFY(
        QFile::exists(QStringLiteral(GALLEY_SOURCE_DIR "/resources/icons/") + appId + u".svg"_qs));
}

void TestDesktopIntegration::metainfoLaunchesTheDesktopEntry() {
    const QString metainfo =
        readText(QStringLiteral(GALLEY_BINARY_DIR "/packaging/") + appId + u".metainfo.xml"_qs);
    QVERIFY(metainfo.contains(u"<id>"_qs + appId + u"</id>"_qs));
    QVERIFY(metainfo.contains(u"<launchable type=\"desktop-id\">"_qs + appId +
                              u".desktop</launchable>"_qs));
    QVERIFY(metainfo.contains(u"<mediatype>application/x-galley-project</mediatype>"_qs));
}

QTEST_GUILESS_MAIN(TestDesktopIntegration)
#include "tst_desktopintegration.moc"
