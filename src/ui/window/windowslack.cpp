#include "windowslack.h"

#include "ui/sidebar/channellistmodel.h"
#include "ui/dialogs/slackchannelsdialog.h"
#include "ui/dialogs/slackconnectdialog.h"
#include "slack/slackmirror.h"
#include "slack/slacktokens.h"

#include <QBoxLayout>
#include <QDateTime>
#include <QListView>
#include <QMessageBox>
#include <QToolButton>

namespace bb {

WindowSlack::WindowSlack(QWidget *window, QListView *channelList, ChannelListModel *channels, SlackMirror *mirror,
                         const QUrl &apiUrl)
    : QObject(window)
    , m_window(window)
    , m_channels(channels)
    , m_apiUrl(apiUrl)
    , m_connect(new QToolButton(channelList->parentWidget()))
    , m_choose(new QToolButton(channelList->parentWidget()))
    , m_botToken([](QString *error) {
        const slacktokens::Lookup found = slacktokens::read();
        *error = found.error;
        return found.tokens.bot;
    })
{
    // The heading row is taller than the others.
    channelList->setUniformItemSizes(false);
    m_connect->setText(tr("Connect Slack workspace…"));
    m_connect->setAutoRaise(true);
    m_connect->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_choose->setText(tr("Slack channels…"));
    m_choose->setToolTip(tr("Choose which Slack channels are mirrored"));
    m_choose->setAutoRaise(true);
    m_choose->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_choose->hide();
    if (auto *layout = qobject_cast<QBoxLayout *>(channelList->parentWidget()->layout())) {
        layout->insertWidget(layout->indexOf(channelList) + 1, m_connect);
        layout->insertWidget(layout->indexOf(m_connect) + 1, m_choose);
    }
    connect(m_connect, &QToolButton::clicked, this, &WindowSlack::openConnectDialog);
    connect(m_choose, &QToolButton::clicked, this, &WindowSlack::openChannelsDialog);

    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, [this] { show(m_status); });
    if (mirror) {
        connect(mirror, &SlackMirror::statusChanged, this, &WindowSlack::show);
        show(mirror->status());
    } else {
        show({});
    }
}

QString WindowSlack::heading(const SlackStatus &status, qint64 nowMs)
{
    const QString where = status.team.isEmpty() ? tr("Slack") : tr("Slack · %1").arg(status.team);
    return tr("%1 — %2").arg(where, status.phaseText(nowMs));
}

void WindowSlack::show(const SlackStatus &status)
{
    m_status = status;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    m_channels->setWorkspaceHeading(heading(status, now));
    const bool counting = (status.phase == SlackStatus::Phase::Reconnecting || status.phase == SlackStatus::Phase::RateLimited)
                       && status.retryAtMs > now;
    if (counting && !m_tick.isActive())
        m_tick.start();
    else if (!counting)
        m_tick.stop();
    const bool needsLogin = status.phase == SlackStatus::Phase::Off || status.phase == SlackStatus::Phase::TokenRevoked;
    m_connect->setVisible(needsLogin);
    m_choose->setVisible(!needsLogin && m_mirrorChoice);
    QStringList tip{ status.text(now) };
    tip += status.problems;
    m_connect->setToolTip(tip.join(QLatin1Char('\n')));
}

void WindowSlack::openConnectDialog()
{
    auto *dialog = new SlackConnectDialog(m_apiUrl, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SlackConnectDialog::tokensSaved, this, &WindowSlack::tokensSaved);
    dialog->open();
}

void WindowSlack::setMirrorChoice(SlackMirrorChoice *choice)
{
    m_mirrorChoice = choice;
    show(m_status);
}

void WindowSlack::openChannelsDialog()
{
    if (!m_mirrorChoice)
        return;
    QString error;
    const QString token = m_botToken(&error);
    if (!error.isEmpty()) {
        QMessageBox::warning(m_window, tr("Slack Channels"), tr("The Slack token could not be read: %1").arg(error));
        return;
    }
    auto *dialog = new SlackChannelsDialog(m_apiUrl, token, m_mirrorChoice->mirrored(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setChoiceStore(m_mirrorChoice);
    dialog->open();
}

} // namespace bb
