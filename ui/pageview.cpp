#include "pageview.h"

#include "formats/scanfile.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace galley {

namespace {

// A PDF page is rendered for the eye, not for OCR: half the resolution is sharp
// enough and four times quicker.
constexpr int displayResolution = ScanFile::defaultResolution / 2;
constexpr double zoomStep = 1.25;
// A press that moves less than this is a click, more a pan.
constexpr int dragThreshold = 4;
// Lines are easier to hit with a margin around their ink.
constexpr int hitMargin = 3;

const QColor articleColor(0x1e, 0x6f, 0xd9);
const QColor highlightFill(0xff, 0xd5, 0x4f, 110);
const QColor highlightEdge(0xe6, 0x8a, 0x00);
const QColor doubtfulColor(0xd9, 0x30, 0x25);

} // namespace

PageView::PageView(QWidget *parent)
    : QAbstractScrollArea(parent) {
    setFocusPolicy(Qt::StrongFocus);
    viewport()->setBackgroundRole(QPalette::Dark);
    viewport()->setAutoFillBackground(true);
    viewport()->setMouseTracking(true);
    setAccessibleName(tr("Page scan"));
}

void PageView::setPages(const QList<text::OcrPage> &pages) {
    const bool had = hasScan();
    m_pages = pages;
    m_lines.clear();
    const text::OcrText text = text::ocrText(m_pages);
    for (int number = 0; number < text.lines.size(); ++number) {
        const text::OcrLineRef &ref = text.lines.at(number);
        const text::OcrLine *ocr = text::ocrLine(m_pages, ref);
        if (!ocr || ocr->box.isEmpty())
            continue;
        Line line{number, ref.page, ocr->box, {}};
        for (const text::OcrWord &word : ocr->words) {
            if (word.isLowConfidence() && !word.box.isEmpty())
                line.doubtfulWords.append(word.box);
        }
        m_lines.append(line);
    }
    m_articleLines.clear();
    m_highlightFirst = m_highlightLast = -1;
    m_page = -1;
    m_image = QImage();
    m_images.clear();
    m_scaled = QPixmap();
    if (!m_pages.isEmpty())
        showPage(0);
    else
        viewport()->update();
    if (had != hasScan())
        Q_EMIT scanAvailabilityChanged(hasScan());
}

void PageView::showPage(int page) {
    if (page < 0 || page >= m_pages.size() || page == m_page)
        return;
    m_page = page;
    loadImage();
    if (m_fitWidth)
        applyFitWidth();
    else
        updateScaledImage();
    updateScrollBars();
    viewport()->update();
    Q_EMIT pageChanged(page);
}

void PageView::loadImage() {
    // Rendering a PDF page takes a noticeable moment: going back and forth
    // between the articles of a few pages finds them ready.
    if (const QImage *cached = m_images.object(m_page)) {
        m_image = *cached;
        return;
    }
    m_image = QImage();
    const text::OcrPage &page = m_pages.at(m_page);
    ScanFile file;
    if (!page.imagePath.isEmpty() && file.open(page.imagePath))
        m_image = file.page(page.imageIndex, displayResolution);
    if (!m_image.isNull())
        m_images.insert(m_page, new QImage(m_image), int(m_image.sizeInBytes() >> 20) + 1);
}

QSize PageView::pageSize() const {
    if (m_page < 0)
        return QSize();
    const QSize size = m_pages.at(m_page).size;
    if (!size.isEmpty())
        return size;
    return m_image.isNull() ? QSize(1000, 1400) : m_image.size();
}

void PageView::setZoom(double zoom) {
    m_fitWidth = false;
    zoom = std::clamp(zoom, minimumZoom, maximumZoom);
    if (qFuzzyCompare(zoom, m_zoom))
        return;
    // Zoom about the centre of what is shown.
    const QPointF centre = pagePoint(viewport()->rect().center());
    m_zoom = zoom;
    updateScaledImage();
    updateScrollBars();
    const QPointF shown = QPointF(centre) * m_zoom;
    horizontalScrollBar()->setValue(int(shown.x()) - viewport()->width() / 2);
    verticalScrollBar()->setValue(int(shown.y()) - viewport()->height() / 2);
    viewport()->update();
    Q_EMIT zoomChanged(m_zoom);
}

void PageView::zoomIn() {
    setZoom(m_zoom * zoomStep);
}

void PageView::zoomOut() {
    setZoom(m_zoom / zoomStep);
}

void PageView::actualSize() {
    // One image pixel to one screen pixel.
    const QSize size = pageSize();
    setZoom(m_image.isNull() || size.isEmpty() ? 1.0 : double(m_image.width()) / size.width());
}

void PageView::fitWidth() {
    m_fitWidth = true;
    applyFitWidth();
}

