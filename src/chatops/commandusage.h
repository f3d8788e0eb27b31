#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace bb {

// What one usage line says a command accepts, e.g. "promote <pipeline> [from <stage>] [to <stage>]":
//   word        a literal keyword (matched case-insensitively)
//   <name>      one argument; after a keyword ("from <stage>") the argument is named after the
//               keyword ("from") and <stage> is its kind (the values completion offers)
//   <name:kind> an argument with an explicit name and kind
//   <name...>   the rest of the line, one argument (at the end only)
//   <channel>   an argument of kind "channel" must be written "#name" (so "/mute 30m" is a duration)
//   [ … ]       an optional part; parts may nest
// A command may have several usage lines (alternatives). Input words are split on spaces;
// "double quotes" keep spaces inside one word.
class CommandUsage
{
public:
    struct Match
    {
        bool ok = false;
        QHash<QString, QString> arguments; // name → value; a kind is filled too when only one argument has it
        QString error;                     // what was wrong, then the usage lines
    };

    // A place completion can offer: a keyword, or an argument of some kind.
    struct Candidate
    {
        QString keyword; // set for a keyword
        QString kind;    // set for an argument ("stage", "channel", …)
        bool operator==(const Candidate &other) const { return keyword == other.keyword && kind == other.kind; }
    };

    // `command` is the command's name; a usage line starting with it has it skipped.
    // *error gets the first malformed line ("unbalanced '['"); the valid lines are kept.
    static CommandUsage parse(const QString &command, const QStringList &lines, QString *error = nullptr);

    Match match(const QString &arguments) const;
    // What may come at the end of `partial` (the arguments typed so far, the last word
    // possibly unfinished). The caller filters the candidates by that last word.
    QList<Candidate> candidatesAt(const QString &partial) const;

    QStringList lines() const; // "/promote <pipeline> [from <stage>] …"
    QString command() const { return m_command; }

    static QStringList splitWords(const QString &text, bool *unterminatedQuote = nullptr);

private:
    struct Atom
    {
        enum Type {
            Keyword,
            Argument,
            Rest
        } type = Keyword;
        QString text; // the keyword, or the argument's name
        QString kind;
    };
    using Sequence = QList<Atom>;

    QString m_command;
    QStringList m_lines;
    QList<Sequence> m_sequences; // every line with each optional part in or out
};

} // namespace bb
