// Decoding: every encoding of the same page gives the same text; what is not
// text is refused with a reason.
#include "text/decoding.h"

#include <QBuffer>
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

    // The GB18030 sample with 0xFF, a byte no GB18030 text holds, at the start
    // of its third line.
    static QByteArray gb18030WithStrayByte()
    {
        QByteArray bytes = readFixture(QStringLiteral("sample-gb18030.txt"));
        const qsizetype third = bytes.indexOf('\n', bytes.indexOf('\n') + 1) + 1;
        return bytes.insert(third, '\xff');
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
        QTest::newRow("robustness: GB18030 with a stray byte on line 3")
            << gb18030WithStrayByte() << QString() << "nor valid GB18030 (from line 3)";
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

    void everyCodePointDecodes()
    {
        // Every code point but NUL, the surrogates and '\r' (a line ending),
        // one after the other: 1-, 2-, 3- and 4-byte sequences and every
        // boundary between them.
        QList<char32_t> codePoints;
        for (char32_t c = 1; c <= 0x10FFFF; ++c) {
            if (c != u'\r' && (c < 0xD800 || c > 0xDFFF))
                codePoints.append(c);
        }
        const QString expected = QString::fromUcs4(codePoints.constData(), codePoints.size());
        const DecodeResult result = decodeText(expected.toUtf8());
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.decoded.encoding, QStringLiteral("UTF-8"));
        QVERIFY(result.decoded.text == expected);
    }

    void malformedUtf8IsNotUtf8_data()
    {
        QTest::addColumn<QByteArray>("bytes");

        QTest::newRow("robustness: overlong '/' in two bytes") << QByteArray("a\xC0\xAF" "b");
        QTest::newRow("robustness: overlong '/' in three bytes") << QByteArray("a\xE0\x80\xAF" "b");
        QTest::newRow("robustness: overlong '/' in four bytes")
            << QByteArray("a\xF0\x80\x80\xAF" "b");
        QTest::newRow("robustness: surrogate U+D800") << QByteArray("a\xED\xA0\x80" "b");
        QTest::newRow("robustness: above U+10FFFF") << QByteArray("a\xF4\x90\x80\x80" "b");
        QTest::newRow("robustness: lone continuation byte") << QByteArray("a\x80" "b");
        QTest::newRow("robustness: lead byte without its continuation") << QByteArray("a\xE4" "bc");
    }

    void malformedUtf8IsNotUtf8()
    {
        QFETCH(QByteArray, bytes);

        const DecodeResult result = decodeText(bytes);
        QVERIFY(!result.ok || result.decoded.encoding != u"UTF-8");
    }

    void deviceGivesWhatBytesGive_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("encoding");

        // Past the 1 MiB the device is read by, so pieces end inside sequences.
        const QByteArray page = readFixture(QStringLiteral("sample-utf8.txt")).repeated(400);
        const QByteArray gb18030 = readFixture(QStringLiteral("sample-gb18030.txt"));
        QVERIFY(page.size() > 2 * 1024 * 1024);
        QTest::newRow("nominal: UTF-8 over several pieces") << page << QString();
        QTest::newRow("nominal: UTF-8, CRLF line endings")
            << QByteArray(page).replace("\n", "\r\n") << QString();
        QTest::newRow("nominal: UTF-8 with BOM") << "\xEF\xBB\xBF" + page << QString();
        QTest::newRow("nominal: GB18030") << gb18030 << QString();
        QTest::newRow("nominal: forced GBK") << gb18030 << "GBK";
        QTest::newRow("nominal: forced UTF-8") << page << "UTF-8";
        QTest::newRow("boundary: empty") << QByteArray() << QString();
        QTest::newRow("boundary: a sequence cut off by the end")
            << page + QByteArray("\xE4\xB8") << QString();
        QTest::newRow("robustness: a late byte that is not UTF-8")
            << page + QByteArray("\xFF") << QString();
        QTest::newRow("robustness: a late GB18030 line") << page + gb18030.first(200) << QString();
        QTest::newRow("robustness: a late NUL") << page + QByteArray("\0", 1) << QString();
        QTest::newRow("robustness: NUL after malformed UTF-8")
            << "\xC3\x28" + page + QByteArray("\0", 1) << QString();
        QTest::newRow("robustness: GB18030 with a stray byte on line 3")
            << gb18030WithStrayByte() << QString();
        QTest::newRow("robustness: control characters")
            << QByteArray("\x01\x02\x03\x04\x05\x06\x07\x08 text") << QString();
    }

    void deviceGivesWhatBytesGive()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, encoding);

        QBuffer device(&bytes);
        QVERIFY(device.open(QIODevice::ReadOnly));
        const DecodeResult fromDevice = decodeText(device, encoding);
        const DecodeResult fromBytes = decodeText(bytes, encoding);
        QCOMPARE(fromDevice.ok, fromBytes.ok);
        QCOMPARE(fromDevice.error, fromBytes.error);
        QCOMPARE(fromDevice.decoded.encoding, fromBytes.decoded.encoding);
        QVERIFY(fromDevice.decoded.text == fromBytes.decoded.text);
    }
};

QTEST_GUILESS_MAIN(TestDecoding)
#include "tst_decoding.moc"
