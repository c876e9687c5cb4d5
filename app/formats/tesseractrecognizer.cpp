#include "formats/tesseractrecognizer.h"

#include "formats/scanfile.h"

#include <QCoreApplication>
#include <QFile>
#include <QStringList>

#include <tesseract/baseapi.h>
#include <tesseract/ocrclass.h>
#include <tesseract/resultiterator.h>

#ifdef _OPENMP
#include <omp.h>
#endif

#include <algorithm>

namespace galley {

namespace {

// Tesseract parallelises inside a page with OpenMP, whose threads spin while
// they wait; on a desktop shared with the window that costs more than it
// gains (a page takes several times longer on two cores). Galley reads pages
// one after another in a worker thread instead. The setting belongs to the
// calling thread.
void readInThisThreadOnly() {
#ifdef _OPENMP
    omp_set_max_active_levels(0);
#endif
}

// What the callbacks of one Recognize() call see.
struct Monitor {
    const TesseractRecognizer::CancelCheck *cancelled = nullptr;
    const TesseractRecognizer::ProgressReport *progress = nullptr;
    bool stopped = false;
    int lastPercent = -1;
};

bool cancelCallback(void *data, int) {
    auto *monitor = static_cast<Monitor *>(data);
    if (!monitor->stopped && monitor->cancelled && *monitor->cancelled)
        monitor->stopped = (*monitor->cancelled)();
    return monitor->stopped;
}

bool progressCallback(tesseract::ETEXT_DESC *description, int, int, int, int) {
    auto *monitor = static_cast<Monitor *>(description->cancel_this);
    const int percent = std::clamp(int(description->progress), 0, 100);
    if (monitor && monitor->progress && *monitor->progress && percent != monitor->lastPercent) {
        monitor->lastPercent = percent;
        (*monitor->progress)(percent);
    }
    return true;
}

QRect boxAt(const tesseract::ResultIterator &iterator, tesseract::PageIteratorLevel level) {
    int left = 0;
    int top = 0;
    int right = 0;
    int bottom = 0;
    if (!iterator.BoundingBox(level, &left, &top, &right, &bottom))
        return QRect();
    return QRect(left, top, right - left, bottom - top);
}

QString wordText(const tesseract::ResultIterator &iterator) {
    const std::unique_ptr<char[]> text(iterator.GetUTF8Text(tesseract::RIL_WORD));
    return text ? QString::fromUtf8(text.get()).simplified() : QString();
}

bool isVerticalBlock(const tesseract::ResultIterator &iterator) {
    tesseract::Orientation orientation;
    tesseract::WritingDirection direction;
    tesseract::TextlineOrder order;
    float deskew = 0.0f;
    iterator.Orientation(&orientation, &direction, &order, &deskew);
    return direction == tesseract::WRITING_DIRECTION_TOP_TO_BOTTOM;
}

// Walks Tesseract's result word by word, opening a block, paragraph or line
// where the iterator says one begins (the walk of Tesseract's hOCR renderer).
QList<text::OcrBlock> collectBlocks(tesseract::TessBaseAPI &api, bool vertical) {
    QList<text::OcrBlock> blocks;
    const std::unique_ptr<tesseract::ResultIterator> iterator(api.GetIterator());
    if (!iterator)
        return blocks;
    using tesseract::RIL_BLOCK;
    using tesseract::RIL_PARA;
    using tesseract::RIL_TEXTLINE;
    using tesseract::RIL_WORD;
    while (!iterator->Empty(RIL_BLOCK)) {
        if (iterator->Empty(RIL_WORD)) {
            iterator->Next(RIL_WORD);
            continue;
        }
        if (iterator->IsAtBeginningOf(RIL_BLOCK) || blocks.isEmpty()) {
            text::OcrBlock block;
            block.box = boxAt(*iterator, RIL_BLOCK);
            block.vertical = vertical || isVerticalBlock(*iterator);
            blocks.append(block);
        }
        text::OcrBlock &block = blocks.last();
        if (iterator->IsAtBeginningOf(RIL_PARA) || block.paragraphs.isEmpty())
            block.paragraphs.append(text::OcrParagraph{boxAt(*iterator, RIL_PARA), {}});
        text::OcrParagraph &paragraph = block.paragraphs.last();
        if (iterator->IsAtBeginningOf(RIL_TEXTLINE) || paragraph.lines.isEmpty()) {
            text::OcrLine line;
            line.box = boxAt(*iterator, RIL_TEXTLINE);
            float rowHeight = 0.0f;
            float descenders = 0.0f;
            float ascenders = 0.0f;
            iterator->RowAttributes(&rowHeight, &descenders, &ascenders);
            line.textSize = rowHeight;
            paragraph.lines.append(line);
        }
        const QString text = wordText(*iterator);
        if (!text.isEmpty())
            paragraph.lines.last().words.append(
                text::OcrWord{text, boxAt(*iterator, RIL_WORD), iterator->Confidence(RIL_WORD)});
        iterator->Next(RIL_WORD);
    }
    return blocks;
}

} // namespace

struct TesseractRecognizer::Engine {
    tesseract::TessBaseAPI api;
    bool vertical = false;
};

QString tesseractModels(const OcrSettings &settings, bool vertical) {
    QString models = settings.models;
    if (models.isEmpty()) {
        switch (settings.language) {
        case text::Language::Chinese:
            models = QStringLiteral("chi_sim");
            break;
        case text::Language::English:
            models = QStringLiteral("eng");
            break;
        case text::Language::Auto:
            models = QStringLiteral("chi_sim+eng");
            break;
        }
    }
    if (!vertical)
        return models;
    QStringList verticalModels;
    for (const QString &model : models.split(u'+', Qt::SkipEmptyParts)) {
        if (model.endsWith(u"_vert"))
            verticalModels.append(model);
        else if (model == u"chi_sim" || model == u"chi_tra")
            verticalModels.append(model + QStringLiteral("_vert"));
    }
    verticalModels.removeDuplicates();
    return verticalModels.join(u'+');
}

double meanConfidence(const text::OcrPage &page) {
    double sum = 0.0;
    qsizetype weight = 0;
    for (const text::OcrBlock &block : page.blocks) {
        for (const text::OcrParagraph &paragraph : block.paragraphs) {
            for (const text::OcrLine &line : paragraph.lines) {
                for (const text::OcrWord &word : line.words) {
                    if (word.confidence < 0.0)
                        continue;
                    sum += word.confidence * double(word.text.size());
                    weight += word.text.size();
                }
            }
        }
    }
    return weight > 0 ? sum / double(weight) : -1.0;
}

TesseractRecognizer::TesseractRecognizer() = default;

TesseractRecognizer::~TesseractRecognizer() {
    for (auto &[models, engine] : m_engines)
        engine->api.End();
    if (m_scriptDetector)
        m_scriptDetector->End();
}

bool TesseractRecognizer::init(const OcrSettings &settings) {
    m_settings = settings;
    m_engines.clear();
    m_error.clear();
    const bool vertical = settings.writing == WritingMode::Vertical;
    if (settings.language != text::Language::Auto || !settings.models.isEmpty())
        return engine(settings, vertical) != nullptr;
    // A page of either script may come: both models must be there.
    OcrSettings chinese = settings;
    chinese.language = text::Language::Chinese;
    OcrSettings english = settings;
    english.language = text::Language::English;
    return engine(chinese, vertical) && (vertical || engine(english, false));
}

TesseractRecognizer::Engine *TesseractRecognizer::engine(const OcrSettings &settings,
                                                         bool vertical) {
    const QString models = tesseractModels(settings, vertical);
    if (models.isEmpty()) {
        m_error = QCoreApplication::translate(
                      "TesseractRecognizer", "none of the OCR languages \"%1\" reads vertical text")
                      .arg(tesseractModels(settings, false));
        return nullptr;
    }
    std::unique_ptr<Engine> &slot = m_engines[models];
    if (slot)
        return slot.get();
    auto engine = std::make_unique<Engine>();
    engine->vertical = vertical;
    const QByteArray dataPath = QFile::encodeName(m_settings.dataPath);
    // Tesseract reports its progress on standard error unless told otherwise.
    engine->api.SetVariable("debug_file", "/dev/null");
    if (engine->api.Init(dataPath.isEmpty() ? nullptr : dataPath.constData(),
                         models.toUtf8().constData(), tesseract::OEM_LSTM_ONLY) != 0) {
        m_engines.erase(models);
        m_error = QCoreApplication::translate("TesseractRecognizer",
                                              "the Tesseract language data \"%1\" is not installed")
                      .arg(models);
        return nullptr;
    }
    engine->api.SetVariable("debug_file", "/dev/null");
    slot = std::move(engine);
    return slot.get();
}

text::Language TesseractRecognizer::detectLanguage(const QImage &grey, int resolution) {
    if (!m_scriptDetector && !m_scriptDetectorFailed) {
        auto detector = std::make_unique<tesseract::TessBaseAPI>();
        const QByteArray dataPath = QFile::encodeName(m_settings.dataPath);
        detector->SetVariable("debug_file", "/dev/null");
        // Script detection has only the legacy engine.
        if (detector->Init(dataPath.isEmpty() ? nullptr : dataPath.constData(), "osd",
                           tesseract::OEM_TESSERACT_ONLY) == 0)
            m_scriptDetector = std::move(detector);
        else
            m_scriptDetectorFailed = true;
    }
    if (!m_scriptDetector)
        return text::Language::Auto;
    tesseract::TessBaseAPI &api = *m_scriptDetector;
    api.SetPageSegMode(tesseract::PSM_OSD_ONLY);
    api.SetImage(grey.constBits(), grey.width(), grey.height(), 1, int(grey.bytesPerLine()));
    api.SetSourceResolution(resolution);
    int degrees = 0;
    float orientationConfidence = 0.0f;
    const char *script = nullptr;
    float scriptConfidence = 0.0f;
    const bool found =
        api.DetectOrientationScript(&degrees, &orientationConfidence, &script, &scriptConfidence);
    const QByteArray name = found && script ? QByteArray(script) : QByteArray();
    api.Clear();
    if (name == "Han")
        return text::Language::Chinese;
    if (name == "Latin")
        return text::Language::English;
    return text::Language::Auto;
}

std::optional<text::OcrPage> TesseractRecognizer::recognize(const QImage &image,
                                                            const CancelCheck &cancelled,
                                                            const ProgressReport &progress) {
    m_cancelled = false;
    m_error.clear();
    if (image.isNull()) {
        m_error = QCoreApplication::translate("TesseractRecognizer", "the page image is empty");
        return std::nullopt;
    }
    readInThisThreadOnly();
    const QImage grey = image.convertToFormat(QImage::Format_Grayscale8);
    const int resolution = ScanFile::resolutionOf(image);
    OcrSettings settings = m_settings;
    if (settings.language == text::Language::Auto && settings.models.isEmpty())
        settings.language = detectLanguage(grey, resolution);
    const bool verticalOnly = settings.writing == WritingMode::Vertical;
    Engine *first = engine(settings, verticalOnly);
    if (!first)
        return std::nullopt;
    std::optional<text::OcrPage> page = read(*first, grey, resolution, cancelled, progress);
    if (!page || settings.writing != WritingMode::Auto || tesseractModels(settings, true).isEmpty())
        return page;
    // A page read across with poor confidence may be set vertically.
    constexpr double confidentReading = 75.0;
    const double across = meanConfidence(*page);
    if (across >= confidentReading)
        return page;
    Engine *down = engine(settings, true);
    if (!down)
        return page;
    std::optional<text::OcrPage> vertical = read(*down, grey, resolution, cancelled, {});
    if (m_cancelled)
        return std::nullopt;
    if (vertical && meanConfidence(*vertical) > across)
        return vertical;
    return page;
}

std::optional<text::OcrPage> TesseractRecognizer::read(Engine &engine, const QImage &grey,
                                                       int resolution, const CancelCheck &cancelled,
                                                       const ProgressReport &progress) {
    tesseract::TessBaseAPI &api = engine.api;
    // A vertical page is read as one block: Tesseract's layout analysis
    // looks for horizontal lines only.
    api.SetPageSegMode(engine.vertical ? tesseract::PSM_SINGLE_BLOCK_VERT_TEXT
                                       : tesseract::PSM_AUTO);
    api.SetImage(grey.constBits(), grey.width(), grey.height(), 1, int(grey.bytesPerLine()));
    api.SetSourceResolution(resolution);

    Monitor monitor{&cancelled, &progress};
    tesseract::ETEXT_DESC description;
    description.cancel = &cancelCallback;
    description.cancel_this = &monitor;
    description.progress_callback2 = &progressCallback;
    const int status = api.Recognize(&description);
    if (monitor.stopped || (cancelled && cancelled())) {
        m_cancelled = true;
        m_error = QCoreApplication::translate("TesseractRecognizer", "the OCR was cancelled");
        api.Clear();
        return std::nullopt;
    }
    if (status != 0) {
        m_error =
            QCoreApplication::translate("TesseractRecognizer", "Tesseract could not read the page");
        api.Clear();
        return std::nullopt;
    }
    text::OcrPage page;
    page.size = grey.size();
    page.blocks = collectBlocks(api, engine.vertical);
    api.Clear();
    return page;
}

} // namespace galley
