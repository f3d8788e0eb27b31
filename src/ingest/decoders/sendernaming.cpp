#include "sendernaming.h"

#include "core/senderfallback.h"

namespace bb {

void nameUnnamedSenders(EventList *events, const HttpRequest &request)
{
    const QString username = QString::fromUtf8(request.header("x-username")).trimmed();
    const QString client = clientNameFromUserAgent(request.header("user-agent"));
    for (Event &event : *events) {
        if (!event.senderName.trimmed().isEmpty())
            continue;
        if (!username.isEmpty()) { // a name the sender gave, in a header rather than the payload
            event.senderName = username;
            event.senderNameIsFallback = false;
            continue;
        }
        // A token's name was chosen by whoever set Bellboard up for this sender: more telling
        // than the tool it uses.
        const QString token = event.source.section(QLatin1Char(':'), 1);
        event.senderName = !token.isEmpty()  ? senderNameFromSource(event.source)
                         : !client.isEmpty() ? client
                                             : senderNameFromSource(event.source);
        event.senderNameIsFallback = true;
    }
}

} // namespace bb
