#pragma once

#include <QString>
#include <QStringList>
#include <functional>

namespace bb {

class CommandRegistry;

// Tab completion for the composer, driven by each command's usage: command names after
// '/', then the keywords and argument values the usage allows at that point. Values come
// from the command's configured lists (values.stage = […]) and, for other kinds, from
// `valuesFor` (the window supplies channel names as "#name", user names, …).
class CommandCompleter
{
public:
    using ValueSource = std::function<QStringList(const QString &kind)>;

    explicit CommandCompleter(const CommandRegistry *registry, ValueSource valuesFor = {});
    void setValueSource(ValueSource valuesFor) { m_valuesFor = std::move(valuesFor); }

    struct Result
    {
        int wordStart = 0;      // where the word being completed begins in the text
        QString word;           // what of it is typed
        QStringList candidates; // full replacements for that word, sorted, matching what is typed
    };
    // `text` is the composer's text up to the cursor.
    Result complete(const QString &text) const;

    // The longest start all candidates share (case-insensitive compare, first's spelling).
    static QString commonPrefix(const QStringList &candidates);

private:
    QStringList valuesOf(const QString &kind) const;

    const CommandRegistry *m_registry;
    ValueSource m_valuesFor;
};

} // namespace bb
