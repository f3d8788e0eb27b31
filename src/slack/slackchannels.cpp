#include "slackchannels.h"

#include <QJsonArray>

#include <algorithm>
#include <memory>

namespace bb {

namespace {

struct Listing
{
    SlackWebApi *api = nullptr;
    int pageSize = 200;
    QPointer<QObject> context;
    std::function<void(const QList<SlackChannelInfo> &, const SlackResponse &)> done;
    QList<SlackChannelInfo> channels;
};

void nextPage(const std::shared_ptr<Listing> &listing, const QString &cursor)
{
    SlackArgs args = { { QStringLiteral("types"), QStringLiteral("public_channel,private_channel") },
                       { QStringLiteral("exclude_archived"), QStringLiteral("true") },
                       { QStringLiteral("limit"), QString::number(listing->pageSize) } };
    if (!cursor.isEmpty())
        args.append({ QStringLiteral("cursor"), cursor });
    listing->api->call(QStringLiteral("conversations.list"), args, listing->context, [listing](const SlackResponse &response) {
        if (!response.ok) {
            listing->done({}, response);
            return;
        }
        for (const QJsonValue &value : response.body.value(QStringLiteral("channels")).toArray()) {
            const QJsonObject channel = value.toObject();
            listing->channels.append({ channel.value(QStringLiteral("id")).toString(),
                                       channel.value(QStringLiteral("name")).toString(),
                                       channel.value(QStringLiteral("is_private")).toBool(),
                                       channel.value(QStringLiteral("is_member")).toBool() });
        }
        // An empty next_cursor (or none) is the last page.
        const QString next = response.nextCursor();
        if (!next.isEmpty()) {
            nextPage(listing, next);
            return;
        }
        std::sort(listing->channels.begin(), listing->channels.end(),
                  [](const SlackChannelInfo &a, const SlackChannelInfo &b) { return a.name < b.name; });
        listing->done(listing->channels, response);
    });
}

} // namespace

void listSlackChannels(SlackWebApi *api, int pageSize, QObject *context,
                       std::function<void(const QList<SlackChannelInfo> &, const SlackResponse &)> done)
{
    auto listing = std::make_shared<Listing>();
    listing->api = api;
    listing->pageSize = pageSize;
    listing->context = context;
    listing->done = std::move(done);
    nextPage(listing, {});
}

const SlackChannelInfo *findSlackChannel(const QList<SlackChannelInfo> &channels, const QString &wanted)
{
    QString name = wanted.trimmed();
    if (name.startsWith(QLatin1Char('#')))
        name.remove(0, 1);
    for (const SlackChannelInfo &channel : channels) {
        if (channel.id == name || channel.name == name)
            return &channel;
    }
    return nullptr;
}

} // namespace bb
