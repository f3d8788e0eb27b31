// RemoteSession against the real team server: who am I, posting in a person's name, the
// team's acknowledgement (seen by another console's stream as "changed"), the person's read
// markers, and a viewer refused.
#include "app/bellboardinstance.h"
#include "remote/remotesession.h"
#include "remote/remotestream.h"

#include <QSignalSpy>
#include <QTest>

using namespace bb;

namespace {

const QByteArray kUsers = "[[users]]\nname = \"alice\"\ntoken = \"alice\"\nrole = \"operator\"\n"
                          "[[users]]\nname = \"victor\"\ntoken = \"victor\"\nrole = \"viewer\"\n";

RemoteServer serverOf(const BellboardInstance &bellboard, const QString &token)
{
    RemoteServer server;
    server.url = QUrl(bellboard.url(QString()));
    server.token = token;
    return server;
}

// Runs one call of `session` and waits for its answer.
template<typename... Results, typename Call>
std::tuple<RemoteReply, Results...> wait(Call call)
{
    std::tuple<RemoteReply, Results...> result;
    bool done = false;
    call([&](const RemoteReply &reply, const Results &...values) {
        result = std::make_tuple(reply, values...);
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 30000))
        std::get<0>(result).error = QStringLiteral("no answer in 30 s");
    return result;
}

} // namespace

class TestRemoteSession : public QObject
{
    Q_OBJECT

private slots:
    void aPersonPostsAcknowledgesAndKeepsReadMarkers()
    {
        BellboardInstance bellboard(kUsers);
        bellboard.setEnvironmentVariable(QStringLiteral("BELLBOARD_SECRET_ALICE"), QStringLiteral("alice-token"));
        bellboard.setEnvironmentVariable(QStringLiteral("BELLBOARD_SECRET_VICTOR"), QStringLiteral("victor-token"));
        QVERIFY(bellboard.start());
        RemoteSession alice(serverOf(bellboard, QStringLiteral("alice-token")));
        RemoteSession victor(serverOf(bellboard, QStringLiteral("victor-token")));

        const auto [who, identity] = wait<RemoteIdentity>([&](auto done) { alice.whoami(nullptr, done); });
        QVERIFY2(who.ok(), qPrintable(who.message()));
        QCOMPARE(identity.user, QStringLiteral("alice"));
        QCOMPARE(identity.role, QStringLiteral("operator"));

        // The wall's console watches the stream; alice's acknowledgement reaches it.
        RemoteStream wall(serverOf(bellboard, QStringLiteral("victor-token")));
        QSignalSpy connected(&wall, &RemoteStream::connected);
        QSignalSpy changed(&wall, &RemoteStream::eventChanged);
        wall.start();
        QVERIFY(connected.wait(10000));

        RemotePost post;
        post.channel = QStringLiteral("critical-server-errors");
        post.text = QStringLiteral("db down");
        post.level = QStringLiteral("crit");
        const auto [posted] = wait<>([&](auto done) { alice.post(post, nullptr, [done](const RemoteReply &r) { done(r); }); });
        QVERIFY2(posted.ok(), qPrintable(posted.message()));
        const auto [searched, page] = wait<RemotePage>([&](auto done) { alice.search(QStringLiteral("db down"), QString(), 0, 10, nullptr, done); });
        QVERIFY2(searched.ok(), qPrintable(searched.message()));
        QCOMPARE(page.events.size(), 1);
        const Event event = page.events.first();
        QCOMPARE(event.senderName, QStringLiteral("alice"));
        QCOMPARE(event.level, Level::Crit);

        const auto [refusedPost] = wait<>([&](auto done) { victor.post(post, nullptr, [done](const RemoteReply &r) { done(r); }); });
        QCOMPARE(refusedPost.outcome, RemoteReply::Outcome::Forbidden);
        const auto [refusedAck, unchanged] = wait<Event>([&](auto done) { victor.acknowledge(event.id, nullptr, done); });
        QCOMPARE(refusedAck.outcome, RemoteReply::Outcome::Forbidden);

        const auto [acked, acknowledged] = wait<Event>([&](auto done) { alice.acknowledge(event.id, nullptr, done); });
        QVERIFY2(acked.ok(), qPrintable(acked.message()));
        QCOMPARE(acknowledged.acknowledgement.by, QStringLiteral("alice"));
        QTRY_VERIFY_WITH_TIMEOUT(!changed.isEmpty(), 10000);
        QCOMPARE(changed.last().first().value<Event>().acknowledgement.by, QStringLiteral("alice"));

        const QHash<QString, qint64> markers{ { QStringLiteral("critical-server-errors"), event.id } };
        const auto [saved] = wait<>([&](auto done) { alice.saveReadMarkers(markers, nullptr, [done](const RemoteReply &r) { done(r); }); });
        QVERIFY2(saved.ok(), qPrintable(saved.message()));
        const auto [read, readBack] = wait<QHash<QString, qint64>>([&](auto done) { alice.readMarkers(nullptr, done); });
        QVERIFY2(read.ok(), qPrintable(read.message()));
        QCOMPARE(readBack.value(QStringLiteral("critical-server-errors")), event.id);
        const auto [othersRead, victorsMarkers] = wait<QHash<QString, qint64>>([&](auto done) { victor.readMarkers(nullptr, done); });
        QVERIFY(victorsMarkers.isEmpty()); // markers are the person's
        bellboard.stop();
    }
};

QTEST_GUILESS_MAIN(TestRemoteSession)
#include "tst_remotesession.moc"