void PageView::applyFitWidth() {
    const QSize size = pageSize();
    if (size.isEmpty())
        return;
    // The vertical scroll bar stays, so the width does not jump as it comes and goes.
    const int width = viewport()->width() - (verticalScrollBar()->isVisible() ? 0 : 1);
    const double zoom =
        std::clamp(double(std::max(width, 1)) / size.width(), minimumZoom, maximumZoom);
    if (!qFuzzyCompare(zoom, m_zoom) || m_scaled.isNull()) {
        m_zoom = zoom;
        updateScaledImage();
        Q_EMIT zoomChanged(m_zoom);
    }
    updateScrollBars();
    viewport()->update();
}

void PageView::updateScaledImage() {
    m_scaled = QPixmap();
    const QSize size = pageSize();
    if (m_image.isNull() || size.isEmpty())
        return;
    const QSize target(std::max(1, int(std::lround(size.width() * m_zoom))),
                       std::max(1, int(std::lround(size.height() * m_zoom))));
    m_scaled =
        QPixmap::fromImage(m_image.scaled(target, Qt::IgnoreAspectRatio, Qt::SmoothTransformation));
}

void PageView::updateScrollBars() {
    const QSize size = pageSize();
    const QSize shown(int(std::ceil(size.width() * m_zoom)),
                      int(std::ceil(size.height() * m_zoom)));
    const QSize area = viewport()->size();
    horizontalScrollBar()->setRange(0, std::max(0, shown.width() - area.width()));
    verticalScrollBar()->setRange(0, std::max(0, shown.height() - area.height()));
    horizontalScrollBar()->setPageStep(area.width());
    verticalScrollBar()->setPageStep(area.height());
    horizontalScrollBar()->setSingleStep(std::max(1, area.width() / 20));
    verticalScrollBar()->setSingleStep(std::max(1, area.height() / 20));
}

QPointF PageView::pageOrigin() const {
    // A page narrower than the view is centred; otherwise it scrolls.
    const QSize size = pageSize();
    const double shownWidth = size.width() * m_zoom;
    const double x = shownWidth < viewport()->width() ? (viewport()->width() - shownWidth) / 2.0
                                                      : -horizontalScrollBar()->value();
    return QPointF(x, -verticalScrollBar()->value());
}

QPointF PageView::pagePoint(const QPoint &viewportPoint) const {
    return (QPointF(viewportPoint) - pageOrigin()) / m_zoom;
}

QPoint PageView::viewportPoint(const QPointF &pagePoint) const {
    return (pagePoint * m_zoom + pageOrigin()).toPoint();
}

const PageView::Line *PageView::findLine(int sourceLine) const {
    const auto found =
        std::lower_bound(m_lines.cbegin(), m_lines.cend(), sourceLine,
                         [](const Line &line, int number) { return line.sourceLine < number; });
    return found != m_lines.cend() && found->sourceLine == sourceLine ? &*found : nullptr;
}

QRect PageView::lineBox(int sourceLine) const {
    const Line *line = findLine(sourceLine);
    return line ? line->box : QRect();
}

int PageView::pageOfLine(int sourceLine) const {
    const Line *line = findLine(sourceLine);
    return line ? line->page : -1;
}

int PageView::lineAt(const QPoint &viewportPoint) const {
    const QPointF point = pagePoint(viewportPoint);
    const int margin = int(std::ceil(hitMargin / m_zoom));
    for (const Line &line : m_lines) {
        if (line.page == m_page &&
            line.box.adjusted(-margin, -margin, margin, margin).contains(point.toPoint()))
            return line.sourceLine;
    }
    return -1;
}

void PageView::setArticleLines(const QList<int> &lines) {
    // Not QList::operator==, which hands memcmp a null pointer for empty lists.
    if (std::equal(lines.cbegin(), lines.cend(), m_articleLines.cbegin(), m_articleLines.cend()))
        return;
    m_articleLines = lines;
    // Show the page where the article starts.
    for (const int number : lines) {
        if (const int page = pageOfLine(number); page >= 0) {
            showPage(page);
            break;
        }
    }
    viewport()->update();
}

void PageView::highlightLines(int first, int last) {
    m_highlightFirst = first;
    m_highlightLast = last;
    for (int number = first; number >= 0 && number <= last; ++number) {
        if (const Line *line = findLine(number)) {
            showPage(line->page);
            ensureVisible(line->box);
            break;
        }
    }
    viewport()->update();
}

void PageView::ensureVisible(const QRect &pageBox) {
    const QRect shown = QRectF(QPointF(pageBox.topLeft()) * m_zoom, QSizeF(pageBox.size()) * m_zoom)
                            .toAlignedRect();
    const QRect area(horizontalScrollBar()->value(), verticalScrollBar()->value(),
                     viewport()->width(), viewport()->height());
    if (area.contains(shown))
        return;
    const int margin = viewport()->height() / 4;
    if (shown.top() < area.top() || shown.bottom() > area.bottom())
        verticalScrollBar()->setValue(shown.top() - margin);
    if (shown.left() < area.left() || shown.right() > area.right())
        horizontalScrollBar()->setValue(shown.left() - viewport()->width() / 10);
}

