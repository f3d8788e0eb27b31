#pragma once

#include <QCoreApplication>
#include <QString>
#include <QTextStream>

class QCommandLineParser;

namespace bb {

// Translation context for the command line's messages: Cli::tr("…").
class Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

// stdout and stderr for the command line, UTF-8.
QTextStream &out();
QTextStream &err();

// Reads one line from stdin, trimmed; on a terminal it prints `prompt` on stderr and turns the
// echo off, so a secret never shows on screen (nor in the terminal's scrollback).
QString readHiddenLine(const QString &prompt);

// QCommandLineParser::process() for a subcommand: the same errors and --version, but --help
// names the command as typed ("Usage: bellboard send [options] [TEXT…]", from
// arguments.first()) where Qt would print the binary's full path without the subcommand,
// and prints in UTF-8 whatever the locale. Exits for --help, --version and errors, as Qt does.
void processArguments(QCommandLineParser &parser, const QStringList &arguments);

// For a command with actions (`bellboard remote login`, `bellboard store copy`): the first
// argument after the command that names one of `actions` (options may come before it), empty
// when none does; *rest gets the other arguments, after "<command> <action>" for usage lines.
QString takeAction(const QStringList &arguments, const QStringList &actions, QStringList *rest);

// Prints "bellboard: <message>" on stderr and returns `exitCode`, for `return fail(…)`.
int fail(const QString &message, int exitCode = 1);

} // namespace bb
