#include "preferencesdialog.h"
#include "ui_preferencesdialog.h"

#include "ui/feed/levelcolors.h"

#include <QLocale>
#include <QPushButton>

namespace bb {

namespace {

// Each language in its own name, as language menus do: a German reader looks for "Deutsch".
QString languageName(const QString &code)
{
    if (code == QLatin1String("en"))
        return QStringLiteral("English");
    const QString name = QLocale(code).nativeLanguageName();
    return name.isEmpty() ? code : name.left(1).toUpper() + name.mid(1);
}

} // namespace

bool Preferences::operator==(const Preferences &other) const
{
    return language == other.language && autostart == other.autostart && listen == other.listen
        && maxBody == other.maxBody && autoCreateChannels == other.autoCreateChannels
        && retentionDays == other.retentionDays && retentionEvents == other.retentionEvents;
}

PreferencesDialog::PreferencesDialog(const Preferences &current, PreferencesSaver saver, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::PreferencesDialog>())
    , m_current(current)
    , m_saver(std::move(saver))
{
    m_ui->setupUi(this);
    QPalette quiet = palette();
    quiet.setColor(QPalette::WindowText, palette().color(QPalette::PlaceholderText));
    m_ui->restartHint->setPalette(quiet);
    m_ui->saveProblem->hide();

    m_ui->languageCombo->addItem(tr("System default"), QString());
    for (const QString &code : current.languages)
        m_ui->languageCombo->addItem(languageName(code), code);
    m_ui->languageCombo->setCurrentIndex(qMax(0, m_ui->languageCombo->findData(current.language)));
    m_ui->autostartCheck->setChecked(current.autostart);
    m_ui->autostartCheck->setEnabled(current.autostartSupported);
    m_ui->listenEdit->setText(current.listen);
    m_ui->maxBodyEdit->setText(current.maxBody);
    m_ui->autoCreateCheck->setChecked(current.autoCreateChannels);
    m_ui->retentionDaysSpin->setSuffix(tr(" days"));
    m_ui->retentionDaysSpin->setValue(current.retentionDays);
    m_ui->retentionEventsSpin->setSuffix(tr(" events"));
    m_ui->retentionEventsSpin->setValue(current.retentionEvents);
}

PreferencesDialog::~PreferencesDialog() = default;

Preferences PreferencesDialog::chosen() const
{
    Preferences chosen = m_current;
    chosen.language = m_ui->languageCombo->currentData().toString();
    chosen.autostart = m_ui->autostartCheck->isChecked();
    chosen.listen = m_ui->listenEdit->text().trimmed();
    chosen.maxBody = m_ui->maxBodyEdit->text().trimmed();
    chosen.autoCreateChannels = m_ui->autoCreateCheck->isChecked();
    chosen.retentionDays = m_ui->retentionDaysSpin->value();
    chosen.retentionEvents = m_ui->retentionEventsSpin->value();
    return chosen;
}

void PreferencesDialog::accept()
{
    const Preferences preferences = chosen();
    QString error;
    if (preferences != m_current && m_saver && !m_saver(preferences, &error)) {
        showProblem(tr("Nothing was changed: %1").arg(error));
        return;
    }
    emit saved(preferences);
    QDialog::accept();
}

void PreferencesDialog::showProblem(const QString &text)
{
    QPalette red = palette();
    red.setColor(QPalette::WindowText, problemTextColor(palette()));
    m_ui->saveProblem->setPalette(red);
    m_ui->saveProblem->setText(text);
    m_ui->saveProblem->setVisible(!text.isEmpty());
    layout()->activate();
    resize(width(), qMax(height(), heightForWidth(width())));
}

} // namespace bb
