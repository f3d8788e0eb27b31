#include "slackconnectdialog.h"
#include "ui_slackconnectdialog.h"

#include "slack/slacklogin.h"
#include "slack/slacktokens.h"

#include <QPushButton>

namespace bb {

SlackConnectDialog::SlackConnectDialog(const QUrl &apiUrl, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SlackConnectDialog>())
    , m_apiUrl(apiUrl)
    , m_store([](const SlackTokens &tokens) {
        QString error;
        return slacktokens::write(tokens, &error) ? QString() : error;
    })
{
    m_ui->setupUi(this);
    m_ui->problem->hide();
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &SlackConnectDialog::check);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

SlackConnectDialog::~SlackConnectDialog() = default;

void SlackConnectDialog::setBusy(bool busy)
{
    m_ui->buttons->button(QDialogButtonBox::Ok)->setEnabled(!busy);
    m_ui->botToken->setEnabled(!busy);
    m_ui->appToken->setEnabled(!busy);
}

void SlackConnectDialog::check()
{
    const SlackTokens tokens{ m_ui->botToken->text().trimmed(), m_ui->appToken->text().trimmed() };
    setBusy(true);
    m_ui->problem->setText(tr("Checking with Slack…"));
    m_ui->problem->show();
    delete m_checking;
    m_checking = new QObject(this);
    checkSlackLogin(m_apiUrl, tokens, m_checking, [this, tokens](const SlackLoginResult &result) {
        m_checking->deleteLater();
        m_checking = nullptr;
        setBusy(false);
        if (!result.ok) {
            m_ui->problem->setText(result.error);
            return;
        }
        const QString stored = m_store(tokens);
        if (!stored.isEmpty()) {
            m_ui->problem->setText(tr("Slack accepted the tokens, but they could not be stored: %1").arg(stored));
            return;
        }
        m_team = result.team;
        emit tokensSaved(tokens);
        accept();
    });
}

} // namespace bb
