#include "commandcompleter.h"

#include "commandregistry.h"

#include <QRegularExpression>

namespace bb {

CommandCompleter::CommandCompleter(const CommandRegistry *registry, ValueSource valuesFor)
    : m_registry(registry)
    , m_valuesFor(std::move(valuesFor))
{
}

QStringList CommandCompleter::valuesOf(const QString &kind) const
{
    return m_valuesFor ? m_valuesFor(kind) : QStringList();
}

CommandCompleter::Result CommandCompleter::complete(const QString &text) const
{
    Result result;
    int start = int(text.size());
    while (start > 0 && !text.at(start - 1).isSpace())
        --start;
    result.wordStart = start;
    result.word = text.mid(start);

    QStringList offered;
    if (text.startsWith(QLatin1Char('/')) && start == 0) {
        for (const QString &name : m_registry->names())
            offered << QLatin1Char('/') + name;
    } else if (text.startsWith(QLatin1Char('/'))) {
        const int end = int(text.indexOf(QRegularExpression(QStringLiteral("\\s"))));
        const CommandRegistry::Entry *entry = m_registry->find(text.mid(1, end - 1));
        if (entry) {
            for (const CommandUsage::Candidate &candidate : entry->usage.candidatesAt(text.mid(end + 1))) {
                if (!candidate.keyword.isEmpty())
                    offered << candidate.keyword;
                else if (entry->spec.values.contains(candidate.kind))
                    offered << entry->spec.values.value(candidate.kind);
                else if (candidate.kind == QLatin1String("command"))
                    offered << m_registry->names();
                else
                    offered << valuesOf(candidate.kind);
            }
        }
    } else if (result.word.startsWith(QLatin1Char('#'))) {
        offered << valuesOf(QStringLiteral("channel"));
    } else if (result.word.startsWith(QLatin1Char('@'))) {
        for (const QString &user : valuesOf(QStringLiteral("user")))
            offered << (user.startsWith(QLatin1Char('@')) ? user : QLatin1Char('@') + user);
    }

    for (const QString &candidate : std::as_const(offered)) {
        if (candidate.startsWith(result.word, Qt::CaseInsensitive) && !result.candidates.contains(candidate))
            result.candidates << candidate;
    }
    result.candidates.sort(Qt::CaseInsensitive);
    return result;
}

QString CommandCompleter::commonPrefix(const QStringList &candidates)
{
    if (candidates.isEmpty())
        return {};
    QString prefix = candidates.first();
    for (const QString &candidate : candidates) {
        int n = 0;
        while (n < prefix.size() && n < candidate.size()
               && prefix.at(n).toCaseFolded() == candidate.at(n).toCaseFolded())
            ++n;
        prefix.truncate(n);
    }
    return prefix;
}

} // namespace bb
