#include "pagelayout.h"

#include "linebreaker.h"
#include "pagefonts.h"

#include <QFontMetricsF>
#include <QJsonArray>
#include <algorithm>
#include <optional>

namespace galley::forge {

namespace {

// Bylines for texts whose source names no reporter (Wikinews is written by
// its community): invented names, said so in the gold's notes.
const QStringList chineseReporters = {QStringLiteral("王晓东"), QStringLiteral("李静"),
                                      QStringLiteral("张海峰"), QStringLiteral("刘佳"),
                                      QStringLiteral("陈曦"),   QStringLiteral("赵文博"),
                                      QStringLiteral("周敏"),   QStringLiteral("孙立新")};
const QStringList englishReporters = {QStringLiteral("JOHN HARLAN"), QStringLiteral("MARY ELLISON"),
                                      QStringLiteral("PETER WADE"),  QStringLiteral("ANNA COLLIER"),
                                      QStringLiteral("JAMES ORTON"), QStringLiteral("RUTH BAKER")};
const QStringList chineseCaptions = {QStringLiteral("资料图片"), QStringLiteral("图为现场。"),
                                     QStringLiteral("（示意图）")};
const QStringList englishCaptions = {QStringLiteral("File photograph."),
                                     QStringLiteral("The scene on the day."),
                                     QStringLiteral("Staff photograph.")};

// A line ready to be placed: runs from its start, and its height in the stack.
struct Line {
    QList<PlacedRun> runs;
    double height = 0;
    bool gap = false; // space between block paragraphs: never at a column's top
    // Runs that hang from the line (a drop cap), offset from its top left.
    QList<TextRun> hanging;
};

double stackHeight(const QList<Line> &lines) {
    double h = 0;
    for (const Line &line : lines)
        h += line.height;
    return h;
}

// One article set at one span, before it is placed.
struct SetArticle {
    int span = 1;
    double width = 0;
    QList<Line> header; // kicker, headline, deck, English byline, across the span
    double photoHeight = 0;
    QList<Line> caption;
    QList<QList<Line>> paragraphs; // each paragraph's lines, at the column measure
    QStringList hyphenated;
    QJsonObject gold;
    QJsonArray goldParagraphs;
    QString captionText;
};

class PageBuilder {
public:
    PageBuilder(const PageStyle &style, Random &random)
        : m_style(style)
        , m_random(random) {
        m_layout.style = style;
        m_layout.size = style.size;
        m_columnWidth =
            (style.size.width() - 2 * style.margin - (style.columns - 1) * style.gutter) /
            style.columns;
    }

    PageLayout build(const QList<ArticleText> &texts);

private:
    int font(Face face, double size);
    double width(int f, const QString &text) const {
        return advance(m_layout.fonts[f], text, m_style.vertical);
    }
    double ascent(int f) const { return QFontMetricsF(m_layout.fonts[f]).ascent(); }
    QList<Line> setLines(const QList<Piece> &pieces, double measure, bool justify, bool centre,
                         double leading, QStringList *hyphenated = nullptr,
                         const std::function<double(int)> &indent = {});
    double placeLines(const QList<Line> &lines, double x, double y);
    double setHeader();
    void setFooter();
    std::optional<SetArticle> setArticle(const ArticleText &text, int span, bool lead);
    double articleHeight(const SetArticle &article, qsizetype paragraphs) const;
    void placeArticle(SetArticle &article, qsizetype paragraphs, double x, double y);

