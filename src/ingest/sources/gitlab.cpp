#include "sourcedecoding.h"

#include <QJsonArray>

// GitLab's webhook events (https://docs.gitlab.com/user/project/integrations/webhook_events/),
// told apart by "object_kind"; Idempotency-Key (or X-Gitlab-Event-UUID) is the delivery id.
namespace bb {

using namespace sourcedecoding;

namespace {

QString branchOf(const QString &ref)
{
    for (const QString &prefix : { QStringLiteral("refs/heads/"), QStringLiteral("refs/tags/") }) {
        if (ref.startsWith(prefix))
            return ref.mid(prefix.size());
    }
    return ref;
}

QString projectOf(const QJsonObject &body)
{
    return text(body, QStringLiteral("project.path_with_namespace"));
}

void describePush(const QJsonObject &body, Event *event, bool tag)
{
    const QJsonArray commits = body.value(QStringLiteral("commits")).toArray();
    const int total = body.value(QStringLiteral("total_commits_count")).toInt(int(commits.size()));
    const QString who = body.value(QStringLiteral("user_name")).toString();
    const QString ref = branchOf(body.value(QStringLiteral("ref")).toString());
    if (tag)
        event->title = QStringLiteral("%1 pushed tag %2 to %3").arg(who, ref, projectOf(body));
    else
        event->title = QStringLiteral("%1 pushed %2 %3 to %4 in %5")
                               .arg(who)
                               .arg(total)
                               .arg(total == 1 ? QStringLiteral("commit") : QStringLiteral("commits"), ref, projectOf(body));
    QStringList lines;
    for (qsizetype i = 0; i < commits.size() && i < 10; ++i) {
        const QJsonObject commit = commits.at(i).toObject();
        lines << QStringLiteral("%1 %2 – %3")
                         .arg(link(commit.value(QStringLiteral("url")).toString(), commit.value(QStringLiteral("id")).toString().left(8)),
                              escaped(firstLine(commit.value(QStringLiteral("message")).toString())),
                              escaped(text(commit, QStringLiteral("author.name"))));
    }
    if (total > lines.size() && !commits.isEmpty())
        lines << QStringLiteral("… and %1 more").arg(total - lines.size());
    event->text = lines.join(QLatin1Char('\n'));
}

void describeMergeRequest(const QJsonObject &body, Event *event)
{
    const QJsonObject mr = body.value(QStringLiteral("object_attributes")).toObject();
    QString action = mr.value(QStringLiteral("action")).toString();
    if (action.isEmpty())
        action = mr.value(QStringLiteral("state")).toString();
    const QHash<QString, QString> words = { { QStringLiteral("open"), QStringLiteral("opened") },
                                            { QStringLiteral("close"), QStringLiteral("closed") },
                                            { QStringLiteral("reopen"), QStringLiteral("reopened") },
                                            { QStringLiteral("update"), QStringLiteral("updated") },
                                            { QStringLiteral("merge"), QStringLiteral("merged") },
                                            { QStringLiteral("approved"), QStringLiteral("approved") } };
    event->title = QStringLiteral("%1 %2 merge request !%3 in %4: %5")
                           .arg(text(body, QStringLiteral("user.username")), words.value(action, action),
                                text(mr, QStringLiteral("iid")), projectOf(body), mr.value(QStringLiteral("title")).toString());
    event->text = QStringLiteral("%1 → %2\n%3")
                          .arg(escaped(mr.value(QStringLiteral("source_branch")).toString()),
                               escaped(mr.value(QStringLiteral("target_branch")).toString()),
                               link(mr.value(QStringLiteral("url")).toString(), QStringLiteral("Open merge request")));
}

// Only a finished pipeline says something; a failure warns, on the default branch it is critical.
bool describePipeline(const QJsonObject &body, Event *event)
{
    const QJsonObject pipeline = body.value(QStringLiteral("object_attributes")).toObject();
    const QString status = pipeline.value(QStringLiteral("status")).toString();
    static const QStringList finished = { QStringLiteral("success"), QStringLiteral("failed"), QStringLiteral("canceled"),
                                          QStringLiteral("skipped") };
    if (!finished.contains(status))
        return false;
    const QString ref = pipeline.value(QStringLiteral("ref")).toString();
    if (status == QLatin1String("failed"))
        event->level = ref == text(body, QStringLiteral("project.default_branch")) ? Level::Crit : Level::Warn;
    event->title = QStringLiteral("Pipeline #%1 %2 on %3 in %4").arg(text(pipeline, QStringLiteral("id")), status, ref, projectOf(body));
    QStringList lines;
    const QString commit = firstLine(text(body, QStringLiteral("commit.message")));
    if (!commit.isEmpty())
        lines << QStringLiteral("%1 – %2").arg(escaped(commit), escaped(text(body, QStringLiteral("user.username"))));
    QString url = pipeline.value(QStringLiteral("url")).toString();
    if (url.isEmpty() && !text(body, QStringLiteral("project.web_url")).isEmpty())
        url = text(body, QStringLiteral("project.web_url")) + QStringLiteral("/-/pipelines/") + text(pipeline, QStringLiteral("id"));
    lines << link(url, QStringLiteral("View pipeline"));
    event->text = lines.join(QLatin1Char('\n'));
    return true;
}

void describeRelease(const QJsonObject &body, Event *event)
{
    const QString name = body.value(QStringLiteral("name")).toString();
    event->title = QStringLiteral("Release %1 %2 in %3")
                           .arg(name.isEmpty() ? body.value(QStringLiteral("tag")).toString() : name,
                                body.value(QStringLiteral("action")).toString() + QStringLiteral("d"), projectOf(body));
    QStringList lines;
    const QString notes = body.value(QStringLiteral("description")).toString();
    if (!notes.isEmpty())
        lines << escaped(notes.left(2000));
    lines << link(body.value(QStringLiteral("url")).toString(), QStringLiteral("View release"));
    event->text = lines.join(QLatin1Char('\n'));
}

} // namespace

SourceDecodeResult decodeGitLab(const HttpRequest &request, const SourceSettings &source, const DecodeContext &context)
{
    QJsonObject body;
    SourceDecodeResult failure;
    if (!parseBody(request, &body, &failure))
        return failure;
    QString delivery = QString::fromUtf8(request.header("idempotency-key")).trimmed();
    if (delivery.isEmpty())
        delivery = QString::fromUtf8(request.header("x-gitlab-event-uuid")).trimmed();
    QString kind = body.value(QStringLiteral("object_kind")).toString();
    if (kind.isEmpty())
        return SourceDecodeResult::failure("invalid_payload", QStringLiteral("not a GitLab event: it has no \"object_kind\""));
    Event event = baseEvent(source, context);
    if (kind == QLatin1String("push") || kind == QLatin1String("tag_push")) {
        describePush(body, &event, kind == QLatin1String("tag_push"));
    } else if (kind == QLatin1String("merge_request")) {
        describeMergeRequest(body, &event);
    } else if (kind == QLatin1String("pipeline")) {
        if (!describePipeline(body, &event))
            return ignored(delivery);
    } else if (kind == QLatin1String("release")) {
        describeRelease(body, &event);
    } else {
        event.title = QStringLiteral("GitLab %1 in %2").arg(kind.replace(QLatin1Char('_'), QLatin1Char(' ')), projectOf(body));
    }
    if (event.text.isEmpty())
        event.text = escaped(event.title);
    return single(event, delivery);
}

} // namespace bb
