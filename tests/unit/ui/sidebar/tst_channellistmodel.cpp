#include "store/storetesthelpers.h"
#include "ui/sidebar/channellistmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace bb;
using namespace bb::test;

class TestChannelListModel : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        m_store = std::make_unique<EventStore>();
        QVERIFY(m_store->open(m_dir.filePath(QStringLiteral("events-%1.sqlite3").arg(++m_counter))));
    }
    void cleanup() { m_store.reset(); }

    void listsTheStoresChannelsByName()
    {
        ChannelListModel model(m_store.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QStringList expected = m_store->channels();
        QCOMPARE(model.rowCount(), expected.size());
        QStringList shown;
        for (int row = 0; row < model.rowCount(); ++row)
            shown << model.index(row).data(ChannelListModel::NameRole).toString();
        QStringList sorted = shown;
        sorted.sort();
        QCOMPARE(shown, sorted);
        QCOMPARE(model.index(0).data(Qt::DisplayRole).toString(), QLatin1Char('#') + shown.first());
    }

    void aChannelNewToTheStoreIsInsertedInOrder()
    {
        ChannelListModel model(m_store.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        commit(*m_store, { makeEvent(QStringLiteral("deploys"), QStringLiteral("web 1.2 live")) });
        QTRY_COMPARE(inserted.count(), 1);
        const int row = model.rowOf(QStringLiteral("deploys"));
        QCOMPARE(inserted.at(0).at(1).toInt(), row);
        QVERIFY(model.nameAt(row - 1) < QStringLiteral("deploys"));
        QVERIFY(model.nameAt(row + 1) > QStringLiteral("deploys"));
        QCOMPARE(model.index(row).data(ChannelListModel::UnreadRole).toInt(), 1);
    }

    void countsUnreadEventsFromTheStoreExceptInTheOpenChannel()
    {
        ChannelListModel model(m_store.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCurrentChannel(QStringLiteral("financials"));
        commit(*m_store, { makeEvent(QStringLiteral("user-behavior"), QStringLiteral("sign-up a@x.io")),
                           makeEvent(QStringLiteral("user-behavior"), QStringLiteral("sign-up b@x.io")),
                           makeEvent(QStringLiteral("financials"), QStringLiteral("Payment received $49")) });
        const QModelIndex behavior = model.index(model.rowOf(QStringLiteral("user-behavior")));
        const QModelIndex financials = model.index(model.rowOf(QStringLiteral("financials")));
        QTRY_COMPARE(behavior.data(ChannelListModel::UnreadRole).toInt(), 2);
        QCOMPARE(financials.data(ChannelListModel::UnreadRole).toInt(), 0);
        QVERIFY(behavior.data(Qt::AccessibleTextRole).toString().contains(QStringLiteral("2 unread")));

        // Opening the channel reads it.
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setCurrentChannel(QStringLiteral("user-behavior"));
        QCOMPARE(behavior.data(ChannelListModel::UnreadRole).toInt(), 0);
        QCOMPARE(changed.count(), 1);
    }

    void theBadgeTakesTheMostUrgentUnreadLevel()
    {
        ChannelListModel model(nullptr);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.addEvents({ makeEvent(QStringLiteral("ops"), QStringLiteral("disk 91%"), {}, Level::Warn),
                          makeEvent(QStringLiteral("ops"), QStringLiteral("db down"), {}, Level::Crit),
                          makeEvent(QStringLiteral("ops"), QStringLiteral("db up"), {}, Level::Info) });
        const QModelIndex ops = model.index(model.rowOf(QStringLiteral("ops")));
        QCOMPARE(ops.data(ChannelListModel::UnreadRole).toInt(), 3);
        QCOMPARE(Level(ops.data(ChannelListModel::UnreadLevelRole).toInt()), Level::Crit);
    }

    // The count read from the store at start already holds the events up to the newest it
    // saw; their announcement arriving after it (the store announces after the commit is
    // readable) is not counted twice. A newer event still is.
    void aLateAnnouncementOfCountedEventsIsNotCountedTwice()
    {
        ChannelListModel model(nullptr);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        Event counted = makeEvent(QStringLiteral("payments"), QStringLiteral("Payment received $49"));
        counted.id = 41;
        model.addEvents({ counted }); // the channel appears (one unread)
        model.setUnread(QStringLiteral("payments"), 2, Level::Info, 42);
        Event alsoCounted = counted;
        alsoCounted.id = 42;
        Event newer = counted;
        newer.id = 43;
        model.addEvents({ counted, alsoCounted, newer });
        QCOMPARE(model.index(model.rowOf(QStringLiteral("payments"))).data(ChannelListModel::UnreadRole).toInt(), 3);
    }

    void aBurstChangesEachRowOnce()
    {
        ChannelListModel model(nullptr);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.addEvents({ makeEvent(QStringLiteral("a"), QStringLiteral("x")) });
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        EventList burst;
        for (int i = 0; i < 500; ++i)
            burst << makeEvent(QStringLiteral("a"), QStringLiteral("event %1").arg(i));
        model.addEvents(burst);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model.index(0).data(ChannelListModel::UnreadRole).toInt(), 501);
    }

    // Channels arriving in any order, local and mirrored, with the mirrored heading moving to
    // each new first mirrored row, muted, shown and read: the model checker finds nothing.
    void channelsInAnyOrderKeepTheModelConsistent()
    {
        ChannelListModel model(m_store.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setWorkspaceHeading(QStringLiteral("Slack · Acme — connected"));
        const QStringList names = { QStringLiteral("slack.ops"), QStringLiteral("zz-last"), QStringLiteral("slack.alerts"),
                                    QStringLiteral("aa-first"), QStringLiteral("slack.zeta"), QStringLiteral("middle"),
                                    QStringLiteral("slack.aaa") };
        for (const QString &name : names) {
            model.addEvents({ makeEvent(name, QStringLiteral("hello")), makeEvent(name, QStringLiteral("again")) });
            QCOMPARE(model.index(model.rowOf(name)).data(ChannelListModel::UnreadRole).toInt(), 2);
        }
        QCOMPARE(model.rowCount(), int(m_store->channels().size() + names.size()));
        const int firstMirrored = model.rowOf(QStringLiteral("slack.aaa"));
        QCOMPARE(model.nameAt(firstMirrored - 1), QStringLiteral("zz-last"));
        for (int row = 0; row < model.rowCount(); ++row) {
            QCOMPARE(!model.index(row).data(ChannelListModel::GroupHeaderRole).toString().isEmpty(),
                     row == firstMirrored);
        }
        model.setMuted(QStringLiteral("middle"), true);
        model.setShownChannels({ QStringLiteral("slack.ops"), QStringLiteral("middle") });
        model.setCurrentChannel(QStringLiteral("aa-first"));
        QCOMPARE(model.index(model.rowOf(QStringLiteral("slack.ops"))).data(ChannelListModel::UnreadRole).toInt(), 0);
        model.setMuted(QStringLiteral("middle"), false);
        model.setWorkspaceHeading(QStringLiteral("Slack · Acme — reconnecting in 4 s"));
    }

    void notifyModesComeFromTheConfiguration()
    {
        ChannelListModel model(m_store.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setNotifyModes({ { QStringLiteral("application-stats"), NotifyMode::Mute },
                               { QStringLiteral("user-behavior"), NotifyMode::Ring } });
        const auto at = [&](const char *name) { return model.index(model.rowOf(QLatin1String(name))); };
        QCOMPARE(at("application-stats").data(ChannelListModel::MutedRole).toBool(), true);
        QCOMPARE(at("application-stats").data(ChannelListModel::NotifyModeRole).value<NotifyMode>(), NotifyMode::Mute);
        QVERIFY(at("application-stats").data(Qt::AccessibleTextRole).toString().contains(QStringLiteral("muted")));
        QCOMPARE(at("user-behavior").data(ChannelListModel::MutedRole).toBool(), false);
        QCOMPARE(at("user-behavior").data(ChannelListModel::NotifyModeRole).value<NotifyMode>(), NotifyMode::Ring);
        QCOMPARE(at("financials").data(ChannelListModel::NotifyModeRole).value<NotifyMode>(), NotifyMode::Bold);
    }

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    std::unique_ptr<EventStore> m_store;
};

QTEST_MAIN(TestChannelListModel)
#include "tst_channellistmodel.moc"
