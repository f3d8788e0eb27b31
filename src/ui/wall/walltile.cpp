#include "walltile.h"

#include "core/money.h"
#include "walltilecounter.h"

#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>

namespace bb {

namespace {
constexpr int glowMs = 1600;
constexpr qreal extraLineScale = 0.6; // a second currency's line, under the first
constexpr int padding = 20;

QColor risingColor()
{
    return QColor(0x4c, 0xd9, 0x7b);
}

QColor fallingColor()
{
    return QColor(0xff, 0x8a, 0x80);
}

constexpr qreal lineGap = 0.3;    // above and below a number line, relative to its digits' height
constexpr qreal textScale = 1.25; // title and comparison: read from across the room too

// "$5,632" for $5,632.40: across a room cents are noise, and a shorter number can be larger.
QString wholeMoney(const Money &money, const QLocale &locale)
{
    const int exponent = currencyExponent(money.currency);
    if (exponent == 0)
        return formatMoney(money, locale);
    qint64 scale = 1;
    for (int i = 0; i < exponent; ++i)
        scale *= 10;
    const qint64 rounded = (money.minorUnits + (money.minorUnits >= 0 ? scale / 2 : -scale / 2)) / scale * scale;
    QString text = formatMoney(Money{ rounded, money.currency }, locale);
    text.remove(locale.decimalPoint() + QString(exponent, QLatin1Char('0')));
    return text;
}
} // namespace

WallTile::WallTile(const WallTileSpec &spec, AsyncEventReader *reader, QWidget *parent)
    : QWidget(parent)
    , m_counter(new WallTileCounter(spec, reader, this))
{
    setObjectName(QStringLiteral("wallTile"));
    setFocusPolicy(Qt::StrongFocus);
    // No cursor of its own: the wall hides the cursor after a few still seconds, over tiles too.
    setAccessibleName(spec.displayTitle());
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_glow.setStartValue(1.0);
    m_glow.setEndValue(0.0);
    m_glow.setDuration(glowMs);
    m_glow.setEasingCurve(QEasingCurve::OutCubic);
    connect(&m_glow, &QVariantAnimation::valueChanged, this, qOverload<>(&QWidget::update));
    connect(m_counter, &WallTileCounter::changed, this, &WallTile::onChanged);
}

QFont WallTile::numberFontFor(int digitHeight) const
{
    QFont number = font();
    number.setBold(true);
    number.setPixelSize(std::max(1, digitHeight));
    const int cap = QFontMetrics(number).capHeight();
    if (cap > 0)
        number.setPixelSize(std::max(1, digitHeight * digitHeight / cap));
    return number;
}

void WallTile::setNumberPixelSize(int pixels)
{
    if (pixels == m_numberPixels)
        return;
    m_numberPixels = pixels;
    updateGeometry();
    update();
}

void WallTile::onChanged(bool grew)
{
    if (grew) {
        m_glow.stop();
        m_glow.start();
    }
    setAccessibleDescription(numberText() + QLatin1Char(' ') + comparisonText());
    updateGeometry(); // a new currency is one more line
    update();
}

QStringList WallTile::numberLines() const
{
    if (!m_counter->error().isEmpty())
        return { QStringLiteral("—") };
    if (!m_counter->isReady())
        return { QStringLiteral("…") };
    const QLocale locale;
    if (!m_counter->spec().sumAmounts)
        return { locale.toString(m_counter->count()) };
    const QMap<QString, qint64> sums = m_counter->sums();
    if (sums.isEmpty())
        return { locale.toString(0) };
    // The largest amount first; each currency on its own line.
    QList<QPair<QString, qint64>> ordered;
    for (auto it = sums.begin(); it != sums.end(); ++it)
        ordered.append({ it.key(), it.value() });
    std::stable_sort(ordered.begin(), ordered.end(), [](const auto &a, const auto &b) { return a.second > b.second; });
    QStringList lines;
    for (const auto &[currency, minor] : std::as_const(ordered))
        lines << wholeMoney(Money{ minor, currency }, locale);
    return lines;
}

QString WallTile::numberText() const
{
    return numberLines().join(QLatin1Char('\n'));
}

QString WallTile::comparisonText() const
{
    if (!m_counter->error().isEmpty())
        return m_counter->error();
    const WallTileSpec &spec = m_counter->spec();
    if (spec.comparison == TileComparison::None || !m_counter->isReady() || !m_counter->previousCount())
        return {};
    qint64 now = m_counter->count();
    qint64 before = *m_counter->previousCount();
    if (spec.sumAmounts) {
        // Money compares the first line's currency with the same currency then.
        const QMap<QString, qint64> sums = m_counter->sums();
        QString currency;
        qint64 largest = -1;
        for (auto it = sums.begin(); it != sums.end(); ++it) {
            if (it.value() > largest) {
                largest = it.value();
                currency = it.key();
            }
        }
        now = sums.value(currency);
        before = m_counter->previousSums().value(currency);
    }
    const bool yesterday = spec.comparison == TileComparison::Yesterday;
    const auto percent = percentChange(now, before);
    if (!percent) {
        return now == 0 ? (yesterday ? tr("none yesterday either") : tr("none last week either"))
                        : (yesterday ? tr("▲ none by now yesterday") : tr("▲ none by now last week"));
    }
    if (*percent == 0)
        return yesterday ? tr("same as yesterday") : tr("same as last week");
    const QString arrow = *percent > 0 ? QStringLiteral("▲") : QStringLiteral("▼");
    const QString amount = QLocale().toString(std::abs(*percent));
    return yesterday ? tr("%1 %2% vs yesterday").arg(arrow, amount) : tr("%1 %2% vs last week").arg(arrow, amount);
}

QSize WallTile::sizeHint() const
{
    const int lines = std::max<qsizetype>(1, numberLines().size());
    const int numberHeight = int((m_numberPixels + (lines - 1) * m_numberPixels * extraLineScale) * (1 + lineGap));
    QFont label = font();
    label.setPointSizeF(font().pointSizeF() * textScale);
    const int text = QFontMetrics(label).height();
    return { m_numberPixels * 4, padding * 2 + text + numberHeight + text + 8 };
}

QSize WallTile::minimumSizeHint() const
{
    return { m_numberPixels * 2, sizeHint().height() };
}

void WallTile::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const qreal glow = m_glow.state() == QAbstractAnimation::Running ? m_glow.currentValue().toReal() : 0.0;
    const QRectF frame = QRectF(rect()).adjusted(6, 6, -6, -6);
    QColor base = palette().color(QPalette::AlternateBase);
    QColor lit = risingColor();
    lit.setAlphaF(0.35 * glow);
    QPainterPath shape;
    shape.addRoundedRect(frame, 10, 10);
    painter.fillPath(shape, base);
    if (glow > 0)
        painter.fillPath(shape, lit);
    if (hasFocus()) {
        painter.setPen(QPen(palette().color(QPalette::Highlight), 3));
        painter.drawPath(shape);
    }

