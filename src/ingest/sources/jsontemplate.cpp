#include "jsontemplate.h"

#include "core/money.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <cmath>

namespace bb {

namespace {

bool isPathChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_') || c == QLatin1Char('-') || c == QLatin1Char('.')
        || c == QLatin1Char('$') || c == QLatin1Char('@');
}

// Reads the inside of one {{ … }} from `pos`; returns false with *error on bad syntax.
class PlaceholderReader
{
public:
    PlaceholderReader(const QString &text, qsizetype start, qsizetype end)
        : m_text(text)
        , m_pos(start)
        , m_end(end)
    {
    }

    void skipSpace()
    {
        while (m_pos < m_end && m_text.at(m_pos).isSpace())
            ++m_pos;
    }
    bool atEnd()
    {
        skipSpace();
        return m_pos >= m_end;
    }
    qsizetype column() const { return m_pos + 1; }
    bool take(QChar c)
    {
        skipSpace();
        if (m_pos < m_end && m_text.at(m_pos) == c) {
            ++m_pos;
            return true;
        }
        return false;
    }
    QString word()
    {
        skipSpace();
        const qsizetype start = m_pos;
        while (m_pos < m_end && isPathChar(m_text.at(m_pos)))
            ++m_pos;
        return m_text.mid(start, m_pos - start);
    }
    // A "…" literal with \" and \\ escapes; false when there is none or it is unterminated.
    bool literal(QString *out, bool *unterminated)
    {
        skipSpace();
        *unterminated = false;
        if (m_pos >= m_end || m_text.at(m_pos) != QLatin1Char('"'))
            return false;
        ++m_pos;
        out->clear();
        while (m_pos < m_end) {
            const QChar c = m_text.at(m_pos++);
            if (c == QLatin1Char('"'))
                return true;
            if (c == QLatin1Char('\\') && m_pos < m_end)
                *out += m_text.at(m_pos++);
            else
                *out += c;
        }
        *unterminated = true;
        return false;
    }

private:
    const QString &m_text;
    qsizetype m_pos;
    qsizetype m_end;
};

QString timeText(const QJsonValue &value)
{
    // Milliseconds up to the end of the year 9999 either way: larger numbers are no time a
    // person means (and would overflow qint64 or QDateTime), so they are shown as written.
    constexpr double kMaxMs = 253402300799999.0;
    const auto fromNumber = [](double number) {
        // Seconds until the year 5138; anything larger is milliseconds.
        const double ms = std::abs(number) < 1e11 ? number * 1000 : number;
        return std::abs(ms) <= kMaxMs ? QDateTime::fromMSecsSinceEpoch(qint64(ms), Qt::UTC) : QDateTime();
    };
    QDateTime time;
    if (value.isDouble()) {
        time = fromNumber(value.toDouble());
    } else {
        const QString text = value.toString();
        bool isNumber = false;
        const qint64 number = text.toLongLong(&isNumber);
        time = isNumber ? fromNumber(double(number)) : QDateTime::fromString(text, Qt::ISODateWithMs);
    }
    if (!time.isValid())
        return JsonTemplate::valueText(value);
    return time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
}

} // namespace

