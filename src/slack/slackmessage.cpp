#include "slackmessage.h"

#include "core/channelname.h"
#include "core/userextraction.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

namespace bb {

namespace {

const QString kPrefix = QStringLiteral("slack.");

QString text(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toString();
}

QByteArray compact(const QJsonArray &array)
{
    return array.isEmpty() ? QByteArray() : QJsonDocument(array).toJson(QJsonDocument::Compact);
}

QString humanSize(qint64 bytes)
{
    if (bytes >= 1024 * 1024)
        return QStringLiteral("%1 MB").arg(double(bytes) / (1024 * 1024), 0, 'f', 1);
    if (bytes >= 1024)
        return QStringLiteral("%1 KB").arg((bytes + 512) / 1024);
    return QStringLiteral("%1 B").arg(bytes);
}

// A shared file as a legacy attachment, which the feed already renders: its name linked to
// its permalink (a browser signed in to Slack opens it; the bot token never leaves).
QJsonObject fileAttachment(const QJsonObject &file)
{
    const QString name = text(file, "title").isEmpty() ? text(file, "name") : text(file, "title");
    QString link = text(file, "permalink");
    if (link.isEmpty())
        link = text(file, "url_private");
    QStringList facts;
    if (!text(file, "pretty_type").isEmpty())
        facts << text(file, "pretty_type");
    else if (!text(file, "filetype").isEmpty())
        facts << text(file, "filetype");
    if (file.contains(QStringLiteral("size")))
        facts << humanSize(file.value(QStringLiteral("size")).toInteger());
    QJsonObject attachment{ { QStringLiteral("fallback"), QStringLiteral("📎 ") + name },
                            { QStringLiteral("title"), QStringLiteral("📎 ") + name } };
    if (!link.isEmpty())
        attachment.insert(QStringLiteral("title_link"), link);
    if (!facts.isEmpty())
        attachment.insert(QStringLiteral("footer"), facts.join(QStringLiteral(" · ")));
    return attachment;
}

// Posted by an app or integration: it names itself, there is no person to look up.
bool isBotMessage(const QJsonObject &message)
{
    return text(message, "subtype") == QLatin1String("bot_message") || message.contains(QStringLiteral("bot_id"));
}

// A message's time from its ts ("1732442400.000100"). A ts that is no plausible time (the
// fuzzer's 17-digit seconds overflowed the milliseconds) counts as received now.
qint64 tsToMs(const QString &ts)
{
    constexpr qint64 kLatestSeconds = 32503680000; // the year 3000
    const int dot = ts.indexOf(QLatin1Char('.'));
    bool ok = false;
    const qint64 seconds = ts.left(dot < 0 ? ts.size() : dot).toLongLong(&ok);
    if (!ok || seconds < 0 || seconds > kLatestSeconds)
        return QDateTime::currentMSecsSinceEpoch();
    const qint64 micros = dot < 0 ? 0 : ts.mid(dot + 1).leftJustified(6, QLatin1Char('0')).left(6).toLongLong();
    return seconds * 1000 + micros / 1000;
}

} // namespace

QString mirroredChannelName(const QString &slackName)
{
    QString name = slackName.trimmed();
    if (name.startsWith(QLatin1Char('#')))
        name.remove(0, 1);
    return normalizeChannelName(kPrefix + name);
}

bool isMirroredChannel(const QString &channel)
{
    return channel.startsWith(kPrefix);
}

QString slackSource(const QString &channelId)
{
    return QStringLiteral("slack:") + channelId;
}

QStringList slackAuthorIds(const QJsonObject &message)
{
    const QString user = text(message, "user");
    if (user.isEmpty() || isBotMessage(message))
        return {};
    return { user };
}

bool isTopLevelMessage(const QJsonObject &message)
{
    const QString thread = text(message, "thread_ts");
    return thread.isEmpty() || thread == text(message, "ts")
        || text(message, "subtype") == QLatin1String("thread_broadcast");
}

Event slackMessageToEvent(const QJsonObject &message, const QString &channel, const QHash<QString, SlackUser> &users)
{
    Event event;
    event.channel = channel;
    event.source = QStringLiteral("slack");
    event.senderTs = text(message, "ts");
    event.receivedAtMs = tsToMs(event.senderTs);
    event.text = text(message, "text");
    event.threadKey = text(message, "thread_ts");

    const QString user = text(message, "user");
    const QJsonObject botProfile = message.value(QStringLiteral("bot_profile")).toObject();
    if (isBotMessage(message)) {
        // Legacy bot messages name themselves (username, icons); newer ones carry bot_profile.
        event.senderName = text(message, "username");
        if (event.senderName.isEmpty())
            event.senderName = text(botProfile, "name");
        if (event.senderName.isEmpty())
            event.senderName = text(message, "bot_id");
        const QJsonObject icons = message.value(QStringLiteral("icons")).toObject();
        event.senderIcon = text(icons, "image_48");
        if (event.senderIcon.isEmpty())
            event.senderIcon = text(icons, "emoji");
        if (event.senderIcon.isEmpty())
            event.senderIcon = text(botProfile.value(QStringLiteral("icons")).toObject(), "image_48");
    } else if (users.contains(user)) {
        event.senderName = users.value(user).name;
        event.senderIcon = users.value(user).avatarUrl;
    } else {
        event.senderName = !botProfile.isEmpty() ? text(botProfile, "name") : user;
    }

    QJsonArray attachments = message.value(QStringLiteral("attachments")).toArray();
    for (const QJsonValue &file : message.value(QStringLiteral("files")).toArray())
        attachments.append(fileAttachment(file.toObject()));
    event.attachmentsJson = compact(attachments);
    event.blocksJson = compact(message.value(QStringLiteral("blocks")).toArray());
    event.users = extractUsers(event.text);
    return event;
}

} // namespace bb