    const QRectF inner = frame.adjusted(padding, padding - 6, -padding, -(padding - 6));
    QFont titleFont = font();
    titleFont.setPointSizeF(font().pointSizeF() * textScale);
    const QFontMetrics titleMetrics(titleFont);
    painter.setFont(titleFont);
    painter.setPen(palette().color(QPalette::PlaceholderText));
    const int textHeight = titleMetrics.height();
    painter.drawText(QRectF(inner.left(), inner.top(), inner.width(), textHeight), Qt::AlignLeft | Qt::AlignVCenter,
                     titleMetrics.elidedText(m_counter->spec().displayTitle(), Qt::ElideRight, int(inner.width())));

    qreal y = inner.top() + textHeight;
    const QStringList lines = numberLines();
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const int digits = i == 0 ? m_numberPixels : int(m_numberPixels * extraLineScale);
        QFont numberFont = numberFontFor(digits);
        // A number wider than the tile gets smaller rather than cut ("$12,345,678" on a narrow tile).
        const qreal wide = QFontMetricsF(numberFont).horizontalAdvance(lines.at(i));
        if (wide > inner.width())
            numberFont.setPixelSize(std::max(1, int(numberFont.pixelSize() * inner.width() / wide)));
        const QFontMetrics metrics(numberFont);
        painter.setFont(numberFont);
        QColor ink = palette().color(QPalette::WindowText);
        if (glow > 0) {
            const QColor up = risingColor();
            ink = QColor::fromRgbF(ink.redF() + (up.redF() - ink.redF()) * glow,
                                   ink.greenF() + (up.greenF() - ink.greenF()) * glow,
                                   ink.blueF() + (up.blueF() - ink.blueF()) * glow);
        }
        painter.setPen(ink);
        // Digits stand on the baseline and reach the cap height: the line is that tall, plus a
        // quarter for the descent of "$" or "…" and air before the next line.
        const qreal baseline = y + digits + digits * lineGap / 2;
        painter.drawText(QPointF(inner.left(), baseline), metrics.elidedText(lines.at(i), Qt::ElideRight, int(inner.width())));
        y += digits * (1 + lineGap);
    }

    const QString comparison = comparisonText();
    if (!comparison.isEmpty()) {
        QFont small = titleFont;
        small.setBold(true);
        painter.setFont(small);
        const QColor colour = !m_counter->error().isEmpty()        ? fallingColor()
                            : comparison.startsWith(QChar(0x25B2)) ? risingColor()
                            : comparison.startsWith(QChar(0x25BC)) ? fallingColor()
                                                                   : palette().color(QPalette::PlaceholderText);
        painter.setPen(colour);
        painter.drawText(QRectF(inner.left(), y + 4, inner.width(), textHeight), Qt::AlignLeft | Qt::AlignVCenter,
                         QFontMetrics(small).elidedText(comparison, Qt::ElideRight, int(inner.width())));
    }
}

void WallTile::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && rect().contains(event->position().toPoint()))
        emit activated(m_counter->spec().query);
    QWidget::mouseReleaseEvent(event);
}

void WallTile::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter || event->key() == Qt::Key_Space) {
        emit activated(m_counter->spec().query);
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace bb
