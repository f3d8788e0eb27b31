#pragma once

#include "commandanswer.h"
#include "commandusage.h"
#include "core/event.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <functional>
#include <map>

namespace bb {

// What a command handler can do with its results: answer (ephemeral or in the channel, see
// ReplyTarget) and store events (a process command's thread). Implemented by ChatOps.
class CommandOutput
{
public:
    virtual ~CommandOutput() = default;
    virtual void deliver(const ReplyTarget &target, const CommandAnswer &answer) = 0;
    // Stores `event`; `committed` (optional) gets it back with its id once it is on disk,
    // or a null-id event when the store failed.
    virtual void post(const Event &event, std::function<void(const Event &)> committed = {}) = 0;
    // A fresh key for a run's "original message".
    virtual QString newReplyKey() = 0;
};

struct CommandSpec
{
    QString name;                       // without '/'
    QStringList usage;                  // usage lines (CommandUsage); empty: the name alone
    QString description;                // one line for /help
    bool confirm = false;               // ask before running (dangerous commands)
    QHash<QString, QStringList> values; // argument kind → values completion offers ("stage" → staging, production)
    // Acts on the console it is typed in (its sounds, mutes, window): a team server neither
    // lists it to consoles nor runs it for one (POST /api/commands).
    bool deskOnly = false;
};

// One invocation, as the handler sees it.
struct CommandCall
{
    QString command;                   // the name, without '/'
    QString channel;                   // where it was typed
    QString userName;                  // the desk's user name
    QString text;                      // the arguments as typed
    QHash<QString, QString> arguments; // filled by the usage
    qint64 selectedEventId = 0;        // the event selected in the feed, 0 when none
    QString console;                   // the attached console it came from (ReplyTarget::console)
    CommandOutput *output = nullptr;

    ReplyTarget replyTarget(const QString &sender = {}) const; // ephemeral notes back to the typist
    void reply(const CommandAnswer &answer) const;             // shorthand for output->deliver
};

using CommandHandler = std::function<void(const CommandCall &)>;

// Every command the composer knows: built-ins (registered by the layer that owns what they
// act on) and configured ones. Names are case-insensitive and unique.
class CommandRegistry
{
public:
    struct Entry
    {
        CommandSpec spec;
        CommandUsage usage;
        CommandHandler handler;
    };

    // False with *error when the name is taken or invalid, or a usage line is malformed.
    bool add(const CommandSpec &spec, CommandHandler handler, QString *error = nullptr);
    const Entry *find(const QString &name) const;
    QStringList names() const; // sorted
    bool isEmpty() const { return m_entries.empty(); }

private:
    std::map<QString, Entry> m_entries; // lower-case name → entry, sorted for /help
};

} // namespace bb
