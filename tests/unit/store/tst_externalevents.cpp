// Copies of outside messages (the Slack mirror) in a real SQLite file: schema version 2, the
// migration from a version 1 file, upserts that store a message once, edits, removals and the
// read positions that survive a restart.
#include "storetesthelpers.h"

#include "core/searchquery.h"
#include "store/eventreader.h"
#include "store/eventstore.h"
#include "store/schema.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace bb;
using namespace bb::test;

namespace {

const QString kSource = QStringLiteral("slack:C0TEST");

ExternalChange upsert(const QString &ts, const QString &text, const QString &channel = QStringLiteral("slack-ops"))
{
    Event event = makeEvent(channel, text);
    event.senderTs = ts;
    event.source = QStringLiteral("slack");
    return { ExternalChange::Kind::Upsert, kSource, ts, event };
}

ExternalChange removal(const QString &ts)
{
    return { ExternalChange::Kind::Remove, kSource, ts, {} };
}

ExternalResult apply(EventStore &store, const QList<ExternalChange> &changes,
                     const QList<QPair<QString, QString>> &cursors = {})
{
    QFuture<ExternalResult> future = store.applyExternal({ changes, cursors });
    future.waitForFinished();
    const ExternalResult result = future.result();
    if (!result.ok)
        qWarning("applyExternal failed: %s", qPrintable(result.error));
    return result;
}

} // namespace

class TestExternalEvents : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;
    QString newPath() { return m_dir.filePath(QStringLiteral("events-%1.db").arg(++m_files)); }

