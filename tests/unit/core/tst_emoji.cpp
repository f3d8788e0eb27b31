#include "core/emoji.h"

#include <QTest>

#include <atomic>
#include <thread>
#include <vector>

using namespace bb;

class TestEmoji : public QObject
{
    Q_OBJECT

private slots:
    void tableLoadsOnceUnderConcurrentFirstUse()
    {
        // Many threads asking at once must all see the fully loaded table (this runs first
        // in this process only if no earlier test touched the table, so keep it first).
        std::atomic<int> correct{ 0 };
        std::vector<std::thread> threads;
        for (int i = 0; i < 16; ++i) {
            threads.emplace_back([&correct] {
                if (emojiForShortcode(QStringLiteral("bell")) == QStringLiteral("🔔"))
                    ++correct;
            });
        }
        for (auto &thread : threads)
            thread.join();
        QCOMPARE(correct.load(), 16);
    }

    void knownShortcodesBecomeEmoji_data()
    {
        QTest::addColumn<QString>("shortcode");
        QTest::addColumn<QString>("emoji");
        QTest::newRow("rocket") << "rocket" << QStringLiteral("🚀");
        QTest::newRow("alias thumbsup") << "thumbsup" << QStringLiteral("👍");
        QTest::newRow("alias +1") << "+1" << QStringLiteral("👍");
        QTest::newRow("with colons") << ":tada:" << QStringLiteral("🎉");
        QTest::newRow("skin tone") << "thumbsup::skin-tone-3" << QStringLiteral("👍🏼");
        QTest::newRow("skin tone 6") << "wave::skin-tone-6" << QStringLiteral("👋🏿");
        QTest::newRow("no skin tones: plain emoji") << "rocket::skin-tone-2" << QStringLiteral("🚀");
        QTest::newRow("keycap") << "hash" << QStringLiteral("#\uFE0F\u20E3");
        QTest::newRow("white_check_mark") << "white_check_mark" << QStringLiteral("✅");
        QTest::newRow("x") << "x" << QStringLiteral("❌");
    }
    void knownShortcodesBecomeEmoji()
    {
        QFETCH(QString, shortcode);
        QFETCH(QString, emoji);
        QCOMPARE(emojiForShortcode(shortcode), emoji);
    }

    void unknownShortcodesAreEmpty()
    {
        QCOMPARE(emojiForShortcode(QStringLiteral("no_such_emoji_here")), QString());
        QCOMPARE(emojiForShortcode(QStringLiteral("thumbsup::skin-tone-9")), QString());
        QCOMPARE(emojiForShortcode(QString()), QString());
    }

    void replaceKeepsUnknownCodesAsTyped()
    {
        QCOMPARE(replaceEmojiShortcodes(QStringLiteral(":rocket: go")), QStringLiteral("🚀 go"));
        QCOMPARE(replaceEmojiShortcodes(QStringLiteral("at 10:30:45 :nope: :+1::skin-tone-2:")),
                 QStringLiteral("at 10:30:45 :nope: 👍🏻"));
        QCOMPARE(replaceEmojiShortcodes(QStringLiteral("::::")), QStringLiteral("::::"));
    }

    void aHundredThousandColonsStayAsTyped()
    {
        const QString colons = QString(100000, QLatin1Char(':'));
        QCOMPARE(replaceEmojiShortcodes(colons), colons);
    }
};

QTEST_GUILESS_MAIN(TestEmoji)
#include "tst_emoji.moc"
