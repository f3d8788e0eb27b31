#pragma once

#include "slackstatus.h"

#include <QString>

namespace bb {

// The running Bellboard's mirror status, for `bellboard slack status` in another process:
// slack-status.json in the data folder, rewritten (atomically) at every change and removed at
// exit. It holds the status only (never a token) and the writer's process id, so that a file
// left by a crashed instance is not mistaken for a live one.
class SlackStatusFile
{
public:
    explicit SlackStatusFile(const QString &dataDir);
    QString path() const { return m_path; }

    bool write(const SlackStatus &status, QString *error = nullptr) const;
    void remove() const;

    struct Reading
    {
        bool running = false; // a live process wrote it
        SlackStatus status;
        qint64 updatedAtMs = 0;
    };
    Reading read() const;

private:
    QString m_path;
};

} // namespace bb
