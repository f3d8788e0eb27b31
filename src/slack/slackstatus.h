#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace bb {

// What the mirror is doing, as the sidebar and `bellboard slack status` say it. Never holds
// a token: it is written to a status file and shown on screen.
struct SlackStatus
{
    Q_DECLARE_TR_FUNCTIONS(SlackStatus)
public:
    enum class Phase {
        Off, // not logged in, or nothing to mirror
        Connecting,
        Connected,
        Reconnecting, // waiting until retryAtMs
        TokenRevoked, // invalid_auth, account_inactive, token_revoked…: needs a new token
        RateLimited,  // a Web API method paused until retryAtMs
    };
    Phase phase = Phase::Off;
    qint64 retryAtMs = 0; // Reconnecting / RateLimited: when it goes on
    QString detail;       // why, in a sentence (the last error, the paused method)
    QString team;         // the workspace's name, once known
    QStringList channels; // mirrored Slack channel names, without '#'
    QStringList problems; // per-channel sentences (not_in_channel: how to invite the bot)

    // "connected", "reconnecting in 12 s", "token revoked", "rate limited until 14:03:10"
    QString phaseText(qint64 nowMs) const;
    // The same with what to do and why: "token revoked or invalid: run `bellboard slack login` … (detail)".
    QString text(qint64 nowMs) const;
    static QString phaseName(Phase phase); // "connected", "reconnecting", … (status file, JSON)
    static Phase phaseFromName(const QString &name);

    QJsonObject toJson() const;
    static SlackStatus fromJson(const QJsonObject &object);
    bool operator==(const SlackStatus &other) const;
    bool operator!=(const SlackStatus &other) const { return !(*this == other); }
};

} // namespace bb

Q_DECLARE_METATYPE(bb::SlackStatus)