    PageStyle m_style;
    Random &m_random;
    PageLayout m_layout;
    double m_columnWidth = 0;
    double m_bodyTop = 0;
    double m_bodyBottom = 0;
    QJsonArray m_articles;
    QJsonArray m_extras;
    QStringList m_notes;
    QStringList m_hyphenated;
    bool m_inventedBylines = false;
};

int PageBuilder::font(Face face, double size) {
    const QFont f = makeFont(face, m_style.chinese, size);
    const qsizetype i = m_layout.fonts.indexOf(f);
    if (i >= 0)
        return int(i);
    m_layout.fonts.append(f);
    return int(m_layout.fonts.size() - 1);
}

QList<Line> PageBuilder::setLines(const QList<Piece> &pieces, double measure, bool justify,
                                  bool centre, double leading, QStringList *hyphenated,
                                  const std::function<double(int)> &indent) {
    LineBreaking how;
    how.chinese = m_style.chinese;
    how.justify = justify;
    how.centre = centre;
    how.hyphenation = hyphenated ? &m_random : nullptr;
    how.width = [this](int f, const QString &text) { return width(f, text); };
    how.measure = [&](int i) { return measure - (indent ? indent(i) : 0.0); };
    if (indent)
        how.indent = indent;
    const BrokenParagraph broken = breakParagraph(pieces, how);
    if (hyphenated)
        *hyphenated += broken.hyphenated;
    QList<Line> lines;
    for (const BrokenLine &b : broken.lines)
        lines.append({b.runs, leading, false, {}});
    return lines;
}

double PageBuilder::placeLines(const QList<Line> &lines, double x, double y) {
    for (const Line &line : lines) {
        for (const PlacedRun &run : line.runs)
            m_layout.runs.append({run.font, QPointF(x + run.x, y), run.text});
        for (const TextRun &run : line.hanging)
            m_layout.runs.append({run.font, QPointF(x, y) + run.origin, run.text});
        y += line.height;
    }
    return y;
}

// The masthead, or on an inside page a running head; returns where the body starts.
double PageBuilder::setHeader() {
    const PageStyle &s = m_style;
    const double left = s.margin, right = s.size.width() - s.margin;
    const double fullWidth = right - left;
    double y = s.margin;
    const int small = font(Face::Sans, s.bodySize * 0.95);
    const QString pageLabel = s.chinese ? QStringLiteral("第%1版").arg(s.pageNumber)
                                        : QStringLiteral("PAGE %1").arg(s.pageNumber);
    if (s.frontPage) {
        const double size = s.chinese ? m_random.between(420, 620) : m_random.between(380, 560);
        const int mast =
            font(s.chinese && m_random.chance(0.5) ? Face::SansBold : Face::SerifBold, size);
        const QList<Line> title =
            setLines({{mast, s.paper}}, fullWidth, false, !s.vertical, size * 1.25);
        y = placeLines(title, left, y);
        m_extras.append(s.paper);
        m_layout.rules.append(QLineF(left, y, right, y));
        m_layout.rules.append(QLineF(left, y + 25, right, y + 25));
        y += 25 + s.bodySize * 0.5;
        m_layout.runs.append({small, QPointF(left, y), s.date});
        m_extras.append(s.date);
        m_layout.runs.append({small, QPointF(right - width(small, pageLabel), y), pageLabel});
        m_extras.append(pageLabel);
        y += s.bodySize * 1.5;
    } else {
        const int bold = font(Face::SansBold, s.bodySize * 1.1);
        const QString head = s.chinese ? pageLabel + QStringLiteral("  ") + s.section
                                       : pageLabel + QStringLiteral("   ") + s.section;
        m_layout.runs.append({bold, QPointF(left, y), pageLabel});
        m_layout.runs.append(
            {bold, QPointF(left + width(bold, pageLabel) + s.bodySize * 1.5, y), s.section});
        m_extras.append(head.simplified());
        const int named = font(Face::SerifBold, s.bodySize * 1.1);
        m_layout.runs.append(
            {named, QPointF(left + (fullWidth - width(named, s.paper)) / 2, y), s.paper});
        m_extras.append(s.paper);
        m_layout.runs.append({small, QPointF(right - width(small, s.date), y), s.date});
        m_extras.append(s.date);
        y += s.bodySize * 1.6;
    }
    m_layout.rules.append(QLineF(left, y, right, y));
    return y + s.bodySize;
}

void PageBuilder::setFooter() {
    const PageStyle &s = m_style;
    const int f = font(Face::Sans, s.bodySize * 0.9);
    const QString number = QString::number(s.pageNumber);
    const double y = s.size.height() - s.margin - s.bodySize * 1.2;
    m_layout.rules.append(
        QLineF(s.margin, y - s.bodySize * 0.4, s.size.width() - s.margin, y - s.bodySize * 0.4));
    m_layout.runs.append({f, QPointF((s.size.width() - width(f, number)) / 2, y), number});
    m_extras.append(number);
}

std::optional<SetArticle> PageBuilder::setArticle(const ArticleText &text, int span, bool lead) {
    const PageStyle &s = m_style;
    SetArticle a;
    a.span = span;
    a.width = span * m_columnWidth + (span - 1) * s.gutter;
    const bool zh = s.chinese;

    // Headlines grow with the span and with the story's rank on the page.
    const double base = lead ? s.bodySize * m_random.real(2.6, 3.4)
                             : s.bodySize * m_random.real(1.5, 1.9) + span * s.bodySize * 0.2;
    const bool centred = zh ? m_random.chance(0.7) : m_random.chance(0.15);
    const Face headFace = zh && m_random.chance(0.4) ? Face::SansBold : Face::SerifBold;
    QList<Line> headline;
    double headSize = base;
    for (int attempt = 0; attempt < 4; ++attempt, headSize *= 0.85) {
        const int f = font(headFace, headSize);
        headline = setLines({{f, text.headline}}, a.width, false, centred, headSize * 1.25);
        if (headline.size() <= 3)
            break;
    }
    if (!text.kicker.isEmpty()) {
        const int f = font(Face::Sans, std::max(s.bodySize * 1.1, headSize * 0.45));
        a.header += setLines({{f, text.kicker}}, a.width, false, centred,
                             m_layout.fonts[f].pixelSize() * 1.4);
    }
    a.header += headline;
    if (!text.deck.isEmpty()) {
        const int f = font(zh ? Face::Sans : Face::Serif,
                           std::max(s.bodySize * 1.15, headSize * (zh ? 0.5 : 0.55)));
        a.header += setLines({{f, text.deck}}, a.width, false, centred,
                             m_layout.fonts[f].pixelSize() * 1.35);
    }
    QString byline = text.byline;
    if (byline.isEmpty() && m_random.chance(0.75)) {
        byline = zh ? QStringLiteral("本报讯（记者 %1）").arg(m_random.pick(chineseReporters))
                    : QStringLiteral("By %1").arg(m_random.pick(englishReporters));
        m_inventedBylines = true;
    }
    if (!a.header.isEmpty())
        a.header.last().height += s.bodySize * 0.4;
    if (!zh && !byline.isEmpty()) {
        const int f = font(Face::SansBold, s.bodySize * 0.9);
        a.header += setLines({{f, byline}}, a.width, false, false, s.leading * 1.2);
    }
    if (m_random.chance(lead ? 0.7 : 0.25)) {
        // A picture takes a share of the body's depth, never most of the page.
        const double depth = m_bodyBottom - m_bodyTop;
        a.photoHeight = std::round(
            std::min(a.width * m_random.real(0.35, 0.6), depth * m_random.real(0.15, 0.3)));
        a.captionText = m_random.pick(zh ? chineseCaptions : englishCaptions);
        const int f = font(Face::Sans, s.bodySize * 0.85);
        a.caption = setLines({{f, a.captionText}}, a.width, false, false, s.bodySize * 1.3);
        a.caption.last().height += s.bodySize * 0.5;
    }

    const int body = font(Face::Serif, s.bodySize);
    const int bold = font(zh ? Face::SerifBold : Face::SansBold, s.bodySize);
    // English stories open with a drop cap now and then.
    const bool dropCap = !zh && m_random.chance(0.45) && text.paragraphs.first().size() > 200 &&
                         text.paragraphs.first().front().isLetter();
    for (qsizetype p = 0; p < text.paragraphs.size(); ++p) {
        const QString &paragraph = text.paragraphs[p];
        const bool intertitle = text.intertitles.contains(int(p)) ||
                                (p > 0 && paragraph.size() <= (zh ? 16 : 40) &&
                                 !QStringView(u"。！？”.!?\"").contains(paragraph.back()));
        QList<Line> lines;
        if (!s.indented && p > 0)
            lines.append({{}, s.leading * 0.5, true, {}});
        if (intertitle) {
            lines += setLines({{bold, paragraph}}, m_columnWidth, false, !zh, s.leading);
        } else if (zh) {
            QList<Piece> pieces;
            if (s.indented)
                pieces.append({body, QStringLiteral("\u3000\u3000")});
            if (p == 0 && !byline.isEmpty())
                pieces.append({bold, byline});
            pieces.append({body, paragraph});
            lines += setLines(pieces, m_columnWidth, true, false, s.leading);
        } else if (p == 0 && dropCap) {
            const int rows = m_random.between(2, 3);
            const QFontMetricsF bodyMetrics(m_layout.fonts[body]);
            const double cap = bodyMetrics.capHeight();
            const int drop =
                font(Face::SerifBold, s.bodySize * ((rows - 1) * s.leading + cap) / cap);
            const QString letter = paragraph.left(1);
            const double dropWidth = width(drop, letter) + s.bodySize * 0.3;
            lines += setLines({{body, paragraph.mid(1)}}, m_columnWidth, true, false, s.leading,
                              &a.hyphenated, [&](int i) { return i < rows ? dropWidth : 0.0; });
            if (lines.size() <= rows)
                return std::nullopt;
            const double baseline = (rows - 1) * s.leading + ascent(body);
            lines.first().hanging.append({drop, QPointF(0, baseline - ascent(drop)), letter});
        } else {
            const double indent = s.indented && p > 0 ? s.bodySize : 0;
            lines += setLines({{body, paragraph}}, m_columnWidth, true, false, s.leading,
                              &a.hyphenated, [indent](int i) { return i == 0 ? indent : 0.0; });
        }
        a.paragraphs.append(lines);
        a.goldParagraphs.append(paragraph);
    }
    a.gold.insert(QStringLiteral("kicker"), text.kicker);
    a.gold.insert(QStringLiteral("headline"), text.headline);
    a.gold.insert(QStringLiteral("deck"), text.deck);
    a.gold.insert(QStringLiteral("byline"), byline);
    return a;
}

// The article's height with its first `paragraphs` paragraphs, its body
// balanced over its columns.
double PageBuilder::articleHeight(const SetArticle &a, qsizetype paragraphs) const {
    double h = stackHeight(a.header) + stackHeight(a.caption);
    if (a.photoHeight > 0)
        h += a.photoHeight + m_style.bodySize * 0.4;
    qsizetype lines = 0;
    double gaps = 0;
    for (qsizetype p = 0; p < paragraphs; ++p)
        for (const Line &line : a.paragraphs[p])
            line.gap ? gaps += line.height : ++lines;
    const qsizetype perColumn = (lines + a.span - 1) / a.span;
    return h + perColumn * m_style.leading + gaps / a.span + m_style.leading;
}

void PageBuilder::placeArticle(SetArticle &a, qsizetype paragraphs, double x, double y) {
    const PageStyle &s = m_style;
    y = placeLines(a.header, x, y);
    if (a.photoHeight > 0) {
        m_layout.photos.append(QRectF(x, y, a.width, a.photoHeight));
        y += a.photoHeight + s.bodySize * 0.4;
        y = placeLines(a.caption, x, y);
        m_extras.append(a.captionText);
    }
    QList<Line> body;
    for (qsizetype p = 0; p < paragraphs; ++p)
        body += a.paragraphs[p];
    qsizetype lines = 0;
    for (const Line &line : body)
        lines += !line.gap;
    const qsizetype perColumn = (lines + a.span - 1) / a.span;
    double bottom = y;
    qsizetype next = 0;
    for (int c = 0; c < a.span && next < body.size(); ++c) {
        QList<Line> column;
        qsizetype count = 0;
        while (next < body.size() && (count < perColumn || body[next].gap)) {
            if (!(column.isEmpty() && body[next].gap))
                column.append(body[next]);
            count += !body[next].gap;
            ++next;
        }
        while (!column.isEmpty() && column.last().gap)
            column.removeLast();
        const double cx = x + c * (m_columnWidth + s.gutter);
        bottom = std::max(bottom, placeLines(column, cx, y));
        if (s.columnRules && c > 0)
            m_layout.rules.append(
                QLineF(cx - s.gutter / 2, y, cx - s.gutter / 2, y + perColumn * s.leading));
    }
    QJsonObject gold = a.gold;
    QJsonArray kept;
    for (qsizetype p = 0; p < paragraphs; ++p)
        kept.append(a.goldParagraphs[p]);
    gold.insert(QStringLiteral("paragraphs"), kept);
    m_articles.append(gold);
    m_hyphenated += a.hyphenated;
    const double rule = bottom + s.leading * 0.5;
    if (rule + s.leading < m_bodyBottom)
        m_layout.rules.append(QLineF(x, rule, x + a.width, rule));
}

PageLayout PageBuilder::build(const QList<ArticleText> &allTexts) {
    const PageStyle &s = m_style;
    QList<ArticleText> texts;
    for (const ArticleText &t : allTexts)
        if ((t.language == QLatin1String("zh")) == s.chinese)
            texts.append(t);
    // A seeded shuffle (Fisher-Yates over Random, not std::shuffle, whose
    // draws the standard does not fix).
    for (qsizetype i = texts.size() - 1; i > 0; --i)
        std::swap(texts[i], texts[m_random.between(0, int(i))]);

    const double bodyTop = setHeader();
    m_bodyTop = bodyTop;
    const bool footer = !s.frontPage && m_random.chance(0.6);
    m_bodyBottom = s.size.height() - s.margin - (footer ? s.bodySize * 2.2 : 0);
    if (footer)
        setFooter();

    QList<double> tops(s.columns, bodyTop);
    int failures = 0;
    bool lead = true;
    for (const ArticleText &text : std::as_const(texts)) {
        if (failures >= 6)
            break;
        const double lowest = *std::min_element(tops.begin(), tops.end());
        if (m_bodyBottom - lowest < s.leading * 6)
            break;
        int span = lead ? std::max(2, s.columns - m_random.between(0, s.columns > 3 ? 1 : 0))
                        : m_random.between(1, std::min(3, s.columns));
        // Each span, from the one drawn, at the start where the columns are
        // freest; the stories read in the order they are placed.
        QList<int> spans{span};
        for (int k = 1; k <= std::min(3, s.columns); ++k)
            if (!spans.contains(k))
                spans.append(k);
        bool placed = false;
        for (int k : std::as_const(spans)) {
            int start = 0;
            double y = 1e9;
            for (int c = 0; c + k <= s.columns; ++c) {
                const double top = *std::max_element(tops.begin() + c, tops.begin() + c + k);
                if (top < y - 0.5) {
                    y = top;
                    start = c;
                }
            }
            std::optional<SetArticle> article = setArticle(text, k, lead);
            if (!article)
                continue;
            qsizetype paragraphs = article->paragraphs.size();
            const qsizetype fewest = std::min<qsizetype>(2, paragraphs);
            while (paragraphs > fewest && y + articleHeight(*article, paragraphs) > m_bodyBottom)
                --paragraphs;
            if (y + articleHeight(*article, paragraphs) > m_bodyBottom)
                continue;
            const double x = s.margin + start * (m_columnWidth + s.gutter);
            placeArticle(*article, paragraphs, x, y);
            const double bottom = y + articleHeight(*article, paragraphs);
            for (int c = start; c < start + k; ++c)
                tops[c] = bottom;
            placed = true;
            break;
        }
        failures = placed ? 0 : failures + 1;
        lead = lead && !placed;
    }

    m_notes.append(QStringLiteral("Typeset by galley-forge: %1 %2, %3 columns, %4.")
                       .arg(s.chinese ? QStringLiteral("Chinese") : QStringLiteral("English"),
                            s.vertical ? QStringLiteral("vertical (columns top to bottom, right "
                                                        "to left)")
                                       : QStringLiteral("horizontal"))
                       .arg(s.columns)
                       .arg(s.indented ? QStringLiteral("first-line indents")
                                       : QStringLiteral("block paragraphs")));
    m_notes.append(QStringLiteral("Extras hold the masthead or running head, date line, page "
                                  "numbers and photo captions."));
    if (!m_hyphenated.isEmpty())
        m_notes.append(QStringLiteral("Words hyphenated at a line end, whole in the gold: %1.")
                           .arg(m_hyphenated.join(QStringLiteral(", "))));
    if (m_inventedBylines)
        m_notes.append(QStringLiteral("Bylines the source text lacks were invented by the forge."));
    if (!s.chinese)
        m_notes.append(QStringLiteral("Drop caps are a letter of the paragraph they open."));
    m_layout.gold.insert(QStringLiteral("articles"), m_articles);
    m_layout.gold.insert(QStringLiteral("extras"), m_extras);
    m_layout.gold.insert(QStringLiteral("notes"), m_notes.join(QLatin1Char(' ')));
    return m_layout;
}

} // namespace

PageLayout layoutPage(const PageStyle &style, const QList<ArticleText> &texts, Random &random) {
    return PageBuilder(style, random).build(texts);
}

} // namespace galley::forge