void PageView::paintEvent(QPaintEvent *) {
    QPainter painter(viewport());
    if (m_page < 0)
        return;
    const QPointF origin = pageOrigin();
    const QSize size = pageSize();
    const QRectF sheet(origin, QSizeF(size) * m_zoom);
    if (!m_scaled.isNull()) {
        painter.drawPixmap(origin, m_scaled);
    } else {
        painter.fillRect(sheet, Qt::white);
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(sheet.adjusted(12, 12, -12, -12),
                         Qt::AlignTop | Qt::AlignHCenter | Qt::TextWordWrap,
                         tr("The scan %1 cannot be shown.").arg(m_pages.at(m_page).imagePath));
    }
    painter.translate(origin);
    painter.scale(m_zoom, m_zoom);
    const double pen = 1.5 / m_zoom; // about a screen pixel and a half, whatever the zoom
    for (const Line &line : std::as_const(m_lines)) {
        if (line.page != m_page)
            continue;
        const bool highlighted = line.sourceLine >= m_highlightFirst &&
                                 line.sourceLine <= m_highlightLast && m_highlightFirst >= 0;
        const bool inArticle =
            std::binary_search(m_articleLines.cbegin(), m_articleLines.cend(), line.sourceLine);
        if (highlighted) {
            painter.fillRect(line.box, highlightFill);
            painter.setPen(QPen(highlightEdge, 2 * pen));
            painter.drawRect(line.box);
        } else if (inArticle) {
            painter.setPen(QPen(articleColor, pen));
            painter.drawRect(line.box);
        }
        painter.setPen(QPen(doubtfulColor, 2 * pen));
        for (const QRect &word : line.doubtfulWords)
            painter.drawLine(word.bottomLeft() + QPoint(0, 2), word.bottomRight() + QPoint(0, 2));
    }
}

void PageView::resizeEvent(QResizeEvent *event) {
    QAbstractScrollArea::resizeEvent(event);
    if (m_fitWidth)
        applyFitWidth();
    else
        updateScrollBars();
}

void PageView::scrollContentsBy(int, int) {
    viewport()->update();
}

void PageView::mousePressEvent(QMouseEvent *event) {
    if (event->button() != Qt::LeftButton && event->button() != Qt::MiddleButton) {
        QAbstractScrollArea::mousePressEvent(event);
        return;
    }
    m_pressed = true;
    m_panning = event->button() == Qt::MiddleButton;
    m_pressPoint = event->position().toPoint();
    m_pressScroll = QPoint(horizontalScrollBar()->value(), verticalScrollBar()->value());
    if (m_panning)
        viewport()->setCursor(Qt::ClosedHandCursor);
}

void PageView::mouseMoveEvent(QMouseEvent *event) {
    const QPoint point = event->position().toPoint();
    if (!m_pressed) {
        viewport()->setCursor(lineAt(point) >= 0 ? Qt::PointingHandCursor : Qt::OpenHandCursor);
        return;
    }
    const QPoint moved = point - m_pressPoint;
    if (!m_panning && moved.manhattanLength() >= dragThreshold) {
        m_panning = true;
        viewport()->setCursor(Qt::ClosedHandCursor);
    }
    if (m_panning) {
        horizontalScrollBar()->setValue(m_pressScroll.x() - moved.x());
        verticalScrollBar()->setValue(m_pressScroll.y() - moved.y());
    }
}

void PageView::mouseReleaseEvent(QMouseEvent *event) {
    if (!m_pressed) {
        QAbstractScrollArea::mouseReleaseEvent(event);
        return;
    }
    const bool click = !m_panning && event->button() == Qt::LeftButton;
    m_pressed = false;
    m_panning = false;
    viewport()->unsetCursor();
    if (!click)
        return;
    if (const int line = lineAt(event->position().toPoint()); line >= 0)
        Q_EMIT lineClicked(line);
}

void PageView::wheelEvent(QWheelEvent *event) {
    if (!(event->modifiers() & Qt::ControlModifier)) {
        QAbstractScrollArea::wheelEvent(event);
        return;
    }
    const int steps = event->angleDelta().y() / 120;
    if (steps != 0)
        setZoom(m_zoom * std::pow(zoomStep, steps));
    event->accept();
}

void PageView::keyPressEvent(QKeyEvent *event) {
    if (event->matches(QKeySequence::ZoomIn) || event->key() == Qt::Key_Plus) {
        zoomIn();
    } else if (event->matches(QKeySequence::ZoomOut) || event->key() == Qt::Key_Minus) {
        zoomOut();
    } else if (event->key() == Qt::Key_PageDown && m_page + 1 < m_pages.size() &&
               verticalScrollBar()->value() == verticalScrollBar()->maximum()) {
        showPage(m_page + 1);
    } else if (event->key() == Qt::Key_PageUp && m_page > 0 && verticalScrollBar()->value() == 0) {
        showPage(m_page - 1);
    } else {
        QAbstractScrollArea::keyPressEvent(event);
    }
}

} // namespace galley
