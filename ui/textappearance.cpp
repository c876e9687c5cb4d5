#include "textappearance.h"

#include <QApplication>
#include <QFontDatabase>
#include <QSettings>
#include <QWidget>

#include <cmath>

namespace galley {

namespace {

const QString zoomKey = QStringLiteral("view/zoom");
constexpr double zoomStep = 1.1;

} // namespace

TextAppearance::TextAppearance(QObject *parent)
    : QObject(parent)
    , m_zoom(qBound(minZoom, QSettings().value(zoomKey, 0).toInt(), maxZoom)) {}

void TextAppearance::setFonts(const QString &latinFamily, const QString &cjkFamily,
                              double pointSize) {
    m_latinFamily = latinFamily;
    m_cjkFamily = cjkFamily;
    m_pointSize = pointSize;
    apply();
}

QString TextAppearance::defaultCjkFamily() {
    static const QString family = [] {
        const QStringList installed = QFontDatabase::families(QFontDatabase::SimplifiedChinese);
        for (const QString &preferred :
             {QStringLiteral("Noto Sans CJK SC"), QStringLiteral("Source Han Sans SC"),
              QStringLiteral("WenQuanYi Micro Hei"), QStringLiteral("Noto Serif CJK SC")}) {
            if (installed.contains(preferred))
                return preferred;
        }
        return installed.value(0);
    }();
    return family;
}

QFont TextAppearance::withCjkFallback(const QFont &base, const QString &cjkFamily) {
    const QString cjk = cjkFamily.isEmpty() ? defaultCjkFamily() : cjkFamily;
    QFont font = base;
    if (!cjk.isEmpty())
        font.setFamilies({base.family(), cjk});
    return font;
}

QFont TextAppearance::font() const {
    QFont font = QApplication::font();
    if (!m_latinFamily.isEmpty())
        font.setFamily(m_latinFamily);
    font = withCjkFallback(font, m_cjkFamily);
    const double base = m_pointSize > 0 ? m_pointSize : font.pointSizeF();
    font.setPointSizeF(base * std::pow(zoomStep, m_zoom));
    return font;
}

void TextAppearance::setZoom(int steps) {
    steps = qBound(minZoom, steps, maxZoom);
    if (steps == m_zoom)
        return;
    m_zoom = steps;
    QSettings().setValue(zoomKey, m_zoom);
    apply();
}

void TextAppearance::addWidget(QWidget *widget) {
    m_widgets.append(widget);
    widget->setFont(font());
}

void TextAppearance::apply() {
    const QFont current = font();
    m_widgets.removeIf([](const QPointer<QWidget> &w) { return w.isNull(); });
    for (const QPointer<QWidget> &widget : std::as_const(m_widgets))
        widget->setFont(current);
    Q_EMIT changed();
}

} // namespace galley
