#pragma once

#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

namespace bb {

// The small template language of `kind = "json"` sources (README "Native sources"): text with
// {{ … }} placeholders, each a path into the request's JSON and optional filters:
//   {{ user.email }}                 a field; array items by index: {{ items.0.name }}
//   {{ plan | default "free" }}      a default for a field that is absent or null
//   {{ amount | money currency }}    integer minor units as money, the currency a path or "USD"
//   {{ created | time }}             Unix seconds or ms, or ISO 8601 → "2026-12-02 08:48 UTC"
//   {{ name | upper }}, | lower, | json (the value as compact JSON)
// A template is compiled once (from the config, where its errors are config errors) and
// rendered per request; a field it needs that the body lacks is an error naming the field.
class JsonTemplate
{
public:
    JsonTemplate() = default;
    // On a syntax error returns an empty template and sets *error to a sentence that names
    // the column ("column 12: unclosed {{") and *errorLine (when given) to the line within
    // the text, counted from 0.
    static JsonTemplate compile(const QString &text, QString *error, int *errorLine = nullptr);

    bool isEmpty() const { return m_parts.isEmpty(); }
    const QString &text() const { return m_text; }
    // The rendered text, or false with *missingField set to the first path the body lacks.
    bool render(const QJsonValue &data, QString *out, QString *missingField) const;

    // The value at a dotted path ("user.email", "items.0.name"); undefined when absent.
    static QJsonValue valueAt(const QJsonValue &data, const QString &path);
    // A JSON value as text: strings as they are, whole numbers without a fraction.
    static QString valueText(const QJsonValue &value);

private:
    struct Filter
    {
        enum class Kind {
            Default,
            Money,
            Time,
            Upper,
            Lower,
            Json
        };
        Kind kind = Kind::Default;
        QString literal; // "…" argument
        QString path;    // or a path argument (money's currency)
    };
    struct Part
    {
        QString literal; // text outside {{ }}, or
        QString path;    // a placeholder
        QList<Filter> filters;
        bool isPlaceholder = false;
    };

    QString m_text;
    QList<Part> m_parts;
};

} // namespace bb
