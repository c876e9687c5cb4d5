#include "ocrtestpage.h"

#include <QFont>
#include <QFontMetrics>
#include <QPainter>

#include <algorithm>

namespace galley::testing {

namespace {

QFont font(const QString &family, int pixelSize, bool bold = false) {
    QFont font(family);
    font.setPixelSize(pixelSize);
    font.setBold(bold);
    font.setHintingPreference(QFont::PreferNoHinting);
    return font;
}

QFont cjkFont(int pixelSize, bool bold = false) {
    return font(QStringLiteral("Noto Sans CJK SC"), pixelSize, bold);
}

QFont latinFont(int pixelSize, bool bold = false) {
    return font(bold ? QStringLiteral("Noto Sans") : QStringLiteral("Noto Serif"), pixelSize, bold);
}

// Sets lines into a page: display lines into a given area, paragraphs flowing
// down a list of column frames, each line justified except a paragraph's last.
class Composer {
public:
    Composer(QSize size, bool cjk)
        : m_cjk(cjk) {
        m_page.image = QImage(size, QImage::Format_Grayscale8);
        m_page.image.fill(Qt::white);
        m_painter.begin(&m_page.image);
        m_painter.setPen(Qt::black);
        m_painter.setRenderHint(QPainter::TextAntialiasing);
    }

    PrintedPage finish() {
        m_painter.end();
        return std::move(m_page);
    }

    void setFrames(const QList<QRect> &frames) {
        m_frames = frames;
        m_frame = 0;
        m_y = frames.constFirst().top();
    }

    // A display line at the top of the current frame, as wide as `width`.
    void displayLine(const QString &text, const QFont &font, int width) {
        m_painter.setFont(font);
        const QFontMetrics metrics(font);
        const QRect frame = m_frames.at(m_frame);
        const int height = metrics.height();
        draw(text, font, QPoint(frame.left(), m_y), width, false);
        m_y += height + font.pixelSize() / 2;
    }

    void paragraph(QString text, const QFont &font, bool indent) {
        // A space between CJK words is set as an en space: in the full-width
        // space of print Tesseract sees quotation marks that are not there.
        if (m_cjk)
            text.replace(u' ', QChar(0x2002));
        const QFontMetrics metrics(font);
        const int lineHeight = font.pixelSize() * 3 / 2;
        const QStringList lines = breakLines(text, metrics, indent);
        for (int i = 0; i < lines.size(); ++i) {
            if (m_y + lineHeight > m_frames.at(m_frame).bottom()) {
                if (++m_frame >= m_frames.size())
                    qFatal("the test page overflows its columns");
                m_y = m_frames.at(m_frame).top();
            }
            const QRect frame = m_frames.at(m_frame);
            const int offset = i == 0 && indent ? indentWidth(metrics) : 0;
            draw(lines.at(i), font, QPoint(frame.left() + offset, m_y), frame.width() - offset,
                 i + 1 < lines.size());
            m_y += lineHeight;
        }
    }

    void skip(int pixels) { m_y += pixels; }
    void addArticle(const PrintedArticle &article) { m_page.articles.append(article); }

private:
    int indentWidth(const QFontMetrics &metrics) const {
        return m_cjk ? 2 * metrics.horizontalAdvance(QChar(0x4E00))
                     : 2 * metrics.horizontalAdvance(u'n');
    }

    QStringList breakLines(const QString &text, const QFontMetrics &metrics, bool indent) const {
        QStringList lines;
        QString line;
        int available = m_frames.at(m_frame).width() - (indent ? indentWidth(metrics) : 0);
        const QStringList units = m_cjk ? splitCharacters(text) : text.split(u' ');
        const QString separator = m_cjk ? QString() : QStringLiteral(" ");
        for (const QString &unit : units) {
            const QString candidate = line.isEmpty() ? unit : line + separator + unit;
            if (!line.isEmpty() && metrics.horizontalAdvance(candidate) > available) {
                // No line starts with closing punctuation: the last character
                // goes down with it.
                QString carried;
                QString rest = unit;
                if (m_cjk && isClosingPunctuation(unit)) {
                    carried = line.right(1);
                    line.chop(1);
                } else if (!m_cjk) {
                    hyphenate(line, rest, metrics, available);
                }
                lines.append(line);
                line = carried + rest;
                available = m_frames.at(m_frame).width();
            } else {
                line = candidate;
            }
        }
        if (!line.isEmpty())
            lines.append(line);
        return lines;
    }

    // A line whose spaces would stretch to more than half an em takes the
    // first part of the next word and a hyphen, as a compositor sets it; wide
    // gaps look like column gutters to OCR.
    static void hyphenate(QString &line, QString &word, const QFontMetrics &metrics,
                          int available) {
        const int spaces = int(line.count(u' '));
        const int loose = available - metrics.horizontalAdvance(line);
        if (spaces == 0 || loose <= spaces * metrics.height() / 2 / 1.4)
            return;
        for (qsizetype cut = word.size() - 3; cut >= 3; --cut) {
            const QString head = word.left(cut);
            bool letters = true;
            for (const QChar c : word)
                letters = letters && c.isLetter();
            if (!letters)
                return;
            const QString candidate = line + u' ' + head + u'-';
            if (metrics.horizontalAdvance(candidate) <= available) {
                line = candidate;
                word = word.mid(cut);
                return;
            }
        }
    }

