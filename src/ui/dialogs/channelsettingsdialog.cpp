#include "channelsettingsdialog.h"
#include "ui_channelsettingsdialog.h"

#include "alerts/alertcenter.h"
#include "alerts/channelsettingsstore.h"
#include "alerts/soundlibrary.h"
#include "ui/sidebar/channelalertmenu.h"
#include "ui/feed/levelcolors.h"

#include <QButtonGroup>
#include <QFileDialog>
#include <QFileInfo>
#include <QStandardPaths>

namespace bb {

namespace {

constexpr int kChooseFileRole = Qt::UserRole + 1; // the "Choose a WAV file…" entry

QString soundDisplayName(const QString &sound)
{
    static const QHash<QString, const char *> names = {
        { QStringLiteral("service-bell"), QT_TRANSLATE_NOOP("bb::ChannelSettingsDialog", "Service bell") },
        { QStringLiteral("cash-register"), QT_TRANSLATE_NOOP("bb::ChannelSettingsDialog", "Cash register") },
        { QStringLiteral("alarm"), QT_TRANSLATE_NOOP("bb::ChannelSettingsDialog", "Alarm") },
        { QStringLiteral("chime"), QT_TRANSLATE_NOOP("bb::ChannelSettingsDialog", "Chime") },
        { QStringLiteral("soft-pop"), QT_TRANSLATE_NOOP("bb::ChannelSettingsDialog", "Soft pop") },
    };
    if (const char *name = names.value(sound))
        return QCoreApplication::translate("bb::ChannelSettingsDialog", name);
    return SoundLibrary::isBundled(sound) ? sound : QFileInfo(sound).fileName();
}

} // namespace

ChannelSettingsDialog::ChannelSettingsDialog(const QString &channel, AlertCenter *alerts, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ChannelSettingsDialog>())
    , m_modes(new QButtonGroup(this))
    , m_channel(channel)
    , m_alerts(alerts)
{
    m_ui->setupUi(this);
    setWindowTitle(tr("#%1 — Channel settings").arg(channel));
    m_ui->heading->setText(tr("Alerts for #%1").arg(channel));
    QFont headingFont = font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.2);
    m_ui->heading->setFont(headingFont);
    QPalette quiet = palette();
    quiet.setColor(QPalette::WindowText, palette().color(QPalette::PlaceholderText));
    for (QLabel *hint : { m_ui->ringHint, m_ui->boldHint, m_ui->muteHint, m_ui->celebrateHint })
        hint->setPalette(quiet);

    m_modes->addButton(m_ui->ringRadio, int(NotifyMode::Ring));
    m_modes->addButton(m_ui->boldRadio, int(NotifyMode::Bold));
    m_modes->addButton(m_ui->muteRadio, int(NotifyMode::Mute));
    m_modes->addButton(m_ui->celebrateRadio, int(NotifyMode::Celebrate));
    for (const QString &name : SoundLibrary::bundledNames())
        m_ui->soundCombo->addItem(soundDisplayName(name), name);
    m_ui->soundCombo->insertSeparator(m_ui->soundCombo->count());
    m_ui->soundCombo->addItem(tr("Choose a WAV file…"));
    m_ui->soundCombo->setItemData(m_ui->soundCombo->count() - 1, true, kChooseFileRole);
    m_ui->soundProblem->hide();
    m_ui->saveProblem->hide();

    connect(m_modes, &QButtonGroup::idToggled, this, &ChannelSettingsDialog::updateEnabledControls);
    connect(m_ui->soundCombo, &QComboBox::activated, this, &ChannelSettingsDialog::onSoundActivated);
    connect(m_ui->volumeSlider, &QSlider::valueChanged, this, &ChannelSettingsDialog::updateVolumeText);
    connect(m_ui->testButton, &QPushButton::clicked, this, &ChannelSettingsDialog::testSound);
    const auto muteButton = [this](QPushButton *button, AlertPolicy::MuteSpan span) {
        connect(button, &QPushButton::clicked, this, [this, span] { m_alerts->mute(m_channel, span); });
    };
    muteButton(m_ui->muteHalfHourButton, AlertPolicy::MuteSpan::HalfHour);
    muteButton(m_ui->muteHourButton, AlertPolicy::MuteSpan::Hour);
    muteButton(m_ui->muteTomorrowButton, AlertPolicy::MuteSpan::UntilTomorrow);
    connect(m_ui->unmuteButton, &QPushButton::clicked, this, [this] { m_alerts->unmute(m_channel); });
    connect(m_alerts, &AlertCenter::muteChanged, this, [this](const QString &changed) {
        if (changed == m_channel)
            updateMuteState();
    });

    load(m_alerts->settings().forChannel(channel));
    updateMuteState();
}

ChannelSettingsDialog::~ChannelSettingsDialog() = default;

void ChannelSettingsDialog::load(const ChannelAlertSettings &settings)
{
    m_modes->button(int(settings.mode))->setChecked(true);
    selectSound(settings.sound);
    m_ui->volumeSlider->setValue(qRound(settings.volume * 100));
    updateVolumeText();
    m_loadedEscalation = settings.escalateCrit;
    m_ui->escalateCheck->setChecked(settings.escalateCrit.value_or(m_alerts->settings().escalateCrit));
    updateEnabledControls();
}