JsonTemplate JsonTemplate::compile(const QString &text, QString *error, int *errorLine)
{
    JsonTemplate result;
    result.m_text = text;
    qsizetype pos = 0;
    // `at` counts from 1 over the whole text; the error names the column within its line.
    const auto fail = [&](qsizetype at, const QString &message) {
        const qsizetype offset = qMin(at - 1, text.size());
        const qsizetype lineStart = offset > 0 ? text.lastIndexOf(QLatin1Char('\n'), offset - 1) + 1 : 0;
        if (errorLine)
            *errorLine = int(QStringView(text).left(offset).count(QLatin1Char('\n')));
        *error = QStringLiteral("column %1: %2").arg(offset - lineStart + 1).arg(message);
        return JsonTemplate();
    };
    while (pos < text.size()) {
        const qsizetype open = text.indexOf(QLatin1String("{{"), pos);
        const qsizetype closeBeforeOpen = text.indexOf(QLatin1String("}}"), pos);
        if (closeBeforeOpen >= 0 && (open < 0 || closeBeforeOpen < open))
            return fail(closeBeforeOpen + 1, QStringLiteral("}} without {{"));
        if (open < 0) {
            result.m_parts.append(Part{ text.mid(pos), {}, {}, false });
            break;
        }
        if (open > pos)
            result.m_parts.append(Part{ text.mid(pos, open - pos), {}, {}, false });
        const qsizetype close = text.indexOf(QLatin1String("}}"), open + 2);
        if (close < 0)
            return fail(open + 1, QStringLiteral("unclosed {{"));
        PlaceholderReader reader(text, open + 2, close);
        Part part;
        part.isPlaceholder = true;
        part.path = reader.word();
        if (part.path.isEmpty())
            return fail(reader.column(), QStringLiteral("a field path is expected after {{"));
        while (!reader.atEnd()) {
            if (!reader.take(QLatin1Char('|')))
                return fail(reader.column(), QStringLiteral("'|' and a filter are expected after '%1'").arg(part.path));
            reader.skipSpace();
            const qsizetype filterColumn = reader.column();
            const QString name = reader.word();
            Filter filter;
            bool unterminated = false;
            if (name == QLatin1String("default")) {
                filter.kind = Filter::Kind::Default;
                if (!reader.literal(&filter.literal, &unterminated))
                    return fail(reader.column(), unterminated ? QStringLiteral("unterminated string")
                                                              : QStringLiteral("default needs a \"text\""));
            } else if (name == QLatin1String("money")) {
                filter.kind = Filter::Kind::Money;
                if (!reader.literal(&filter.literal, &unterminated)) {
                    if (unterminated)
                        return fail(reader.column(), QStringLiteral("unterminated string"));
                    filter.path = reader.word();
                    if (filter.path.isEmpty())
                        return fail(reader.column(), QStringLiteral("money needs a currency: a field or \"USD\""));
                }
            } else if (name == QLatin1String("time")) {
                filter.kind = Filter::Kind::Time;
            } else if (name == QLatin1String("upper")) {
                filter.kind = Filter::Kind::Upper;
            } else if (name == QLatin1String("lower")) {
                filter.kind = Filter::Kind::Lower;
            } else if (name == QLatin1String("json")) {
                filter.kind = Filter::Kind::Json;
            } else {
                return fail(filterColumn, QStringLiteral("unknown filter '%1' (default, money, time, upper, lower, json)").arg(name));
            }
            part.filters.append(filter);
        }
        result.m_parts.append(part);
        pos = close + 2;
    }
    return result;
}

QJsonValue JsonTemplate::valueAt(const QJsonValue &data, const QString &path)
{
    QJsonValue value = data;
    for (const QStringView segment : QStringView(path).split(QLatin1Char('.'))) {
        if (value.isObject()) {
            value = value.toObject().value(segment.toString());
        } else if (value.isArray()) {
            bool isIndex = false;
            const int index = segment.toInt(&isIndex);
            const QJsonArray array = value.toArray();
            if (!isIndex || index < 0 || index >= array.size())
                return QJsonValue(QJsonValue::Undefined);
            value = array.at(index);
        } else {
            return QJsonValue(QJsonValue::Undefined);
        }
    }
    return value;
}

QString JsonTemplate::valueText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double: {
        const double number = value.toDouble();
        if (std::floor(number) == number && std::abs(number) < 9e15)
            return QString::number(qint64(number));
        return QString::number(number, 'g', 15);
    }
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return {};
}

bool JsonTemplate::render(const QJsonValue &data, QString *out, QString *missingField) const
{
    out->clear();
    for (const Part &part : m_parts) {
        if (!part.isPlaceholder) {
            *out += part.literal;
            continue;
        }
        const QJsonValue value = valueAt(data, part.path);
        const bool absent = value.isUndefined() || value.isNull();
        QString text = absent ? QString() : valueText(value);
        bool defaulted = false;
        for (const Filter &filter : part.filters) {
            if (filter.kind == Filter::Kind::Default) {
                if (absent && !defaulted) {
                    text = filter.literal;
                    defaulted = true;
                }
                continue;
            }
            if (absent)
                continue;
            switch (filter.kind) {
            case Filter::Kind::Money: {
                const QString currency = filter.path.isEmpty() ? filter.literal : valueText(valueAt(data, filter.path));
                if (currency.isEmpty()) {
                    *missingField = filter.path;
                    return false;
                }
                bool isInteger = false;
                const qint64 minor = valueText(value).toLongLong(&isInteger);
                if (isInteger)
                    text = formatMoney(Money{ minor, currency.toUpper() }, QLocale(QLocale::English, QLocale::UnitedStates));
                break;
            }
            case Filter::Kind::Time:
                text = timeText(value);
                break;
            case Filter::Kind::Upper:
                text = text.toUpper();
                break;
            case Filter::Kind::Lower:
                text = text.toLower();
                break;
            case Filter::Kind::Json:
                text = value.isString() ? QString::fromUtf8(QJsonDocument(QJsonArray{ value }).toJson(QJsonDocument::Compact)).mid(1).chopped(1)
                                        : valueText(value);
                break;
            case Filter::Kind::Default:
                break;
            }
        }
        if (absent && !defaulted) {
            *missingField = part.path;
            return false;
        }
        *out += text;
    }
    return true;
}

} // namespace bb
