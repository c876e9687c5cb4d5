// Tests the About dialog: it names the version, the license and the libraries Galley links.
#include "aboutdialog.h"

#include <QApplication>
#include <QLabel>
#include <QTest>
#include <QTextDocumentFragment>

using namespace galley;

class TestAboutDialog : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void namesWhatItShould_data();
    void namesWhatItShould();
    void showAboutDialogOpensWithoutBlocking();

private:
    static QString labelText(const QDialog &dialog, const QString &objectName);
};

QString TestAboutDialog::labelText(const QDialog &dialog, const QString &objectName) {
    const auto *label = dialog.findChild<QLabel *>(objectName);
    return label ? QTextDocumentFragment::fromHtml(label->text()).toPlainText() : QString();
}

void TestAboutDialog::namesWhatItShould_data() {
    QTest::addColumn<QString>("label");
    QTest::addColumn<QString>("expected");

    // GALLEY_PROJECT_VERSION comes straight from project() in CMakeLists.txt.
    QTest::newRow("nominal: the title names Galley and its version")
        << u"titleLabel"_qs << QStringLiteral("Galley " GALLEY_PROJECT_VERSION);
    QTest::newRow("nominal: the license is the GPL, version 3 or later")
        << u"licenseLabel"_qs
        << u"Galley is free software: you can redistribute it and modify it under the terms of "
           "the GNU General Public License, version 3 or (at your option) any later version. "
           "(GPL-3.0-or-later)"_qs;
    QTest::newRow("nominal: the homepage")
        << u"homepageLabel"_qs << u"https://github.com/galley-editor/galley"_qs;
    QTest::newRow("nominal: Qt, at the version running")
        << u"librariesLabel"_qs << u"Qt "_qs + QString::fromLatin1(qVersion());
    QTest::newRow("nominal: uchardet, which decoding links")
        << u"librariesLabel"_qs << QStringLiteral("uchardet " GALLEY_UCHARDET_VERSION);
}

void TestAboutDialog::namesWhatItShould() {
    QFETCH(QString, label);
    QFETCH(QString, expected);

    const AboutDialog dialog;
    const QString text = labelText(dialog, label);
    QVERIFY2(text.contains(expected), qPrintable(u"\""_qs + text + u"\" lacks \""_qs + expected));
}

void TestAboutDialog::showAboutDialogOpensWithoutBlocking() {
    QWidget window;
    window.show();
    showAboutDialog(&window);
    auto *dialog = window.findChild<AboutDialog *>();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QVERIFY(dialog->testAttribute(Qt::WA_DeleteOnClose));
    const auto *icon = dialog->findChild<QLabel *>(u"iconLabel"_qs);
    QVERIFY(icon);
    QVERIFY2(!icon->pixmap().isNull(), "the app icon is not in the resources");
    dialog->close();
}

QTEST_MAIN(TestAboutDialog)
#include "tst_aboutdialog.moc"
