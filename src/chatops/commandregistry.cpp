#include "commandregistry.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace bb {

ReplyTarget CommandCall::replyTarget(const QString &sender) const
{
    ReplyTarget target{ channel, sender.isEmpty() ? command : sender, QString() };
    target.invocation = QLatin1Char('/') + command + (text.isEmpty() ? QString() : QLatin1Char(' ') + text);
    target.invokedBy = userName;
    target.console = console;
    return target;
}

void CommandCall::reply(const CommandAnswer &answer) const
{
    if (output)
        output->deliver(replyTarget(), answer);
}

bool CommandRegistry::add(const CommandSpec &spec, CommandHandler handler, QString *error)
{
    const auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    static const QRegularExpression validName(QStringLiteral("^[a-z0-9][a-z0-9_.-]{0,31}$"));
    const QString key = spec.name.toLower();
    if (!validName.match(key).hasMatch())
        return fail(QCoreApplication::translate("bb::CommandRegistry",
                                                "'%1' is not a command name (letters, digits, '-', '_', '.', at most 32)")
                            .arg(spec.name));
    if (m_entries.count(key))
        return fail(QCoreApplication::translate("bb::CommandRegistry", "/%1 is already a command").arg(key));
    QString usageError;
    CommandUsage usage = CommandUsage::parse(key, spec.usage.isEmpty() ? QStringList{ key } : spec.usage, &usageError);
    if (!usageError.isEmpty())
        return fail(QCoreApplication::translate("bb::CommandRegistry", "/%1 usage %2").arg(key, usageError));
    Entry entry{ spec, usage, std::move(handler) };
    entry.spec.name = key;
    m_entries.emplace(key, std::move(entry));
    return true;
}

const CommandRegistry::Entry *CommandRegistry::find(const QString &name) const
{
    const auto it = m_entries.find(name.toLower());
    return it == m_entries.end() ? nullptr : &it->second;
}

QStringList CommandRegistry::names() const
{
    QStringList out;
    for (const auto &[name, entry] : m_entries)
        out << name;
    return out;
}

} // namespace bb
