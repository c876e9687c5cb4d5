#include "aboutdialog.h"

#include "galleyinfo.h"
#include "galleylibraries.h"

#include <QDialogButtonBox>
#include <QIcon>
#include <QLabel>
#include <QVBoxLayout>

namespace galley {

namespace {

QLabel *richLabel(const QString &html, const QString &objectName, QWidget *parent) {
    auto *label = new QLabel(html, parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::RichText);
    label->setWordWrap(true);
    label->setOpenExternalLinks(true);
    label->setTextInteractionFlags(Qt::TextBrowserInteraction);
    return label;
}

QString link(const QString &url, const QString &text) {
    return QStringLiteral("<a href=\"%1\">%2</a>").arg(url, text.toHtmlEscaped());
}

QString librariesHtml() {
    QStringList rows;
    const QString qtRuntime = QString::fromLatin1(qVersion());
    const QString qtBuilt = QStringLiteral(QT_VERSION_STR);
    rows.append(link(QStringLiteral("https://www.qt.io/"), QStringLiteral("Qt")) +
                QLatin1Char(' ') + qtRuntime +
                (qtRuntime == qtBuilt
                     ? QString()
                     : QLatin1Char(' ') + AboutDialog::tr("(built with %1)").arg(qtBuilt)));
    for (const info::Library &library : info::linkedLibraries) {
        rows.append(link(QString::fromLatin1(library.homepage), QString::fromLatin1(library.name)) +
                    QLatin1Char(' ') + QString::fromLatin1(library.version));
    }
    return AboutDialog::tr("Built with:") + QStringLiteral("<br>") +
           rows.join(QStringLiteral("<br>"));
}

} // namespace

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent) {
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About Galley"));

    auto *icon = new QLabel(this);
    icon->setObjectName(QStringLiteral("iconLabel"));
    icon->setPixmap(
        QIcon(QStringLiteral(":/icons/%1.svg").arg(QLatin1String(info::appId))).pixmap(96, 96));
    icon->setAlignment(Qt::AlignHCenter);

    const QString title =
        QStringLiteral("<h2>%1 %2</h2>")
            .arg(QString::fromLatin1(info::applicationName), QString::fromLatin1(info::version));
    const QString description =
        tr("Repairs the OCR text of scanned newspaper pages and turns it into articles: "
           "headline, deck, byline and clean paragraphs.");
    const QString homepage = QString::fromLatin1(info::homepage);
    const QString license =
        tr("Galley is free software: you can redistribute it and modify it under the terms of "
           "the %1, version 3 or (at your option) any later version.")
            .arg(link(QStringLiteral("https://www.gnu.org/licenses/gpl-3.0.html"),
                      tr("GNU General Public License"))) +
        QStringLiteral(" (GPL-3.0-or-later)");

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(icon);
    layout->addWidget(richLabel(title, QStringLiteral("titleLabel"), this));
    layout->addWidget(
        richLabel(description.toHtmlEscaped(), QStringLiteral("descriptionLabel"), this));
    layout->addWidget(richLabel(link(homepage, homepage), QStringLiteral("homepageLabel"), this));
    layout->addWidget(richLabel(license, QStringLiteral("licenseLabel"), this));
    layout->addWidget(richLabel(librariesHtml(), QStringLiteral("librariesLabel"), this));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

void showAboutDialog(QWidget *parent) {
    auto *dialog = new AboutDialog(parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace galley
