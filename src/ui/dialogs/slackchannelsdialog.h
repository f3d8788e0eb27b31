#pragma once

#include "slack/slackchannels.h"

#include <QDialog>
#include <QStringList>
#include <QUrl>
#include <memory>

class QSortFilterProxyModel;
class QStandardItemModel;

namespace Ui {
class SlackChannelsDialog;
}

namespace bb {

class SlackWebApi;

// Where the choice of mirrored Slack channels is kept: [slack] mirror in bellboard.toml, read
// and written by the app layer (the running mirror follows the file). Two operations on one
// setting, hence an interface. Used on the GUI thread; not owned by its users.
class SlackMirrorChoice
{
public:
    virtual ~SlackMirrorChoice() = default;
    virtual QStringList mirrored() const = 0;
    // Saves `channels` (names without '#'); an error sentence, empty on success.
    virtual QString save(const QStringList &channels) = 0;
};

// "Choose Slack channels…": every channel the bot can see (conversations.list), the mirrored
// ones ticked, a filter box for big workspaces. OK hands back the ticked names; a channel the
// app is not a member of yet can be ticked, with the /invite it still needs said next to it.
// Entries of [slack] mirror that Slack no longer lists stay, ticked and marked, so nothing is
// dropped without the user seeing it.
class SlackChannelsDialog : public QDialog
{
    Q_OBJECT
public:
    SlackChannelsDialog(const QUrl &apiUrl, const QString &botToken, const QStringList &mirrored,
                        QWidget *parent = nullptr);
    ~SlackChannelsDialog() override;

    QStringList chosen() const; // names without '#', in the list's order

    // OK saves the choice there first (not owned; must outlive the dialog). Without one, OK
    // only emits channelsChosen.
    void setChoiceStore(SlackMirrorChoice *choice) { m_choice = choice; }

signals:
    void channelsChosen(const QStringList &names);

private:
    enum Role {
        NameRole = Qt::UserRole + 1,
        MemberRole
    };
    void listed(const QList<SlackChannelInfo> &channels, const SlackResponse &failure);
    void updateNotes();
    void save();

    std::unique_ptr<Ui::SlackChannelsDialog> m_ui;
    QStringList m_mirrored;
    SlackWebApi *m_api;
    QStandardItemModel *m_model;
    QSortFilterProxyModel *m_filter;
    SlackMirrorChoice *m_choice = nullptr;
};

} // namespace bb
