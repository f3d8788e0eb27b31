// Slack Socket Mode frames → what the mirror stores (src/slack). Input: one frame's text, as
// the WebSocket delivers it. The path is the mirror's own (SlackSocket::frameReceived, then
// SlackMirrorWorker::eventReceived): the envelope's payload, its message event (a
// message_changed carries the new message inside), the authors to look up, the event the
// store gets, and the body the feed renders from it. Beyond "no crash": the event keeps the
// channel it was given, its level is a known one, and the rendered body is bounded.
#include "fuzzinput.h"

#include "core/channelname.h"
#include "core/messagehtml.h"
#include "slack/slackmessage.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

QString str(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toString();
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    bb::fuzz::silenceQtMessages();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray frameText(reinterpret_cast<const char *>(data), qsizetype(size));
    const QJsonObject frame = QJsonDocument::fromJson(frameText).object();
    const QJsonObject payload = frame.value(QStringLiteral("payload")).toObject();
    const QJsonObject event = payload.value(QStringLiteral("event")).toObject();
    const QJsonObject message = str(event, "subtype") == QLatin1String("message_changed")
                                      ? event.value(QStringLiteral("message")).toObject()
                                      : event;

    const QString name = bb::mirroredChannelName(str(event, "channel"));
    BB_FUZZ_CHECK(name.isEmpty() || (bb::isMirroredChannel(name) && bb::normalizeChannelName(name) == name));

    QHash<QString, bb::SlackUser> users;
    for (const QString &id : bb::slackAuthorIds(message))
        users.insert(id, { id + QStringLiteral(" (known)"), QStringLiteral("https://example.com/a.png") });
    (void)bb::isTopLevelMessage(message);

    const QString channel = QStringLiteral("slack.ops");
    const bb::Event stored = bb::slackMessageToEvent(message, channel, users);
    BB_FUZZ_CHECK(stored.channel == channel);
    BB_FUZZ_CHECK(int(stored.level) >= int(bb::Level::Info) && int(stored.level) <= int(bb::Level::Crit));

    bb::MessageHtmlOptions options;
    options.maxTextChars = 2000;
    const QString html = bb::eventBodyHtml(stored, options);
    BB_FUZZ_CHECK(html.size() <= 64 * qsizetype(size) + 8192);
    return 0;
}
