#include "autostart.h"

#include <algorithm>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>

namespace bb {

namespace {

// The Desktop Entry spec's quoting for an Exec argument: double quotes around anything
// with a reserved character, and `"`, `` ` ``, `$`, `\` escaped inside them.
QString quoted(const QString &argument)
{
    static const QString reserved = QStringLiteral(" \t\n\"'\\><~|&;$*?#()`");
    if (!argument.isEmpty() && std::none_of(argument.begin(), argument.end(), [](QChar c) { return reserved.contains(c); }))
        return argument;
    QString escaped;
    for (const QChar c : argument) {
        if (c == QLatin1Char('"') || c == QLatin1Char('`') || c == QLatin1Char('$') || c == QLatin1Char('\\'))
            escaped += QLatin1Char('\\');
        escaped += c;
    }
    // Then every backslash is doubled once more: the file's own string escaping comes first.
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

} // namespace

Autostart::Autostart(const QStringList &arguments)
    : m_arguments(arguments) {}

bool Autostart::isSupported()
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    return true;
#else
    return false;
#endif
}

QString Autostart::entryPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation))
            .filePath(QStringLiteral("autostart/io.github.bellboard.Bellboard.desktop"));
}

bool Autostart::isEnabled() const
{
    if (!isSupported() || !QFileInfo::exists(entryPath()))
        return false;
    // Desktops switch an entry off with Hidden=true or X-GNOME-Autostart-enabled=false.
    QSettings entry(entryPath(), QSettings::IniFormat);
    entry.beginGroup(QStringLiteral("Desktop Entry"));
    return !entry.value(QStringLiteral("Hidden")).toBool()
        && entry.value(QStringLiteral("X-GNOME-Autostart-enabled"), true).toBool();
}

QString Autostart::command() const
{
    const QString binary = QCoreApplication::applicationFilePath();
    const QString installed = QStandardPaths::findExecutable(QStringLiteral("bellboard"));
    QStringList words{ !installed.isEmpty() && QFileInfo(installed).canonicalFilePath() == QFileInfo(binary).canonicalFilePath()
                               ? QStringLiteral("bellboard")
                               : quoted(binary) };
    for (const QString &argument : m_arguments)
        words << quoted(argument);
    return words.join(QLatin1Char(' '));
}

bool Autostart::setEnabled(bool enabled, QString *error) const
{
    if (!isSupported()) {
        *error = tr("starting at login is not supported on this system");
        return false;
    }
    const QString path = entryPath();
    if (!enabled) {
        if (QFile::exists(path) && !QFile::remove(path)) {
            *error = tr("cannot remove %1").arg(path);
            return false;
        }
        return true;
    }
    QDir().mkpath(QFileInfo(path).absolutePath());
    const QByteArray entry = "[Desktop Entry]\n"
                             "Type=Application\n"
                             "Name=Bellboard\n"
                             "Comment="
                           + tr("Bellboard, started at login").toUtf8() + "\n"
                                                                          "Exec="
                           + command().toUtf8() + "\n"
                                                  "Icon=io.github.bellboard.Bellboard\n"
                                                  "Terminal=false\n"
                                                  "X-GNOME-Autostart-enabled=true\n";
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(entry) != entry.size() || !file.commit()) {
        *error = tr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace bb