void ChannelSettingsDialog::selectSound(const QString &sound)
{
    int index = m_ui->soundCombo->findData(sound);
    if (index < 0) { // the user's own file: listed just above the separator
        index = SoundLibrary::bundledNames().size();
        m_ui->soundCombo->insertItem(index, soundDisplayName(sound), sound);
        m_ui->soundCombo->setItemData(index, sound, Qt::ToolTipRole);
    }
    m_ui->soundCombo->setCurrentIndex(index);
    m_soundIndex = index;
}

ChannelAlertSettings ChannelSettingsDialog::chosenSettings() const
{
    ChannelAlertSettings settings;
    settings.mode = NotifyMode(m_modes->checkedId());
    settings.sound = m_ui->soundCombo->itemData(m_soundIndex).toString();
    settings.volume = m_ui->volumeSlider->value() / 100.0;
    const bool escalate = m_ui->escalateCheck->isChecked();
    if (m_loadedEscalation || escalate != m_alerts->settings().escalateCrit)
        settings.escalateCrit = escalate;
    settings.mutedUntil = m_alerts->mutedUntil(m_channel);
    return settings;
}

void ChannelSettingsDialog::onSoundActivated(int index)
{
    if (!m_ui->soundCombo->itemData(index, kChooseFileRole).toBool()) {
        m_soundIndex = index;
        showProblem(m_ui->soundProblem, QString());
        return;
    }
    m_ui->soundCombo->setCurrentIndex(m_soundIndex); // until a good file is chosen
    const QString path = QFileDialog::getOpenFileName(
            this, tr("Choose an alert sound"), QStandardPaths::writableLocation(QStandardPaths::MusicLocation),
            tr("WAV files (*.wav);;All files (*)"));
    if (!path.isEmpty())
        chooseSoundFile(path);
}

bool ChannelSettingsDialog::chooseSoundFile(const QString &path)
{
    const QString problem = SoundLibrary::checkWav(path);
    showProblem(m_ui->soundProblem, problem);
    if (!problem.isEmpty())
        return false;
    selectSound(QFileInfo(path).absoluteFilePath());
    return true;
}

void ChannelSettingsDialog::testSound()
{
    const QString sound = m_ui->soundCombo->itemData(m_soundIndex).toString();
    QString why;
    // The file's own problem first: it is the one the user can fix here.
    const bool played = !SoundLibrary::resolve(sound, &why).isEmpty()
                     && m_alerts->testSound(sound, m_ui->volumeSlider->value() / 100.0, &why);
    showProblem(m_ui->soundProblem, played ? QString() : tr("Cannot play %1: %2").arg(soundDisplayName(sound), why));
}

void ChannelSettingsDialog::accept()
{
    const ChannelAlertSettings settings = chosenSettings();
    QString error;
    if (m_settingsStore && !m_settingsStore->save(m_channel, settings, &error)) {
        showProblem(m_ui->saveProblem, tr("Nothing was changed: %1").arg(error));
        return;
    }
    AlertSettings all = m_alerts->settings();
    all.channels.insert(m_channel, settings);
    m_alerts->setSettings(all);
    emit settingsApplied(m_channel, settings);
    QDialog::accept();
}

// Sound, volume and escalation only matter in the modes that use them.
void ChannelSettingsDialog::updateEnabledControls()
{
    const auto mode = NotifyMode(m_modes->checkedId());
    const bool sounds = mode == NotifyMode::Ring || mode == NotifyMode::Celebrate;
    for (QWidget *widget : { static_cast<QWidget *>(m_ui->soundLabel), static_cast<QWidget *>(m_ui->soundCombo),
                             static_cast<QWidget *>(m_ui->testButton), static_cast<QWidget *>(m_ui->volumeLabel),
                             static_cast<QWidget *>(m_ui->volumeSlider), static_cast<QWidget *>(m_ui->volumeValue) })
        widget->setEnabled(sounds);
    m_ui->escalateCheck->setEnabled(mode == NotifyMode::Bold);
}

void ChannelSettingsDialog::updateVolumeText()
{
    m_ui->volumeValue->setText(tr("%1%").arg(m_ui->volumeSlider->value()));
    m_ui->volumeSlider->setAccessibleDescription(m_ui->volumeValue->text());
}

void ChannelSettingsDialog::updateMuteState()
{
    const QDateTime until = m_alerts->mutedUntil(m_channel);
    m_ui->muteState->setText(ChannelAlertMenu::muteStateText(until));
    m_ui->unmuteButton->setEnabled(until.isValid());
}

// A problem in a colour that reads on light and dark palettes alike; empty hides the label.
void ChannelSettingsDialog::showProblem(QLabel *label, const QString &text)
{
    QPalette red = palette();
    red.setColor(QPalette::WindowText, problemTextColor(palette()));
    label->setPalette(red);
    label->setText(text);
    label->setVisible(!text.isEmpty());
    if (isVisible())
        fitHeight();
}

void ChannelSettingsDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    fitHeight();
}

// A window does not grow by itself for labels that wrap onto more lines (Qt sizes windows by
// their minimum size, which ignores height-for-width).
void ChannelSettingsDialog::fitHeight()
{
    layout()->activate();
    const int needed = heightForWidth(width());
    if (needed > height())
        resize(width(), needed);
}

} // namespace bb
