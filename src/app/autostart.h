#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace bb {

// "Start Bellboard when I log in": the desktop's own mechanism, an XDG autostart entry
// (~/.config/autostart/io.github.bellboard.Bellboard.desktop). The file is the setting:
// removing it in the desktop's settings turns the option off here too, so nothing else
// remembers it. Linux and other XDG desktops only.
class Autostart
{
    Q_DECLARE_TR_FUNCTIONS(Autostart)
public:
    // `arguments` are appended to the command it starts (--data-dir, --config when not the defaults).
    explicit Autostart(const QStringList &arguments = {});

    static bool isSupported();
    static QString entryPath();

    bool isEnabled() const;
    bool setEnabled(bool enabled, QString *error) const;

    // The Exec= line: the installed `bellboard` by name, any other build by its full path.
    QString command() const;

private:
    QStringList m_arguments;
};

} // namespace bb
