#include "core/userextraction.h"

#include <QTest>

using namespace bb;

class TestUserExtraction : public QObject
{
    Q_OBJECT
private slots:
    void findsUsersInRealisticMessages_data();
    void findsUsersInRealisticMessages();
    void keepsOrderOfFirstAppearanceWithoutDuplicates();
    void survivesHostileInput();
    void normalizesTypedUsers_data();
    void normalizesTypedUsers();
};

void TestUserExtraction::findsUsersInRealisticMessages_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("users");

    QTest::newRow("sign-up") << "New user registration! alice@example.com"
                             << QStringList{ "alice@example.com" };
    QTest::newRow("error with trailing colon") << ":x: Error while adding user bob@corp.io: duplicate key"
                                               << QStringList{ "bob@corp.io" };
    QTest::newRow("handle") << "@carol upgraded to Pro" << QStringList{ "@carol" };
    QTest::newRow("slack mailto link") << "<mailto:dave@x.org|dave@x.org> paid $49"
                                       << QStringList{ "dave@x.org" };
    QTest::newRow("upper case is lowered") << "Password reset for Erin.Doe@Example.COM."
                                           << QStringList{ "erin.doe@example.com" };
    QTest::newRow("dotted handle, trailing period") << "Thanks @alice.smith."
                                                    << QStringList{ "@alice.smith" };
    QTest::newRow("slack mention ids are not users") << "<@U024BE7LH> and <@U0G9QF9C6|bob> approved"
                                                     << QStringList{};
    QTest::newRow("broadcast words are not users") << "@here @channel @everyone deploy done"
                                                   << QStringList{};
    QTest::newRow("domain part is not a handle") << "from frank@mail.example.org today"
                                                 << QStringList{ "frank@mail.example.org" };
    QTest::newRow("plus address and subdomain") << "refund to g+shop@eu.shop.co.uk, done"
                                                << QStringList{ "g+shop@eu.shop.co.uk" };
    QTest::newRow("in parentheses and quotes") << "user (@heidi) mailed \"ivan@ex.io\""
                                               << QStringList{ "@heidi", "ivan@ex.io" };
    QTest::newRow("no tld is not an e-mail") << "root@localhost restarted nginx" << QStringList{};
    QTest::newRow("bare @ and numbers") << "price @ 5 and 3@4" << QStringList{};
    QTest::newRow("empty") << "" << QStringList{};
}

void TestUserExtraction::findsUsersInRealisticMessages()
{
    QFETCH(QString, text);
    QFETCH(QStringList, users);
    QCOMPARE(extractUsers(text), users);
}

void TestUserExtraction::keepsOrderOfFirstAppearanceWithoutDuplicates()
{
    const QString text = QStringLiteral(
            "@zoe invited bob@corp.io; BOB@corp.io accepted, @Zoe and alice@example.com notified");
    QCOMPARE(extractUsers(text), (QStringList{ "@zoe", "bob@corp.io", "alice@example.com" }));
}

void TestUserExtraction::survivesHostileInput()
{
    // Long runs that almost look like addresses must neither hang nor invent users.
    const QString letters(200000, QLatin1Char('a'));
    QCOMPARE(extractUsers(letters + QLatin1Char('@')), QStringList{});
    QCOMPARE(extractUsers(QString(100000, QLatin1Char('@'))), QStringList{});
    QCOMPARE(extractUsers(QStringLiteral("x@") + QString(100000, QLatin1Char('.'))), QStringList{});
    const QString dots = QStringLiteral("a@") + QStringLiteral("b.").repeated(50000) + QStringLiteral("1");
    QCOMPARE(extractUsers(dots), QStringList{});
    QCOMPARE(extractUsers(QStringLiteral("@") + letters), QStringList{}); // over 80 characters: no handle
}

void TestUserExtraction::normalizesTypedUsers_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("normalized");
    QTest::newRow("e-mail") << " Alice@Example.com "
                            << "alice@example.com";
    QTest::newRow("handle") << "@Carol"
                            << "@carol";
    QTest::newRow("bare name") << "carol"
                               << "@carol";
    QTest::newRow("empty") << "  @ "
                           << "";
}

void TestUserExtraction::normalizesTypedUsers()
{
    QFETCH(QString, typed);
    QFETCH(QString, normalized);
    QCOMPARE(normalizeUser(typed), normalized);
}

QTEST_APPLESS_MAIN(TestUserExtraction)
#include "tst_userextraction.moc"
