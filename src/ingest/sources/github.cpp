#include "sourcedecoding.h"

#include <QJsonArray>

// GitHub's webhook events (https://docs.github.com/webhooks/webhook-events-and-payloads), named
// by X-GitHub-Event; X-GitHub-Delivery is the delivery id, kept by a redelivery.
namespace bb {

using namespace sourcedecoding;

namespace {

constexpr int kCommitsShown = 10;

QString shortSha(const QString &sha)
{
    return sha.left(7);
}

QString branchOf(const QString &ref)
{
    for (const QString &prefix : { QStringLiteral("refs/heads/"), QStringLiteral("refs/tags/") }) {
        if (ref.startsWith(prefix))
            return ref.mid(prefix.size());
    }
    return ref;
}

void describePush(const QJsonObject &body, Event *event)
{
    const QString repo = text(body, QStringLiteral("repository.full_name"));
    const QString ref = body.value(QStringLiteral("ref")).toString();
    const QString branch = branchOf(ref);
    QString who = text(body, QStringLiteral("pusher.name"));
    if (who.isEmpty())
        who = text(body, QStringLiteral("sender.login"));
    const QJsonArray commits = body.value(QStringLiteral("commits")).toArray();
    const bool isTag = ref.startsWith(QLatin1String("refs/tags/"));
    if (body.value(QStringLiteral("deleted")).toBool()) {
        event->title = QStringLiteral("%1 deleted %2 %3 in %4").arg(who, isTag ? QStringLiteral("tag") : QStringLiteral("branch"), branch, repo);
        return;
    }
    if (isTag) {
        event->title = QStringLiteral("%1 pushed tag %2 to %3").arg(who, branch, repo);
    } else {
        const QString count = commits.size() == 1 ? QStringLiteral("1 commit") : QStringLiteral("%1 commits").arg(commits.size());
        event->title = QStringLiteral("%1 pushed %2 to %3 in %4").arg(who, count, branch, repo);
        if (body.value(QStringLiteral("forced")).toBool())
            event->title += QStringLiteral(" (forced)");
    }
    QStringList lines;
    for (qsizetype i = 0; i < commits.size() && i < kCommitsShown; ++i) {
        const QJsonObject commit = commits.at(i).toObject();
        lines << QStringLiteral("%1 %2 – %3")
                         .arg(link(commit.value(QStringLiteral("url")).toString(),
                                   shortSha(commit.value(QStringLiteral("id")).toString())),
                              escaped(firstLine(commit.value(QStringLiteral("message")).toString())),
                              escaped(text(commit, QStringLiteral("author.name"))));
    }
    if (commits.size() > kCommitsShown)
        lines << QStringLiteral("… and %1 more").arg(commits.size() - kCommitsShown);
    const QString compare = body.value(QStringLiteral("compare")).toString();
    if (!compare.isEmpty())
        lines << link(compare, QStringLiteral("Compare changes"));
    event->text = lines.join(QLatin1Char('\n'));
}

void describePullRequest(const QJsonObject &body, Event *event)
{
    const QJsonObject pr = body.value(QStringLiteral("pull_request")).toObject();
    QString action = body.value(QStringLiteral("action")).toString();
    if (action == QLatin1String("closed") && pr.value(QStringLiteral("merged")).toBool())
        action = QStringLiteral("merged");
    const QString who = text(body, QStringLiteral("sender.login"));
    event->title = QStringLiteral("%1 %2 pull request #%3 in %4: %5")
                           .arg(who, action.replace(QLatin1Char('_'), QLatin1Char(' ')), text(pr, QStringLiteral("number")),
                                text(body, QStringLiteral("repository.full_name")), pr.value(QStringLiteral("title")).toString());
    event->text = QStringLiteral("%1 → %2\n%3")
                          .arg(escaped(text(pr, QStringLiteral("head.ref"))), escaped(text(pr, QStringLiteral("base.ref"))),
                               link(pr.value(QStringLiteral("html_url")).toString(), QStringLiteral("Open pull request")));
}

void describeRelease(const QJsonObject &body, Event *event)
{
    const QJsonObject release = body.value(QStringLiteral("release")).toObject();
    const QString name = release.value(QStringLiteral("name")).toString();
    const QString tag = release.value(QStringLiteral("tag_name")).toString();
    event->title = QStringLiteral("Release %1 %2 in %3")
                           .arg(name.isEmpty() ? tag : name, body.value(QStringLiteral("action")).toString(),
                                text(body, QStringLiteral("repository.full_name")));
    QStringList lines;
    const QString notes = release.value(QStringLiteral("body")).toString();
    if (!notes.isEmpty())
        lines << escaped(notes.left(2000));
    lines << link(release.value(QStringLiteral("html_url")).toString(), QStringLiteral("View release"));
    event->text = lines.join(QLatin1Char('\n'));
}

// Only a finished run says something; failures warn, and on the default branch they are critical.
bool describeWorkflowRun(const QJsonObject &body, Event *event)
{
    if (body.value(QStringLiteral("action")).toString() != QLatin1String("completed"))
        return false;
    const QJsonObject run = body.value(QStringLiteral("workflow_run")).toObject();
    const QString conclusion = run.value(QStringLiteral("conclusion")).toString();
    const QString branch = run.value(QStringLiteral("head_branch")).toString();
    const bool failed = conclusion == QLatin1String("failure") || conclusion == QLatin1String("timed_out")
                     || conclusion == QLatin1String("startup_failure");
    if (failed)
        event->level = branch == text(body, QStringLiteral("repository.default_branch")) ? Level::Crit : Level::Warn;
    event->title = QStringLiteral("Workflow %1 #%2 %3 on %4 in %5")
                           .arg(run.value(QStringLiteral("name")).toString(), text(run, QStringLiteral("run_number")),
                                failed ? QStringLiteral("failed") : conclusion.isEmpty() ? QStringLiteral("completed")
                                                                                         : conclusion,
                                branch, text(body, QStringLiteral("repository.full_name")));
    QStringList lines;
    const QString commit = firstLine(text(run, QStringLiteral("head_commit.message")));
    if (!commit.isEmpty())
        lines << QStringLiteral("%1 – %2").arg(escaped(commit), escaped(text(run, QStringLiteral("actor.login"))));
    lines << link(run.value(QStringLiteral("html_url")).toString(), QStringLiteral("View run"));
    event->text = lines.join(QLatin1Char('\n'));
    return true;
}

} // namespace

SourceDecodeResult decodeGitHub(const HttpRequest &request, const SourceSettings &source, const DecodeContext &context)
{
    QJsonObject body;
    SourceDecodeResult failure;
    if (!parseBody(request, &body, &failure))
        return failure;
    const QString kind = QString::fromUtf8(request.header("x-github-event"));
    const QString delivery = QString::fromUtf8(request.header("x-github-delivery")).trimmed();
    if (kind.isEmpty())
        return SourceDecodeResult::failure("invalid_payload", QStringLiteral("no X-GitHub-Event header"));
    Event event = baseEvent(source, context);
    const QString repo = text(body, QStringLiteral("repository.full_name"));
    if (kind == QLatin1String("push")) {
        describePush(body, &event);
    } else if (kind == QLatin1String("pull_request")) {
        describePullRequest(body, &event);
    } else if (kind == QLatin1String("release")) {
        describeRelease(body, &event);
    } else if (kind == QLatin1String("workflow_run")) {
        if (!describeWorkflowRun(body, &event))
            return ignored(delivery);
    } else if (kind == QLatin1String("ping")) {
        event.title = QStringLiteral("GitHub webhook connected%1").arg(repo.isEmpty() ? QString() : QStringLiteral(" for ") + repo);
        event.text = escaped(body.value(QStringLiteral("zen")).toString());
    } else {
        const QString action = body.value(QStringLiteral("action")).toString();
        event.title = QStringLiteral("GitHub %1%2%3").arg(kind, action.isEmpty() ? QString() : QLatin1Char(' ') + action, repo.isEmpty() ? QString() : QStringLiteral(" in ") + repo);
    }
    if (event.text.isEmpty())
        event.text = escaped(event.title);
    return single(event, delivery);
}

} // namespace bb
