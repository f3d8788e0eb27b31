#pragma once

#include <QObject>
#include <QString>
#include <QStringList>
#include <functional>

class QLocalServer;
class QLocalSocket;

namespace bb {

// One window per user and data folder. The first `bellboard` with a window listens on a
// local socket named after both; a later one hands its request ("show the window", or "open
// these channels on the wall") to it, waits for the answer and exits. `bellboard send`,
// `run`, `search` and `--headless` never take part: they are not windows.
//
// The socket lives in the user's runtime folder (XDG_RUNTIME_DIR), reachable by that user
// only. A socket left behind by a crashed instance refuses connections and is replaced.
class SingleInstance : public QObject
{
    Q_OBJECT
public:
    // Answers a later start's request: an empty string when done, else the reason it is not.
    using Handler = std::function<QString(const QStringList &wallChannels)>;

    explicit SingleInstance(const QString &dataDir, QObject *parent = nullptr);

    // When another instance runs for this data folder: hands it the request and returns
    // true, with its answer ("" when done) in *answer. False when this is the first.
    bool forwardToRunning(const QStringList &wallChannels, QString *answer);

    // Starts taking later starts' requests. False (with the reason) when it cannot; the
    // caller then simply runs without, as before.
    bool listen(Handler handler, QString *error);

    QString socketName() const { return m_name; }

private:
    void answer(QLocalSocket *socket);

    QString m_name;
    QLocalServer *m_server = nullptr;
    Handler m_handler;
};

} // namespace bb
