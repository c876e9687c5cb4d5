// The page view: the scan beside the text, zoomable and pannable, with the
// boxes of the selected article's lines drawn, the lines of the selected text
// highlighted and the words OCR was unsure of marked. Clicking a line asks for
// its text to be selected. Lines are named by their source line number, as
// everywhere else in the editor.
#pragma once

#include "text/ocrpage.h"

#include <QAbstractScrollArea>
#include <QCache>
#include <QImage>
#include <QPixmap>

namespace galley {

class PageView : public QAbstractScrollArea {
    Q_OBJECT

public:
    static constexpr double minimumZoom = 0.05;
    static constexpr double maximumZoom = 8.0;

    explicit PageView(QWidget *parent = nullptr);

    // The OCR pages of the open page (Bulletin::scan), empty for plain text.
    void setPages(const QList<text::OcrPage> &pages);
    // Whether there is a scan to show: the window hides the pane when not.
    bool hasScan() const { return !m_pages.isEmpty(); }
    int pageCount() const { return int(m_pages.size()); }
    int currentPage() const { return m_page; }
    void showPage(int page);
    // Whether the current page's image could be loaded (else boxes on white).
    bool hasImage() const { return !m_image.isNull(); }

    // Screen pixels per unit of the page's boxes.
    double zoom() const { return m_zoom; }
    bool fitsWidth() const { return m_fitWidth; }

    // The box of a source line on its page (page units), empty if it has none.
    QRect lineBox(int sourceLine) const;
    // The page a source line is on, or -1.
    int pageOfLine(int sourceLine) const;
    // The source line shown under a viewport point, or -1.
    int lineAt(const QPoint &viewportPoint) const;
    // Where a point of the current page is shown, in viewport coordinates.
    QPoint viewportPoint(const QPointF &pagePoint) const;
    // The source lines drawn highlighted, and the article's, as set.
    std::pair<int, int> highlightedLines() const { return {m_highlightFirst, m_highlightLast}; }
    const QList<int> &articleLines() const { return m_articleLines; }

public Q_SLOTS:
    // Draws the boxes of `lines`, sorted source line numbers (the selected
    // article's); none for an empty list. Shows the page the first is on.
    void setArticleLines(const QList<int> &lines);
    // Highlights source lines [first, last] (the selected text) and scrolls
    // the first into view; (-1, -1) clears the highlight.
    void highlightLines(int first, int last);
    void setZoom(double zoom);
    void zoomIn();
    void zoomOut();
    void fitWidth();
    void actualSize();

Q_SIGNALS:
    // The user clicked a line of the page.
    void lineClicked(int sourceLine);
    void pageChanged(int page);
    void zoomChanged(double zoom);
    void scanAvailabilityChanged(bool available);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    // What the view draws of a source line.
    struct Line {
        int sourceLine = -1;
        int page = -1;
        QRect box;
        QList<QRect> doubtfulWords;
    };

    QSize pageSize() const;
    QPointF pageOrigin() const;
    QPointF pagePoint(const QPoint &viewportPoint) const;
    void loadImage();
    void updateScaledImage();
    void updateScrollBars();
    void applyFitWidth();
    void ensureVisible(const QRect &pageBox);
    const Line *findLine(int sourceLine) const;

    QList<text::OcrPage> m_pages;
    QList<Line> m_lines; // sorted by source line
    int m_page = -1;
    QImage m_image;
    QCache<int, QImage> m_images{64}; // the pages shown lately, by page; cost in MiB
    QPixmap m_scaled;                 // m_image at the current zoom
    double m_zoom = 1.0;
    bool m_fitWidth = true;
    QList<int> m_articleLines; // sorted
    int m_highlightFirst = -1;
    int m_highlightLast = -1;
    QPoint m_pressPoint;
    QPoint m_pressScroll;
    bool m_pressed = false;
    bool m_panning = false;
};

} // namespace galley
