#pragma once

// Shared by the source decoders (not part of their interface).
#include "jsontemplate.h"
#include "sourcedecoders.h"

#include <QJsonObject>
#include <QString>

namespace bb::sourcedecoding {

// The body as a JSON object, or a failure naming what is wrong.
bool parseBody(const HttpRequest &request, QJsonObject *object, SourceDecodeResult *failure);

// An event of `source` with its channel, sender and times; the caller says the rest.
Event baseEvent(const SourceSettings &source, const DecodeContext &context);

// The result with `event` (its text cut to Slack's limit), or a failure when the source's
// channel is not a channel name.
SourceDecodeResult single(Event event, const QString &deliveryId);
// A delivery that is understood and deliberately not stored.
SourceDecodeResult ignored(const QString &deliveryId);

inline QJsonValue at(const QJsonValue &data, const QString &path)
{
    return JsonTemplate::valueAt(data, path);
}
inline QString text(const QJsonValue &data, const QString &path)
{
    return JsonTemplate::valueText(JsonTemplate::valueAt(data, path));
}

// Text from a payload made safe for mrkdwn: &, < and > escaped as Slack escapes them.
QString escaped(const QString &text);
// "<url|label>" (label escaped); the label alone when the URL is not http(s).
QString link(const QString &url, const QString &label);
// The first line of a commit message, at most 100 characters.
QString firstLine(const QString &text);

} // namespace bb::sourcedecoding
