// An event whose sender gave no name is pictured calmly: a neutral figure in the palette's
// secondary text color, never a colored tile with a question mark (which read as a failure).
#include "ui/feed/feeddelegate.h"
#include "ui/feed/feedmodel.h"

#include <QApplication>
#include <QImage>
#include <QPainter>
#include <QStandardItemModel>
#include <QStyleOptionViewItem>
#include <QTest>

using namespace bb;

namespace {

Event eventFrom(const QString &senderName, bool fallback, const QString &source = QStringLiteral("plain"))
{
    Event event;
    event.id = 1;
    event.channel = QStringLiteral("user-behavior");
    event.receivedAtMs = 1700000000000;
    event.source = source;
    event.senderName = senderName;
    event.senderNameIsFallback = fallback;
    event.text = QStringLiteral("New user registration! alice@example.com");
    return event;
}

// The row as the feed paints it, on a light palette.
QImage paintedRow(const Event &event)
{
    QStandardItemModel model;
    auto *item = new QStandardItem;
    item->setData(QVariant::fromValue(event), FeedModel::EventRole);
    item->setData(event.id, FeedModel::EventIdRole);
    model.appendRow(item);
    FeedDelegate delegate;
    QStyleOptionViewItem option;
    option.palette = QApplication::palette();
    option.font = QApplication::font();
    option.state = QStyle::State_Enabled;
    option.rect = QRect(QPoint(0, 0), QSize(600, 0));
    option.rect.setHeight(delegate.sizeHint(option, model.index(0, 0)).height());
    QImage image(option.rect.size(), QImage::Format_RGB32);
    image.fill(option.palette.color(QPalette::Base));
    QPainter painter(&image);
    delegate.paint(&painter, option, model.index(0, 0));
    painter.end();
    return image;
}

constexpr int kIconArea = 56; // px from the left: the level stripe and the sender's icon

// Pixels a viewer would call red: the old avatar of an empty name was hue 0.
int reddishPixels(const QImage &image)
{
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (c.red() > 140 && c.red() - c.green() > 60 && c.red() - c.blue() > 60)
                ++count;
        }
    }
    return count;
}

// In the left `width` pixels: the stripe and the icon, before the header's text.
int pixelsOf(const QImage &image, const QColor &color, int width)
{
    int count = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < qMin(width, image.width()); ++x)
            count += image.pixelColor(x, y).rgb() == color.rgb() ? 1 : 0;
    return count;
}

} // namespace

class TestUnnamedSender : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QPalette light;
        light.setColor(QPalette::Base, Qt::white);
        light.setColor(QPalette::Text, Qt::black);
        light.setColor(QPalette::PlaceholderText, QColor(0x6b, 0x6b, 0x6b));
        QApplication::setPalette(light);
    }

    void aSenderWithoutNameGetsTheNeutralIcon()
    {
        // Stored before names were chosen at ingest: no name at all.
        QCOMPARE(FeedDelegate::avatarFor(eventFrom(QString(), false)), FeedDelegate::Avatar::Neutral);
        // Named by Bellboard ("curl"): the name is shown, the icon stays neutral.
        QCOMPARE(FeedDelegate::avatarFor(eventFrom(QStringLiteral("curl"), true)), FeedDelegate::Avatar::Neutral);
        // A name the sender chose keeps its initial on a color of its own.
        QCOMPARE(FeedDelegate::avatarFor(eventFrom(QStringLiteral("alice"), false)), FeedDelegate::Avatar::Initial);
        Event withEmoji = eventFrom(QStringLiteral("signup"), true);
        withEmoji.senderIcon = QStringLiteral(":clipboard:");
        QCOMPARE(FeedDelegate::avatarFor(withEmoji), FeedDelegate::Avatar::Emoji);
        QCOMPARE(FeedDelegate::neutralAvatarColor(QApplication::palette()),
                 QApplication::palette().color(QPalette::PlaceholderText));
    }

    void theNeutralIconIsPaintedInTheSecondaryTextColorWithoutRed_data()
    {
        QTest::addColumn<QString>("senderName");
        QTest::addColumn<bool>("fallback");
        QTest::newRow("stored without name") << QString() << false;
        QTest::newRow("named after the client") << QStringLiteral("curl") << true;
    }
    void theNeutralIconIsPaintedInTheSecondaryTextColorWithoutRed()
    {
        QFETCH(QString, senderName);
        QFETCH(bool, fallback);
        const QImage row = paintedRow(eventFrom(senderName, fallback));
        QCOMPARE(reddishPixels(row), 0);
        // The icon's figure is solid secondary text color.
        QVERIFY(pixelsOf(row, FeedDelegate::neutralAvatarColor(QApplication::palette()), kIconArea) > 40);
    }
};

QTEST_MAIN(TestUnnamedSender)
#include "tst_unnamedsender.moc"
