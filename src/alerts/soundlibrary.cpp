#include "soundlibrary.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QtEndian>

// The sounds are compiled into a static library; without an explicit reference the linker
// drops them.
static void initSoundResources()
{
    Q_INIT_RESOURCE(sounds);
}

namespace bb {

namespace {

constexpr qint64 kMaxSoundBytes = 50 * 1024 * 1024;
constexpr quint16 kWaveFormatPcm = 1;
constexpr quint16 kWaveFormatFloat = 3;
constexpr quint16 kWaveFormatExtensible = 0xFFFE;

quint16 u16(const QByteArray &bytes, qsizetype at)
{
    return qFromLittleEndian<quint16>(bytes.constData() + at);
}

quint32 u32(const QByteArray &bytes, qsizetype at)
{
    return qFromLittleEndian<quint32>(bytes.constData() + at);
}

QString expandHome(const QString &path)
{
    if (path == QLatin1String("~") || path.startsWith(QLatin1String("~/")))
        return QDir::homePath() + path.mid(1);
    return path;
}

} // namespace

QStringList SoundLibrary::bundledNames()
{
    return { QStringLiteral("service-bell"), QStringLiteral("cash-register"), QStringLiteral("alarm"),
             QStringLiteral("chime"), QStringLiteral("soft-pop") };
}

bool SoundLibrary::isBundled(const QString &sound)
{
    return bundledNames().contains(sound);
}

QString SoundLibrary::resourcePath(const QString &bundledName)
{
    initSoundResources();
    return QStringLiteral(":/bellboard/sounds/%1.wav").arg(bundledName);
}

QUrl SoundLibrary::resolve(const QString &sound, QString *why)
{
    if (isBundled(sound)) {
        initSoundResources();
        return QUrl(QStringLiteral("qrc:/bellboard/sounds/%1.wav").arg(sound));
    }
    const QString path = expandHome(sound);
    QString problem;
    if (!QFileInfo(path).isAbsolute())
        problem = tr("'%1' is neither a bundled sound (%2) nor an absolute path to a WAV file")
                          .arg(sound, bundledNames().join(QStringLiteral(", ")));
    else
        problem = checkWav(path);
    if (!problem.isEmpty()) {
        if (why)
            *why = problem;
        return {};
    }
    return QUrl::fromLocalFile(path);
}

QString SoundLibrary::checkWav(const QString &path)
{
    const QString convert = tr("Bellboard plays 16-bit PCM WAV files; convert it, for example with "
                               "`sox IN -b 16 -e signed-integer OUT.wav`");
    QFile file(path);
    if (!file.exists())
        return tr("%1 does not exist").arg(path);
    if (file.size() > kMaxSoundBytes)
        return tr("%1 is too large for an alert sound (over 50 MB)").arg(path);
    if (!file.open(QIODevice::ReadOnly))
        return tr("%1 cannot be read: %2").arg(path, file.errorString());
    const QByteArray bytes = file.readAll();
    if (bytes.startsWith("OggS"))
        return tr("%1 is an Ogg file. %2").arg(path, convert);
    if (bytes.size() < 12 || !bytes.startsWith("RIFF") || bytes.mid(8, 4) != "WAVE")
        return tr("%1 is not a WAV file. %2").arg(path, convert);

    bool haveFormat = false;
    quint32 dataBytes = 0;
    for (qsizetype at = 12; at + 8 <= bytes.size();) {
        const QByteArray id = bytes.mid(at, 4);
        const quint32 size = u32(bytes, at + 4);
        const qsizetype body = at + 8;
        if (id == "fmt " && size >= 16 && body + 16 <= bytes.size()) {
            quint16 format = u16(bytes, body);
            if (format == kWaveFormatExtensible && size >= 26 && body + 26 <= bytes.size())
                format = u16(bytes, body + 24); // the sub-format GUID starts with the real tag
            const quint16 channels = u16(bytes, body + 2);
            const quint16 bits = u16(bytes, body + 14);
            if (format == kWaveFormatFloat)
                return tr("%1 holds %2-bit floating-point samples. %3").arg(path).arg(bits).arg(convert);
            if (format != kWaveFormatPcm)
                return tr("%1 holds compressed audio (WAV format %2). %3").arg(path).arg(format).arg(convert);
            if (bits != 16)
                return tr("%1 holds %2-bit samples. %3").arg(path).arg(bits).arg(convert);
            if (channels < 1 || channels > 2)
                return tr("%1 has %2 channels; Bellboard plays mono or stereo sounds").arg(path).arg(channels);
            haveFormat = true;
        } else if (id == "data") {
            dataBytes = size;
            break;
        }
        at = body + qsizetype(size) + (size & 1); // chunks are padded to an even length
    }
    if (!haveFormat)
        return tr("%1 is a damaged WAV file (no format chunk). %2").arg(path, convert);
    if (dataBytes == 0)
        return tr("%1 holds no audio").arg(path);
    return {};
}

} // namespace bb
