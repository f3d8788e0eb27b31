#include "slackchannelsdialog.h"
#include "ui_slackchannelsdialog.h"

#include "slack/slackwebapi.h"

#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>

namespace bb {

namespace {

// Slack's pages hold up to 1,000; 200 is what Slack recommends.
constexpr int kPageSize = 200;

} // namespace

SlackChannelsDialog::SlackChannelsDialog(const QUrl &apiUrl, const QString &botToken, const QStringList &mirrored,
                                         QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SlackChannelsDialog>())
    , m_mirrored(mirrored)
    , m_api(new SlackWebApi(this))
    , m_model(new QStandardItemModel(this))
    , m_filter(new QSortFilterProxyModel(this))
{
    m_ui->setupUi(this);
    m_filter->setSourceModel(m_model);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_filter->setFilterRole(NameRole);
    m_ui->channels->setModel(m_filter);
    m_ui->channels->setEnabled(false);
    m_ui->filter->setEnabled(false);
    m_ui->buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    m_ui->notes->setText(tr("Asking Slack for the channels…"));
    connect(m_ui->filter, &QLineEdit::textChanged, m_filter, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_model, &QStandardItemModel::itemChanged, this, &SlackChannelsDialog::updateNotes);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &SlackChannelsDialog::save);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    m_api->setBaseUrl(apiUrl);
    m_api->setToken(botToken);
    listSlackChannels(m_api, kPageSize, this, [this](const QList<SlackChannelInfo> &channels, const SlackResponse &failure) {
        listed(channels, failure);
    });
}

SlackChannelsDialog::~SlackChannelsDialog() = default;

void SlackChannelsDialog::listed(const QList<SlackChannelInfo> &channels, const SlackResponse &failure)
{
    if (!failure.ok) {
        m_ui->notes->setText(tr("Slack did not list the channels: %1").arg(failure.explanation()));
        return;
    }
    QStringList unmatched = m_mirrored;
    auto addRow = [this](const QString &name, const QString &note, bool member, bool ticked, const QString &tip = {}) {
        auto *item = new QStandardItem(note.isEmpty() ? QStringLiteral("#%1").arg(name) : tr("#%1 — %2").arg(name, note));
        item->setToolTip(tip);
        item->setData(name, NameRole);
        item->setData(member, MemberRole);
        item->setCheckable(true);
        item->setEditable(false);
        item->setCheckState(ticked ? Qt::Checked : Qt::Unchecked);
        m_model->appendRow(item);
    };
    for (const SlackChannelInfo &channel : channels) {
        const bool ticked = unmatched.removeAll(channel.name) + unmatched.removeAll(channel.id) > 0;
        QStringList notes;
        if (channel.isPrivate)
            notes << tr("private");
        if (!channel.isMember)
            notes << tr("the app is not a member");
        addRow(channel.name, notes.join(tr(", ")), channel.isMember, ticked);
    }
    for (const QString &gone : std::as_const(unmatched))
        addRow(gone, tr("not listed by Slack"), true, true,
               tr("Archived, renamed, or private without the app in it. Untick it to stop mirroring it."));

    m_ui->channels->setEnabled(true);
    m_ui->filter->setEnabled(true);
    m_ui->buttons->button(QDialogButtonBox::Ok)->setEnabled(true);
    m_ui->filter->setFocus();
    updateNotes();
}

QStringList SlackChannelsDialog::chosen() const
{
    QStringList names;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QStandardItem *item = m_model->item(row);
        if (item->checkState() == Qt::Checked)
            names << item->data(NameRole).toString();
    }
    return names;
}

void SlackChannelsDialog::updateNotes()
{
    QStringList outside;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QStandardItem *item = m_model->item(row);
        if (item->checkState() == Qt::Checked && !item->data(MemberRole).toBool())
            outside << QLatin1Char('#') + item->data(NameRole).toString();
    }
    const int count = int(chosen().size());
    QString text = count == 0 ? tr("No channel mirrored.")
                 : count == 1 ? tr("1 channel mirrored.")
                              : tr("%n channels mirrored.", nullptr, count);
    if (!outside.isEmpty())
        text += QLatin1Char(' ')
              + tr("The app cannot read %1 yet: in Slack, type /invite @<your app> there.").arg(outside.join(tr(", ")));
    m_ui->notes->setText(text);
}

void SlackChannelsDialog::save()
{
    const QStringList names = chosen();
    if (m_choice) {
        const QString error = m_choice->save(names);
        if (!error.isEmpty()) {
            m_ui->notes->setText(tr("The choice could not be saved: %1").arg(error));
            return;
        }
    }
    emit channelsChosen(names);
    accept();
}

} // namespace bb