    static bool isClosingPunctuation(const QString &unit) {
        return unit.size() == 1 && QStringLiteral("，。、；：！？）”…").contains(unit.front());
    }

    static QStringList splitCharacters(const QString &text) {
        QStringList characters;
        for (qsizetype i = 0; i < text.size(); ++i) {
            // Digits and Latin letters stay together, as a typesetter keeps them.
            if (!characters.isEmpty() && text.at(i).unicode() < 0x80 &&
                characters.constLast().back().unicode() < 0x80)
                characters.last() += text.at(i);
            else
                characters.append(QString(text.at(i)));
        }
        return characters;
    }

    // Draws `text` from `origin`, spread to `width` when justified; records
    // the line.
    void draw(const QString &text, const QFont &font, QPoint origin, int width, bool justify) {
        m_painter.setFont(font);
        const QFontMetrics metrics(font);
        const QStringList units = m_cjk ? splitCharacters(text) : text.split(u' ');
        const QString separator = m_cjk ? QString() : QStringLiteral(" ");
        const int natural = metrics.horizontalAdvance(text);
        const int gaps = int(units.size()) - 1;
        const double extra = justify && gaps > 0 ? double(width - natural) / gaps : 0.0;
        double x = origin.x();
        const int baseline = origin.y() + metrics.ascent();
        for (int i = 0; i < units.size(); ++i) {
            m_painter.drawText(QPointF(x, baseline), units.at(i));
            x += metrics.horizontalAdvance(units.at(i) + separator) + extra;
        }
        const int right = justify ? origin.x() + width : origin.x() + natural;
        QString printed = text;
        printed.replace(QChar(0x2002), u' ');
        m_page.lines.append(
            {printed, QRect(origin.x(), origin.y(), right - origin.x(), metrics.height())});
    }

    PrintedPage m_page;
    QPainter m_painter;
    bool m_cjk;
    QList<QRect> m_frames;
    int m_frame = 0;
    int m_y = 0;
};

QList<QRect> columns(int count, int top, int bottom, int left = 90, int width = 300,
                     int gutter = 60) {
    QList<QRect> frames;
    for (int i = 0; i < count; ++i)
        frames.append(QRect(left + i * (width + gutter), top, width, bottom - top));
    return frames;
}

int levenshtein(const QList<uint> &a, const QList<uint> &b) {
    QList<int> previous(b.size() + 1);
    QList<int> current(b.size() + 1);
    for (qsizetype j = 0; j <= b.size(); ++j)
        previous[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        current[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1, substitution});
        }
        std::swap(previous, current);
    }
    return previous[b.size()];
}

QString normalised(const QString &text, bool chinese) {
    if (!chinese)
        return text.simplified();
    QString result;
    // Full-width and half-width forms of a mark are one character to a reader.
    for (const QChar c : text.normalized(QString::NormalizationForm_KC)) {
        if (!c.isSpace())
            result += c;
    }
    return result;
}

} // namespace

QString PrintedPage::text() const {
    QStringList texts;
    for (const PrintedLine &line : lines)
        texts.append(line.text);
    return texts.join(u'\n');
}

PrintedPage renderChinesePage() {
    Composer page(QSize(1280, 1600), true);
    const QFont body = cjkFont(32);

    PrintedArticle first;
    first.headline = QStringLiteral("昌平工会维权服务成绩亮眼");
    first.byline = QStringLiteral("本报记者 周美玉");
    first.paragraphs = {
        QStringLiteral("开展常态化送温暖活动、加大职工互助保险保障力度、助力构建和谐劳动关系"
                       "……2022年，昌平区总工会深化维权服务，使职工群众获得感、幸福感、安全"
                       "感进一步增强。"),
        QStringLiteral("一直以来，昌平区总工会常态化开展送温暖和普惠制服务活动。去年，投入资"
                       "金666万元开展“两节”送温暖、疫情防控送温暖等常态化送温暖活动，为公安"
                       "、医疗、消防、快递等行业54家单位和4.5万名职工送去“娘家人”的关怀。"),
        QStringLiteral("同时，加大职工互助保障力度，为职工排忧解难。去年，昌平区职工互助保障"
                       "基本实现镇（街）全覆盖，年内为职工投保4.5万人次，理赔903人次。"),
        QStringLiteral("此外，一年来，该区总工会为职工提供法律咨询448人次，处理12351热线派单"
                       "194件，为34名职工办理了法律援助，案件涉及金额203万元。"),
    };
    page.setFrames(columns(2, 90, 1540, 96, 320, 64));
    page.displayLine(first.headline, cjkFont(56, true), 704);
    page.setFrames(columns(2, 200, 1540, 96, 320, 64));
    page.paragraph(first.byline, body, false);
    for (const QString &paragraph : std::as_const(first.paragraphs))
        page.paragraph(paragraph, body, true);
    page.addArticle(first);

    PrintedArticle second;
    second.headline = QStringLiteral("市总召开务虚会");
    second.byline = QStringLiteral("本报记者 白莹");
    second.paragraphs = {
        QStringLiteral("1月5日上午，北京市总工会党组召开学习贯彻党的二十大精神研讨会暨2023年"
                       "工作务虚会，研究总结2022年工作，谋划2023年工会思路和工作重点。"),
        QStringLiteral("会议对2022年首都工会重点工作进行了总结，对2023年工作思路进行深入讨论。"),
        QStringLiteral("会议强调，岁末年初，要高度关注疫情对职工生产生活带来的影响，扎实做好送"
                       "温暖、困难帮扶、安全生产等工作，营造良好节日氛围。"),
    };
    page.setFrames({QRect(864, 90, 320, 1450)});
    page.displayLine(second.headline, cjkFont(44, true), 320);
    page.skip(10);
    page.paragraph(second.byline, body, false);
    for (const QString &paragraph : std::as_const(second.paragraphs))
        page.paragraph(paragraph, body, true);
    page.addArticle(second);
    return page.finish();
}