private slots:
    // A version 1 file is what this build writes minus version 2's tables: made that way, it
    // has an event in it, and opening it migrates to version 2 with the event kept.
    void aVersionOneFileMigratesAndKeepsItsEvents()
    {
        const QString path = newPath();
        {
            EventStore store;
            QVERIFY(store.open(path));
            commit(store, { makeEvent(QStringLiteral("financials"), QStringLiteral("before the upgrade")) });
        }
        {
            RawConnection v1(path);
            QVERIFY(v1.exec(QStringLiteral("DROP TRIGGER external_events_forget")));
            QVERIFY(v1.exec(QStringLiteral("DROP TABLE external_events")));
            QVERIFY(v1.exec(QStringLiteral("DROP TABLE sync_cursors")));
            QVERIFY(v1.exec(QStringLiteral("ALTER TABLE events DROP COLUMN sender_name_fallback"))); // version 3's
            // Version 5 made the indexing triggers anew; these stand for version 1's.
            for (const QString &name : { QStringLiteral("events_after_insert"), QStringLiteral("events_after_delete"),
                                         QStringLiteral("events_after_update") }) {
                QVERIFY(v1.exec(QStringLiteral("DROP TRIGGER %1").arg(name)));
                QVERIFY(v1.exec(QStringLiteral("CREATE TRIGGER %1 AFTER INSERT ON events BEGIN SELECT 1; END").arg(name)));
            }
            QVERIFY(v1.exec(QStringLiteral("DROP TRIGGER acknowledgements_forget"))); // version 4's
            QVERIFY(v1.exec(QStringLiteral("DROP TABLE acknowledgements")));
            QVERIFY(v1.exec(QStringLiteral("DROP TABLE read_markers")));
            QVERIFY(v1.exec(QStringLiteral("ALTER TABLE events DROP COLUMN amount_minor")));
            QVERIFY(v1.exec(QStringLiteral("ALTER TABLE events DROP COLUMN amount_currency")));
            QVERIFY(v1.exec(QStringLiteral("DROP TABLE user_channels_vocab"))); // version 5's
            QVERIFY(v1.exec(QStringLiteral("DROP TABLE user_channels")));
            QVERIFY(v1.exec(QStringLiteral("PRAGMA user_version = 1")));
        }
        EventStore store;
        QString error;
        QVERIFY2(store.open(path, &error), qPrintable(error));
        QCOMPARE(schema::latestVersion(), 5);
        {
            RawConnection check(path);
            QCOMPARE(check.value(QStringLiteral("PRAGMA user_version")).toInt(), 5);
            QCOMPARE(check.value(QStringLiteral("SELECT count(*) FROM external_events")).toInt(), 0);
        }
        QCOMPARE(texts(path, QStringLiteral("upgrade")), QStringList{ QStringLiteral("before the upgrade") });
        const ExternalResult result = apply(store, { upsert(QStringLiteral("1700000000.000100"), QStringLiteral("mirrored")) });
        QVERIFY(result.ok);
        QCOMPARE(result.added.size(), 1);
    }

    void theSameMessageTwiceIsStoredOnceAndAnnouncedOnce()
    {
        const QString path = newPath();
        EventStore store;
        QVERIFY(store.open(path));
        QSignalSpy committed(&store, &EventStore::eventsCommitted);
        QSignalSpy changed(&store, &EventStore::eventsChanged);
        const auto message = upsert(QStringLiteral("1700000000.000100"), QStringLiteral("deploy finished"));
        const ExternalResult first = apply(store, { message });
        QCOMPARE(first.added.size(), 1);
        QVERIFY(first.added.first().id > 0);
        const ExternalResult second = apply(store, { message, message });
        QVERIFY(second.ok);
        QVERIFY(second.added.isEmpty());
        QVERIFY(second.changed.isEmpty());
        store.flush();
        QCOMPARE(committed.size(), 1);
        QCOMPARE(changed.size(), 0);
        RawConnection check(path);
        QCOMPARE(check.value(QStringLiteral("SELECT count(*) FROM events WHERE channel = 'slack-ops'")).toInt(), 1);
        QCOMPARE(check.value(QStringLiteral("SELECT event_count FROM channels WHERE name = 'slack-ops'")).toInt(), 1);
    }

    void anEditReplacesTheStoredTextAndItsIndexEntries()
    {
        const QString path = newPath();
        EventStore store;
        QVERIFY(store.open(path));
        QSignalSpy changed(&store, &EventStore::eventsChanged);
        const qint64 id = apply(store, { upsert(QStringLiteral("1700000000.000100"), QStringLiteral("dpeloy started")) })
                                  .added.first()
                                  .id;
        const ExternalResult edit = apply(store, { upsert(QStringLiteral("1700000000.000100"), QStringLiteral("deploy started")) });
        QCOMPARE(edit.changed.size(), 1);
        QCOMPARE(edit.changed.first().id, id);
        QCOMPARE(edit.changed.first().text, QStringLiteral("deploy started"));
        store.flush();
        QCOMPARE(changed.size(), 1);
        QCOMPARE(texts(path, QStringLiteral("deploy")), QStringList{ QStringLiteral("deploy started") });
        QVERIFY(texts(path, QStringLiteral("dpeloy")).isEmpty());
        EventReader reader(path);
        QCOMPARE(reader.event(id)->text, QStringLiteral("deploy started"));
    }

    void aRemovalDeletesTheCopyEverywhere()
    {
        const QString path = newPath();
        EventStore store;
        QVERIFY(store.open(path));
        QSignalSpy removed(&store, &EventStore::eventsRemoved);
        apply(store, { upsert(QStringLiteral("1700000000.000100"), QStringLiteral("oops wrong channel")),
                       upsert(QStringLiteral("1700000000.000200"), QStringLiteral("stays")) });
        const ExternalResult result = apply(store, { removal(QStringLiteral("1700000000.000100")),
                                                     removal(QStringLiteral("1700000099.000000")) });
        QVERIFY(result.ok);
        QCOMPARE(result.removed.size(), 1);
        QCOMPARE(result.removed.first().channel, QStringLiteral("slack-ops"));
        QCOMPARE(result.removed.first().senderTs, QStringLiteral("1700000000.000100"));
        store.flush();
        QCOMPARE(removed.size(), 1);
        QVERIFY(texts(path, QStringLiteral("oops")).isEmpty());
        RawConnection check(path);
        QCOMPARE(check.value(QStringLiteral("SELECT event_count FROM channels WHERE name = 'slack-ops'")).toInt(), 1);
        QCOMPARE(check.value(QStringLiteral("SELECT count(*) FROM external_events")).toInt(), 1);
        // Stored again later (it reappears in history), it is a new copy.
        QCOMPARE(apply(store, { upsert(QStringLiteral("1700000000.000100"), QStringLiteral("back")) }).added.size(), 1);
    }

    void changesToANewMessageInOneBatchAreFoldedIntoIt()
    {
        const QString path = newPath();
        EventStore store;
        QVERIFY(store.open(path));
        const ExternalResult result = apply(store, { upsert(QStringLiteral("1.000001"), QStringLiteral("first")),
                                                     upsert(QStringLiteral("1.000002"), QStringLiteral("draft")),
                                                     upsert(QStringLiteral("1.000002"), QStringLiteral("edited")),
                                                     upsert(QStringLiteral("1.000003"), QStringLiteral("deleted")),
                                                     removal(QStringLiteral("1.000003")) });
        QCOMPARE(result.added.size(), 2);
        QCOMPARE(result.added.at(0).text, QStringLiteral("first"));
        QCOMPARE(result.added.at(1).text, QStringLiteral("edited"));
        QVERIFY(result.removed.isEmpty());
    }

    void retentionForgetsTheMapping()
    {
        const QString path = newPath();
        EventStore store;
        QVERIFY(store.open(path));
        const qint64 id = apply(store, { upsert(QStringLiteral("1.000001"), QStringLiteral("old")) }).added.first().id;
        RawConnection other(path);
        QVERIFY(other.exec(QStringLiteral("DELETE FROM events WHERE id = %1").arg(id)));
        QCOMPARE(other.value(QStringLiteral("SELECT count(*) FROM external_events")).toInt(), 0);
        QCOMPARE(apply(store, { upsert(QStringLiteral("1.000001"), QStringLiteral("old")) }).added.size(), 1);
    }

    void aBadChannelFailsTheWholeBatch()
    {
        const QString path = newPath();
        EventStore store;
        QVERIFY(store.open(path));
        QFuture<ExternalResult> future = store.applyExternal(
                { { upsert(QStringLiteral("1.000001"), QStringLiteral("fine")),
                    upsert(QStringLiteral("1.000002"), QStringLiteral("bad"), QStringLiteral("Not Valid")) },
                  { { QStringLiteral("slack:C0TEST"), QStringLiteral("1.000002") } } });
        const ExternalResult result = future.result();
        QVERIFY(!result.ok);
        QVERIFY2(result.error.contains(QStringLiteral("Not Valid")), qPrintable(result.error));
        QVERIFY(result.added.isEmpty());
        RawConnection check(path);
        QCOMPARE(check.value(QStringLiteral("SELECT count(*) FROM events WHERE channel = 'slack-ops'")).toInt(), 0);
        QVERIFY(store.syncCursor(QStringLiteral("slack:C0TEST")).result().isEmpty());
    }

    void cursorsOnlyMoveForwardAndSurviveARestart()
    {
        const QString path = newPath();
        const QString name = QStringLiteral("slack:C0TEST");
        {
            EventStore store;
            QVERIFY(store.open(path));
            QVERIFY(store.syncCursor(name).result().isEmpty());
            apply(store, {}, { { name, QStringLiteral("1700000000.000200") } });
            apply(store, {}, { { name, QStringLiteral("1700000000.000100") } });
            QCOMPARE(store.syncCursor(name).result(), QStringLiteral("1700000000.000200"));
        }
        EventStore store;
        QVERIFY(store.open(path));
        QCOMPARE(store.syncCursor(name).result(), QStringLiteral("1700000000.000200"));
    }

    void localEventsNeverTouchTheExternalTables()
    {
        const QString path = newPath();
        EventStore store;
        QVERIFY(store.open(path));
        commit(store, { makeEvent(QStringLiteral("ops"), QStringLiteral("local one")),
                        makeEvent(QStringLiteral("ops"), QStringLiteral("local two")) });
        RawConnection check(path);
        QCOMPARE(check.value(QStringLiteral("SELECT count(*) FROM external_events")).toInt(), 0);
    }
};

QTEST_GUILESS_MAIN(TestExternalEvents)
#include "tst_externalevents.moc"
