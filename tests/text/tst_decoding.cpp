// Decoding: every encoding of the same page gives the same text; what is not
// text is refused with a reason.
#include "text/decoding.h"

#include <QFile>
#include <QTest>

using namespace galley::text;

class TestDecoding : public QObject {
    Q_OBJECT

private:
    static QByteArray readFixture(const QString &name)
    {
        QFile file(QStringLiteral(GALLEY_TEST_DATA_DIR "/encodings/") + name);
        if (!file.open(QIODevice::ReadOnly))
            qFatal("missing fixture %s", qPrintable(name));
        return file.readAll();
    }

private Q_SLOTS:
    void detectsEncoding_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<QString>("expectedText");
        QTest::addColumn<QString>("expectedEncoding");

        const QString sample = QString::fromUtf8(readFixture(QStringLiteral("sample-utf8.txt")));
        const QString big5 = QString::fromUtf8(readFixture(QStringLiteral("page-big5.utf8.txt")));
        QTest::newRow("nominal: UTF-8") << "sample-utf8.txt" << sample << "UTF-8";
        QTest::newRow("nominal: UTF-8 with BOM") << "sample-utf8-bom.txt" << sample << "UTF-8";
        QTest::newRow("nominal: UTF-16LE with BOM") << "sample-utf16le.txt" << sample << "UTF-16LE";
        QTest::newRow("nominal: GB18030") << "sample-gb18030.txt" << sample << "GB18030";
        QTest::newRow("nominal: Big5") << "page-big5.txt" << big5 << "BIG5";
    }

    void detectsEncoding()
    {
        QFETCH(QString, fixture);
        QFETCH(QString, expectedText);
        QFETCH(QString, expectedEncoding);

        const DecodeResult result = decodeText(readFixture(fixture));
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.decoded.encoding.toUpper(), expectedEncoding.toUpper());
        QCOMPARE(result.decoded.text, expectedText);
    }

    void sampleStartsWithItsHeadline()
    {
        // The first words of the page, read off the printed sample.
        const DecodeResult result = decodeText(readFixture(QStringLiteral("sample-gb18030.txt")));
        QVERIFY(result.ok);
        QVERIFY(result.decoded.text.startsWith(u"\n昌平工会交出职工维权服务工作亮眼成绩单\n"));
    }

    void forcedEncodingIsUsed()
    {
        const DecodeResult result =
            decodeText(readFixture(QStringLiteral("sample-gb18030.txt")), QStringLiteral("GBK"));
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.decoded.encoding, QStringLiteral("GBK"));
        QVERIFY(result.decoded.text.contains(u"本报讯 （记者 周美玉 ）"));
    }

    void normalisesMixedLineEndings()
    {
        const DecodeResult result = decodeText(readFixture(QStringLiteral("mixed-line-endings.txt")));
        QVERIFY(result.ok);
        QCOMPARE(result.decoded.text, QStringLiteral("line one\nline two\nline three\nline four\n"));
    }

    void refusesWhatIsNotText_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("encoding");
        QTest::addColumn<QString>("reasonContains");

        QTest::newRow("robustness: PNG image") << readFixture(QStringLiteral("binary.png"))
                                               << QString() << "binary";
        QTest::newRow("robustness: undecodable bytes")
            << readFixture(QStringLiteral("undecodable.txt")) << QString() << "not text";
        QTest::newRow("robustness: forced encoding that does not fit")
            << readFixture(QStringLiteral("sample-gb18030.txt")) << "UTF-8" << "not valid UTF-8";
        QTest::newRow("robustness: unknown encoding name")
            << QByteArray("abc") << "NO-SUCH-ENCODING" << "unknown encoding";
        QTest::newRow("robustness: control characters")
            << QByteArray("\x01\x02\x03\x04\x05\x06\x07\x08 text") << QString() << "binary";
    }

    void refusesWhatIsNotText()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, encoding);
        QFETCH(QString, reasonContains);

        const DecodeResult result = decodeText(bytes, encoding);
        QVERIFY(!result.ok);
        QVERIFY2(result.error.contains(reasonContains), qPrintable(result.error));
    }

    void emptyFileIsEmptyText()
    {
        const DecodeResult result = decodeText(QByteArray());
        QVERIFY(result.ok);
        QCOMPARE(result.decoded.text, QString());
    }
};

QTEST_GUILESS_MAIN(TestDecoding)
#include "tst_decoding.moc"
