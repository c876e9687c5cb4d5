// How the editor's text looks: the Latin and CJK fonts, the zoom, whether
// whitespace is shown. Widgets registered here follow every change.
#pragma once

#include <QFont>
#include <QList>
#include <QObject>
#include <QPointer>

class QWidget;

namespace galley {

class TextAppearance : public QObject {
    Q_OBJECT

public:
    static constexpr int minZoom = -5;
    static constexpr int maxZoom = 10;

    explicit TextAppearance(QObject *parent = nullptr);

    // Latin text takes the first family; CJK characters fall back to the second.
    void setFonts(const QString &latinFamily, const QString &cjkFamily, double pointSize);
    QFont font() const;

    // A Simplified Chinese family installed here, for when the user chose
    // none: naming it spares Qt a font-fallback search on every line of CJK
    // text it lays out. Empty when the system has none.
    static QString defaultCjkFamily();
    // `base` with `cjkFamily` (or the default one) behind its family.
    static QFont withCjkFallback(const QFont &base, const QString &cjkFamily = {});

    int zoom() const { return m_zoom; }
    void setZoom(int steps);
    void zoomIn() { setZoom(m_zoom + 1); }
    void zoomOut() { setZoom(m_zoom - 1); }

    void addWidget(QWidget *widget);

Q_SIGNALS:
    void changed();

private:
    void apply();

    QString m_latinFamily;
    QString m_cjkFamily;
    double m_pointSize = 0;
    int m_zoom = 0;
    QList<QPointer<QWidget>> m_widgets;
};

} // namespace galley
