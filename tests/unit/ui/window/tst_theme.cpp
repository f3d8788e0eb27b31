// Light and dark themes: switching restyles the open feeds (bodies rebuilt with the dark
// stylesheet and link color), the wall keeps its dark palette; and every control of the
// window and its dialogs has a name a screen reader can say.
#include "store/storetesthelpers.h"
#include "alerts/alertcenter.h"
#include "core/messagehtml.h"
#include "ui/sidebar/channellistmodel.h"
#include "ui/window/channelpane.h"
#include "ui/dialogs/channelsettingsdialog.h"
#include "ui/feed/eventbody.h"
#include "ui/feed/feeddelegate.h"
#include "ui/feed/feedmodel.h"
#include "ui/feed/feedview.h"
#include "ui/feed/levelcolors.h"
#include "ui/window/mainwindow.h"
#include "ui/sidebar/quickswitcher.h"
#include "ui/window/theme.h"
#include "ui/search/usertimeline.h"
#include "ui/search/windowsearch.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextCursor>

using namespace bb;
using namespace bb::test;

namespace {
// The color the body's first link is drawn in.
QColor linkColorIn(const QTextDocument *doc)
{
    for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat format = it.fragment().charFormat();
            if (format.isAnchor())
                return format.foreground().color();
        }
    }
    return {};
}

QStringList unnamedControls(const QWidget *root)
{
    QStringList unnamed;
    for (const QWidget *widget : root->findChildren<QWidget *>()) {
        const bool control = qobject_cast<const QAbstractButton *>(widget) || qobject_cast<const QLineEdit *>(widget)
                          || qobject_cast<const QAbstractItemView *>(widget) || qobject_cast<const QComboBox *>(widget)
                          || qobject_cast<const QAbstractSpinBox *>(widget) || qobject_cast<const QAbstractSlider *>(widget);
        if (!control || widget->inherits("QScrollBar") || widget->parentWidget()->inherits("QComboBox")
            || widget->parentWidget()->inherits("QAbstractSpinBox") || widget->parentWidget()->inherits("QLineEdit")
            || widget->inherits("QDockWidgetTitleButton") || widget->inherits("QComboBoxListView")
            // Qt's own helpers (the menu bar's overflow button): Qt answers for those.
            || widget->objectName().startsWith(QLatin1String("qt_")))
            continue;
        const auto *button = qobject_cast<const QAbstractButton *>(widget);
        // A button's own words are what a screen reader says; symbols alone are not words.
        const bool wordy = button && button->text().contains(QRegularExpression(QStringLiteral("\\w{2,}")));
        if (widget->accessibleName().isEmpty() && !wordy)
            unnamed << QStringLiteral("%1 '%2'").arg(QString::fromLatin1(widget->metaObject()->className()),
                                                     widget->objectName());
    }
    return unnamed;
}
} // namespace

class TestTheme : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));
        m_store = std::make_unique<EventStore>();
        m_store->setDurability(EventStore::Durability::Normal);
        QVERIFY(m_store->open(m_dir.filePath(QStringLiteral("events.sqlite3"))));
        commit(*m_store, { makeEvent(QStringLiteral("user-behavior"),
                                     QStringLiteral("<https://example.com/u/42|alice> signed up, <!here>"),
                                     { QStringLiteral("alice@example.com") }) });
    }
    void cleanupTestCase() { m_store.reset(); }

    void theDarkStylesheetIsNotTheLightOne()
    {
        QVERIFY(messageStyleSheet(true) != messageStyleSheet(false));
        QVERIFY(messageStyleSheet(false).contains(QStringLiteral("#1264a3")));
        QVERIFY(!messageStyleSheet(true).contains(QStringLiteral("#1264a3")));
        QCOMPARE(parseTheme(QStringLiteral("dark")), std::optional<Theme>(Theme::Dark));
        QVERIFY(!parseTheme(QStringLiteral("purple")));
    }

    void switchingThemeRestylesTheOpenFeeds()
    {
        ThemeFollower theme(Theme::Light);
        QVERIFY(!isDarkPalette(QApplication::palette()));
        MainWindow window(m_store.get());
        window.resize(900, 600);
        window.show();
        window.restoreState(QStringLiteral("user-behavior"));
        QTRY_COMPARE(window.feedModel()->rowCount(), 1);
        FeedView *view = window.feedView();
        const QModelIndex row = window.feedModel()->index(0);
        const SafeTextDocument *light = view->feedDelegate()->bodyDocument(view->optionFor(row), row);
        QVERIFY(!light->isDarkStyle());
        QVERIFY(light->defaultStyleSheet().contains(QStringLiteral("#1264a3")));
        QCOMPARE(linkColorIn(light), QApplication::palette().color(QPalette::Link));

        QSignalSpy darkChanged(&theme, &ThemeFollower::darkChanged);
        theme.setTheme(Theme::Dark);
        QCOMPARE(darkChanged.count(), 1);
        QVERIFY(theme.isDark());
        QVERIFY(isDarkPalette(QApplication::palette()));
        QTRY_VERIFY(isDarkPalette(view->palette()));
        const SafeTextDocument *dark = view->feedDelegate()->bodyDocument(view->optionFor(row), row);
        QVERIFY(dark->isDarkStyle());
        QCOMPARE(dark->defaultStyleSheet().contains(QStringLiteral("#6cb4f5")), true);
        QCOMPARE(linkColorIn(dark), darkPalette().color(QPalette::Link));
        // The pane's header follows the palette too.
        QCOMPARE(window.focusedPane()->palette().color(QPalette::Window), darkPalette().color(QPalette::Window));

        theme.setTheme(Theme::Light);
        QVERIFY(!isDarkPalette(QApplication::palette()));
        QTRY_VERIFY(!view->feedDelegate()->bodyDocument(view->optionFor(row), row)->isDarkStyle());
    }

    void everyControlHasAnAccessibleName()
    {
        MainWindow window(m_store.get());
        AlertCenter alerts(AlertSettings{}, nullptr);
        window.setAlerts(&alerts);
        window.show();
        window.restoreState(QStringLiteral("user-behavior"));
        window.search()->openSearch();
        QVERIFY2(unnamedControls(&window).isEmpty(), qPrintable(unnamedControls(&window).join(QStringLiteral(", "))));
        UserTimeline *timeline = window.search()->openUserTimeline(QStringLiteral("alice@example.com"));
        QVERIFY2(unnamedControls(timeline).isEmpty(), qPrintable(unnamedControls(timeline).join(QStringLiteral(", "))));
        timeline->close();
        QuickSwitcher switcher(window.channelModel(), &window);
        QVERIFY2(unnamedControls(&switcher).isEmpty(), qPrintable(unnamedControls(&switcher).join(QStringLiteral(", "))));
        ChannelSettingsDialog settings(QStringLiteral("user-behavior"), &alerts, &window);
        QVERIFY2(unnamedControls(&settings).isEmpty(), qPrintable(unnamedControls(&settings).join(QStringLiteral(", "))));
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<EventStore> m_store;
};

QTEST_MAIN(TestTheme)
#include "tst_theme.moc"
