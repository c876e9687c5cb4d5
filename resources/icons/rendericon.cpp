// galley-render-icon: renders the scalable app icon into the fixed sizes of the hicolor theme.
#include <QCoreApplication>
#include <QImage>
#include <QPainter>
#include <QStringList>
#include <QSvgRenderer>

#include <cstdio>

namespace {

int fail(const QString &message) {
    std::fputs(qPrintable(QStringLiteral("galley-render-icon: %1\n").arg(message)), stderr);
    return 1;
}

} // namespace

// Usage: galley-render-icon ICON.svg SIZE OUT.png
int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 4)
        return fail(QStringLiteral("usage: galley-render-icon ICON.svg SIZE OUT.png"));
    bool sizeOk = false;
    const int size = args.at(2).toInt(&sizeOk);
    if (!sizeOk || size <= 0)
        return fail(QStringLiteral("bad size \"%1\"").arg(args.at(2)));

    QSvgRenderer renderer(args.at(1));
    if (!renderer.isValid())
        return fail(QStringLiteral("cannot read the icon \"%1\"").arg(args.at(1)));
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    renderer.render(&painter);
    painter.end();
    if (!image.save(args.at(3), "PNG"))
        return fail(QStringLiteral("cannot write \"%1\"").arg(args.at(3)));
    return 0;
}