PrintedPage renderEnglishPage() {
    Composer page(QSize(1200, 1600), false);
    const QFont body = latinFont(32);

    PrintedArticle first;
    first.headline = QStringLiteral("Union Opens Winter Relief Drive");
    first.byline = QStringLiteral("By JANE DOE");
    first.paragraphs = {
        QStringLiteral("The district union council began its winter relief drive on Monday, "
                       "sending staff to hospitals, bus depots and building sites across "
                       "the city to meet the workers who keep them running."),
        QStringLiteral("Volunteers handed out warm clothing and food parcels to more than "
                       "four thousand members during the first week, and the council "
                       "expects to reach twice that number before the spring festival."),
        QStringLiteral("Officials said the drive would also collect complaints about unpaid "
                       "wages, which the legal aid office will follow up in the new year."),
        QStringLiteral("Members who cannot reach a depot may ask for a visit by calling the "
                       "council office on any weekday morning."),
    };
    page.setFrames({QRect(90, 90, 1020, 200)});
    page.displayLine(first.headline, latinFont(60, true), 1020);
    page.setFrames({QRect(90, 200, 480, 1000), QRect(630, 200, 480, 620)});
    page.paragraph(first.byline, body, false);
    for (const QString &paragraph : first.paragraphs)
        page.paragraph(paragraph, body, true);
    page.addArticle(first);

    PrintedArticle second;
    second.headline = QStringLiteral("Mutual Aid Fund Grows");
    second.byline = QStringLiteral("By JOHN SMITH");
    second.paragraphs = {
        QStringLiteral("The mutual aid fund now covers every town in the district, insuring "
                       "forty five thousand workers against illness and injury."),
        QStringLiteral("Claims were settled within ten days on average, the fund reported."),
    };
    page.setFrames({QRect(630, 520, 480, 1020)});
    page.displayLine(second.headline, latinFont(40, true), 480);
    page.paragraph(second.byline, body, false);
    for (const QString &paragraph : second.paragraphs)
        page.paragraph(paragraph, body, true);
    page.addArticle(second);
    return page.finish();
}

PrintedPage renderVerticalChinesePage() {
    const QSize size(900, 1000);
    PrintedPage page;
    page.image = QImage(size, QImage::Format_Grayscale8);
    page.image.fill(Qt::white);
    QPainter painter(&page.image);
    painter.setPen(Qt::black);
    const QFont body = cjkFont(40);
    painter.setFont(body);
    const QFontMetrics metrics(body);
    const QStringList lines = {
        QStringLiteral("北京市总工会召开研讨会"), QStringLiteral("研究总结去年工作重点"),
        QStringLiteral("谋划今年工会工作思路"),   QStringLiteral("推动工会事业高质量发展"),
        QStringLiteral("团结带领全市职工群众"),   QStringLiteral("奋力开创工会工作新局面"),
    };
    const int pitch = 90;
    int x = size.width() - 120;
    for (const QString &text : lines) {
        int y = 100;
        for (const QChar c : text) {
            painter.drawText(QRect(x, y, 40, 40), Qt::AlignCenter, QString(c));
            y += 48;
        }
        page.lines.append({text, QRect(x, 100, 40, y - 100 - 8)});
        x -= pitch;
    }
    page.articles.append({QString(), QString(), {lines.join(QString())}});
    return page;
}

double characterErrorRate(const QString &reference, const QString &hypothesis, bool chinese) {
    const QList<uint> a = normalised(reference, chinese).toUcs4();
    const QList<uint> b = normalised(hypothesis, chinese).toUcs4();
    return a.isEmpty() ? (b.isEmpty() ? 0.0 : 1.0) : double(levenshtein(a, b)) / a.size();
}

} // namespace galley::testing
