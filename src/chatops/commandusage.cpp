#include "commandusage.h"

#include <QCoreApplication>

namespace bb {

namespace {

constexpr int kMaxSequences = 256; // 8 independent optional parts; more is a usage no one can read

QString tr(const char *text)
{
    return QCoreApplication::translate("bb::CommandUsage", text);
}

struct Word
{
    QString text;
    int start = 0; // where the word begins in the input, for <rest...>
};

QList<Word> words(const QString &text, bool *unterminated)
{
    QList<Word> out;
    int i = 0;
    const int n = int(text.size());
    bool open = false;
    while (i < n) {
        while (i < n && text.at(i).isSpace())
            ++i;
        if (i >= n)
            break;
        Word word;
        word.start = i;
        while (i < n && (open || !text.at(i).isSpace())) {
            if (text.at(i) == QLatin1Char('"'))
                open = !open;
            else
                word.text += text.at(i);
            ++i;
        }
        out << word;
    }
    if (unterminated)
        *unterminated = open;
    return out;
}

// Usage text as tokens: '[' and ']' stand alone, everything else split on spaces.
// An argument of kind "channel" is written "#name", so "/mute 30m" is not read as a channel.
bool accepts(const QString &kind, const QString &word)
{
    return kind != QLatin1String("channel") || word.startsWith(QLatin1Char('#'));
}

QStringList usageTokens(const QString &line)
{
    QString spaced = line;
    spaced.replace(QLatin1Char('['), QLatin1String(" [ ")).replace(QLatin1Char(']'), QLatin1String(" ] "));
    return spaced.split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

} // namespace

QStringList CommandUsage::splitWords(const QString &text, bool *unterminatedQuote)
{
    QStringList out;
    for (const Word &word : words(text, unterminatedQuote))
        out << word.text;
    return out;
}

CommandUsage CommandUsage::parse(const QString &command, const QStringList &lines, QString *error)
{
    CommandUsage usage;
    usage.m_command = command;
    for (const QString &line : lines) {
        QStringList tokens = usageTokens(line);
        if (!tokens.isEmpty() && tokens.first().compare(command, Qt::CaseInsensitive) == 0)
            tokens.removeFirst();

        // Expands optional parts: a stack of open groups, each holding its alternatives so far.
        QList<QList<Sequence>> stack{ { Sequence() } };
        QString problem;
        QString previousKeyword;
        for (const QString &token : tokens) {
            if (token == QLatin1String("[")) {
                stack.append({ Sequence() });
                previousKeyword.clear();
                continue;
            }
            if (token == QLatin1String("]")) {
                if (stack.size() < 2) {
                    problem = tr("unbalanced ']'");
                    break;
                }
                const QList<Sequence> inner = stack.takeLast();
                // Without the part first, then with it: alternatives keep the usage's order.
                QList<Sequence> combined = stack.last();
                for (const Sequence &outer : stack.last()) {
                    for (const Sequence &part : inner)
                        combined << outer + part;
                }
                if (combined.size() > kMaxSequences) {
                    problem = tr("too many optional parts");
                    break;
                }
                stack.last() = combined;
                previousKeyword.clear();
                continue;
            }
            Atom atom;
            if (token.startsWith(QLatin1Char('<')) && token.endsWith(QLatin1Char('>')) && token.size() > 2) {
                QString inner = token.mid(1, token.size() - 2);
                atom.type = Atom::Argument;
                if (inner.endsWith(QLatin1String("..."))) {
                    atom.type = Atom::Rest;
                    inner.chop(3);
                }
                const int colon = int(inner.indexOf(QLatin1Char(':')));
                if (colon > 0) {
                    atom.text = inner.left(colon);
                    atom.kind = inner.mid(colon + 1);
                } else {
                    atom.kind = inner;
                    atom.text = previousKeyword.isEmpty() ? inner : previousKeyword;
                }
                previousKeyword.clear();
            } else {
                atom.text = token.toLower();
                previousKeyword = atom.text;
            }
            for (Sequence &sequence : stack.last())
                sequence << atom;
        }
        if (problem.isEmpty() && stack.size() != 1)
            problem = tr("unbalanced '['");
        if (!problem.isEmpty()) {
            if (error && error->isEmpty())
                *error = QStringLiteral("%1: %2").arg(line, problem);
            continue;
        }
        usage.m_lines << QLatin1Char('/') + command + (tokens.isEmpty() ? QString() : QLatin1Char(' ') + tokens.join(QLatin1Char(' ')).replace(QLatin1String("[ "), QLatin1String("[")).replace(QLatin1String(" ]"), QLatin1String("]")));
        usage.m_sequences << stack.first();
    }
    return usage;
}

QStringList CommandUsage::lines() const
{
    return m_lines;
}

CommandUsage::Match CommandUsage::match(const QString &arguments) const
{
    Match result;
    bool unterminated = false;
    const QList<Word> input = words(arguments, &unterminated);
    const QString usageText = tr("usage: ") + m_lines.join(tr(" or "));
    if (unterminated) {
        result.error = tr("a quote is not closed") + QLatin1Char('\n') + usageText;
        return result;
    }

    int bestPrefix = -1;
    QStringList expected;
    for (const Sequence &sequence : m_sequences) {
        QHash<QString, QString> values;
        int w = 0;
        int a = 0;
        for (; a < sequence.size() && w < input.size(); ++a) {
            const Atom &atom = sequence.at(a);
            if (atom.type == Atom::Rest) {
                values.insert(atom.text, arguments.mid(input.at(w).start).trimmed());
                w = int(input.size());
                ++a;
                break;
            }
            if (atom.type == Atom::Keyword && input.at(w).text.compare(atom.text, Qt::CaseInsensitive) != 0)
                break;
            if (atom.type == Atom::Argument && !accepts(atom.kind, input.at(w).text))
                break;
            if (atom.type == Atom::Argument)
                values.insert(atom.text, input.at(w).text);
            ++w;
        }
        if (a == sequence.size() && w == input.size()) {
            result.ok = true;
            // A kind names its argument too when it is unambiguous ({stage} for "to <stage>").
            QHash<QString, int> kinds;
            for (const Atom &atom : sequence) {
                if (atom.type != Atom::Keyword && values.contains(atom.text))
                    ++kinds[atom.kind];
            }
            for (const Atom &atom : sequence) {
                if (atom.type != Atom::Keyword && values.contains(atom.text) && kinds.value(atom.kind) == 1
                    && !values.contains(atom.kind))
                    values.insert(atom.kind, values.value(atom.text));
            }
            result.arguments = values;
            return result;
        }
        // Remember how far the closest sequences got, and what they wanted next.
        if (w > bestPrefix) {
            bestPrefix = w;
            expected.clear();
        }
        if (w == bestPrefix) {
            const QString want = a < sequence.size()
                                       ? (sequence.at(a).type == Atom::Keyword ? QLatin1Char('\'') + sequence.at(a).text + QLatin1Char('\'')
                                                                               : QLatin1Char('<') + sequence.at(a).kind + QLatin1Char('>'))
                                       : QString();
            if (!want.isEmpty() && !expected.contains(want))
                expected << want;
        }
    }

    if (bestPrefix >= 0 && bestPrefix < input.size()) {
        result.error = expected.isEmpty()
                             ? tr("'%1' is not expected here").arg(input.at(bestPrefix).text)
                             : tr("'%1' is not expected here (expected %2)").arg(input.at(bestPrefix).text, expected.join(tr(" or ")));
    } else {
        result.error = tr("missing %1").arg(expected.join(tr(" or ")));
    }
    result.error += QLatin1Char('\n') + usageText;
    return result;
}

QList<CommandUsage::Candidate> CommandUsage::candidatesAt(const QString &partial) const
{
    QList<Word> input = words(partial, nullptr);
    if (!input.isEmpty() && !(partial.isEmpty() || partial.back().isSpace()))
        input.removeLast(); // the word being typed

    QList<Candidate> out;
    const auto add = [&out](const Candidate &candidate) {
        if (!out.contains(candidate))
            out << candidate;
    };
    for (const Sequence &sequence : m_sequences) {
        int a = 0;
        bool fits = true;
        for (const Word &word : input) {
            if (a >= sequence.size()) {
                fits = false;
                break;
            }
            const Atom &atom = sequence.at(a);
            if (atom.type == Atom::Rest)
                break;
            if ((atom.type == Atom::Keyword && word.text.compare(atom.text, Qt::CaseInsensitive) != 0)
                || (atom.type == Atom::Argument && !accepts(atom.kind, word.text))) {
                fits = false;
                break;
            }
            ++a;
        }
        if (!fits || a >= sequence.size())
            continue;
        const Atom &next = sequence.at(a);
        add(next.type == Atom::Keyword ? Candidate{ next.text, QString() } : Candidate{ QString(), next.kind });
    }
    return out;
}

} // namespace bb
