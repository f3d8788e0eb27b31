#pragma once

#include "commandanswer.h"
#include "net/httpmessage.h"

#include <QHash>
#include <QMutex>
#include <QObject>
#include <QString>
#include <functional>

namespace bb {

// The response_url Bellboard hands to webhook commands and button clicks, served by its
// own HTTP listener under /chatops/response/<token>. As Slack documents it: a URL accepts
// up to 5 answers within 30 minutes of being issued; each POST is a message in Slack's JSON
// (response_type, text, blocks, attachments, replace_original, delete_original) or a form
// field payload= holding that JSON. Answers: 200 {"ok":true}, or {"ok":false,"error":…}
// with "expired_url" / "used_url" (404), "invalid_payload" / "no_text" (400).
//
// Thread-safe: issue() runs on the GUI thread, handle() on the listener's thread;
// answerReceived() is emitted on the listener's thread (connect queued or auto).
class ResponseUrlService : public QObject
{
    Q_OBJECT
public:
    static constexpr int kMaxUses = 5;
    static constexpr qint64 kLifetimeMs = 30 * 60 * 1000;
    static constexpr const char *kPathPrefix = "/chatops/response/";

    using Clock = std::function<qint64()>; // ms since the epoch
    explicit ResponseUrlService(QObject *parent = nullptr);

    void setClock(Clock clock);              // tests: the 30 minutes without waiting them
    void setBaseUrl(const QString &baseUrl); // "http://127.0.0.1:2355/", known once listening
    QString baseUrl() const;

    // A new URL whose answers go to `target`.
    QString issue(const ReplyTarget &target);

    // An HttpHandler for IngestService's extra routes (path starts with kPathPrefix).
    void handle(const HttpRequest &request, const HttpResponder &respond);

signals:
    void answerReceived(const bb::ReplyTarget &target, const bb::CommandAnswer &answer);

private:
    struct Entry
    {
        ReplyTarget target;
        qint64 issuedAtMs = 0;
        int uses = 0;
    };
    void forgetExpired(qint64 nowMs); // under m_mutex

    mutable QMutex m_mutex;
    Clock m_clock;
    QString m_baseUrl;
    QHash<QString, Entry> m_entries; // token → entry
};

} // namespace bb
