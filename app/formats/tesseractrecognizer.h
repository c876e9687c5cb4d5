// Recognises page images with Tesseract's C++ API and keeps its structure:
// blocks, paragraphs, lines and words with their boxes and confidences.
#pragma once

#include "text/language.h"
#include "text/ocrpage.h"

#include <QImage>
#include <QString>

#include <functional>
#include <map>
#include <memory>
#include <optional>

namespace tesseract {
class TessBaseAPI;
}

namespace galley {

// How the lines of a page run. Auto reads a page across and, when that reads
// poorly and the page may be Chinese, down as well, keeping the better reading.
enum class WritingMode { Auto, Horizontal, Vertical };

struct OcrSettings {
    text::Language language = text::Language::Auto; // picks the Tesseract models
    QString models; // Tesseract models to use instead, e.g. "chi_tra+eng"
    WritingMode writing = WritingMode::Auto;
    QString dataPath; // where the .traineddata files are; empty: Tesseract's own

    friend bool operator==(const OcrSettings &, const OcrSettings &) = default;
};

// The Tesseract models for a language: zh -> chi_sim, en -> eng, auto ->
// chi_sim+eng (the recognizer first asks Tesseract's script detection, and
// reads a page of Han with chi_sim and one of Latin with eng: mixed models
// read Chinese names as Latin letters); for vertical lines each Chinese model's _vert twin, and no
// model (empty) when none of them reads vertical text.
QString tesseractModels(const OcrSettings &settings, bool vertical);

class TesseractRecognizer {
public:
    // Polled while a page is read; true stops it.
    using CancelCheck = std::function<bool()>;
    // 0–100 within the page being read.
    using ProgressReport = std::function<void(int percent)>;

    TesseractRecognizer();
    ~TesseractRecognizer();
    TesseractRecognizer(const TesseractRecognizer &) = delete;
    TesseractRecognizer &operator=(const TesseractRecognizer &) = delete;

    // Loads the models; false when they cannot be found, with errorString() set.
    bool init(const OcrSettings &settings);

    // Reads one page image, whose declared resolution (or 300 dpi) sizes the
    // type. Empty when cancelled or on failure (errorString() says which).
    std::optional<text::OcrPage> recognize(const QImage &image, const CancelCheck &cancelled = {},
                                           const ProgressReport &progress = {});

    bool wasCancelled() const { return m_cancelled; }
    QString errorString() const { return m_error; }

private:
    struct Engine;
    std::optional<text::OcrPage> read(Engine &engine, const QImage &grey, int resolution,
                                      const CancelCheck &cancelled, const ProgressReport &progress);
    Engine *engine(const OcrSettings &settings, bool vertical);
    // The language of a page's script (Han: Chinese, Latin: English), or Auto
    // when the script is another or cannot be told.
    text::Language detectLanguage(const QImage &grey, int resolution);

    OcrSettings m_settings;
    std::map<QString, std::unique_ptr<Engine>> m_engines; // by their models
    std::unique_ptr<tesseract::TessBaseAPI> m_scriptDetector;
    bool m_scriptDetectorFailed = false;
    bool m_cancelled = false;
    QString m_error;
};

// The mean word confidence of a page weighted by word length: how well a
// reading went. -1 for a page without words.
double meanConfidence(const text::OcrPage &page);

} // namespace galley
