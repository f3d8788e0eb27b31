#include "alerts/soundlibrary.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

using namespace bb;

namespace {

QByteArray le16(quint16 value)
{
    QByteArray bytes(2, '\0');
    qToLittleEndian(value, bytes.data());
    return bytes;
}

QByteArray le32(quint32 value)
{
    QByteArray bytes(4, '\0');
    qToLittleEndian(value, bytes.data());
    return bytes;
}

// A minimal RIFF/WAVE file with the given format tag and sample size.
QByteArray wavBytes(quint16 formatTag, quint16 bits, quint16 channels, const QByteArray &data)
{
    const quint32 rate = 44100;
    const quint16 blockAlign = quint16(channels * bits / 8);
    const QByteArray fmt = le16(formatTag) + le16(channels) + le32(rate) + le32(rate * blockAlign)
                         + le16(blockAlign) + le16(bits);
    const QByteArray body = "WAVE" + QByteArray("fmt ") + le32(quint32(fmt.size())) + fmt
                          + QByteArray("data") + le32(quint32(data.size())) + data;
    return "RIFF" + le32(quint32(body.size())) + body;
}

struct PcmInfo
{
    int rate = 0;
    int channels = 0;
    int bits = 0;
    QList<qint16> samples;
};

// Reads a canonical 16-bit PCM WAV as make-sounds.py writes it (44-byte header).
PcmInfo readPcm(const QString &path)
{
    QFile file(path);
    file.open(QIODevice::ReadOnly);
    const QByteArray bytes = file.readAll();
    PcmInfo info;
    info.channels = qFromLittleEndian<quint16>(bytes.constData() + 22);
    info.rate = int(qFromLittleEndian<quint32>(bytes.constData() + 24));
    info.bits = qFromLittleEndian<quint16>(bytes.constData() + 34);
    for (qsizetype at = 44; at + 2 <= bytes.size(); at += 2)
        info.samples << qFromLittleEndian<qint16>(bytes.constData() + at);
    return info;
}

} // namespace

class TestSoundLibrary : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        file.open(QIODevice::WriteOnly);
        file.write(bytes);
        return path;
    }

private slots:
    void bundledSoundsAreShortAudible16BitPcm_data()
    {
        QTest::addColumn<QString>("name");
        for (const QString &name : SoundLibrary::bundledNames())
            QTest::newRow(qPrintable(name)) << name;
    }

    void bundledSoundsAreShortAudible16BitPcm()
    {
        QFETCH(QString, name);
        const QString path = SoundLibrary::resourcePath(name);
        QVERIFY2(QFile::exists(path), qPrintable(path));
        QCOMPARE(SoundLibrary::checkWav(path), QString());
        const PcmInfo pcm = readPcm(path);
        QCOMPARE(pcm.bits, 16);
        QCOMPARE(pcm.channels, 1);
        QVERIFY(pcm.rate == 44100 || pcm.rate == 48000);
        QVERIFY(!pcm.samples.isEmpty());
        QVERIFY2(pcm.samples.size() < int(1.5 * pcm.rate), "alert sounds stay under 1.5 s");
        int peak = 0;
        for (qint16 sample : pcm.samples)
            peak = qMax(peak, qAbs(int(sample)));
        // Normalised to about -3 dBFS (0.708 of full scale): loud enough, never clipping.
        QVERIFY2(peak > 0.65 * 32767 && peak < 0.75 * 32767, qPrintable(QString::number(peak)));
        QCOMPARE(SoundLibrary::resolve(name), QUrl(QStringLiteral("qrc:/bellboard/sounds/%1.wav").arg(name)));
    }

    void theSeedChannelsSoundsAreBundled()
    {
        for (const char *name : { "service-bell", "cash-register", "alarm", "chime", "soft-pop" })
            QVERIFY2(SoundLibrary::isBundled(QLatin1String(name)), name);
    }

    void ownSixteenBitWavIsAccepted()
    {
        const QString path = writeFile(QStringLiteral("mine.wav"), wavBytes(1, 16, 2, QByteArray(400, '\x10')));
        QString why;
        QCOMPARE(SoundLibrary::resolve(path, &why), QUrl::fromLocalFile(path));
        QVERIFY(why.isEmpty());
    }

    void floatWavIsRefusedWithTheReason()
    {
        const QString path = writeFile(QStringLiteral("float.wav"), wavBytes(3, 32, 1, QByteArray(400, '\0')));
        QString why;
        QVERIFY(SoundLibrary::resolve(path, &why).isEmpty());
        QVERIFY2(why.contains(QStringLiteral("32-bit floating-point")), qPrintable(why));
        QVERIFY2(why.contains(QStringLiteral("16-bit PCM")), qPrintable(why));
    }

    void twentyFourBitWavIsRefused()
    {
        const QString why = SoundLibrary::checkWav(writeFile(QStringLiteral("deep.wav"), wavBytes(1, 24, 1, QByteArray(300, '\1'))));
        QVERIFY2(why.contains(QStringLiteral("24-bit samples")), qPrintable(why));
    }

    void oggIsRefused()
    {
        const QString why = SoundLibrary::checkWav(writeFile(QStringLiteral("bell.ogg"), "OggS\0\2" + QByteArray(100, '\0')));
        QVERIFY2(why.contains(QStringLiteral("is an Ogg file")), qPrintable(why));
    }

    void otherFilesAreRefused()
    {
        QVERIFY(SoundLibrary::checkWav(writeFile(QStringLiteral("notes.wav"), "just some text"))
                        .contains(QStringLiteral("is not a WAV file")));
        QVERIFY(SoundLibrary::checkWav(writeFile(QStringLiteral("empty.wav"), wavBytes(1, 16, 1, {})))
                        .contains(QStringLiteral("holds no audio")));
        QVERIFY(SoundLibrary::checkWav(writeFile(QStringLiteral("mp3.wav"), wavBytes(0x55, 0, 1, QByteArray(10, '\1'))))
                        .contains(QStringLiteral("compressed audio")));
    }

    void missingFileIsRefused()
    {
        QString why;
        QVERIFY(SoundLibrary::resolve(m_dir.filePath(QStringLiteral("gone.wav")), &why).isEmpty());
        QVERIFY2(why.contains(QStringLiteral("does not exist")), qPrintable(why));
    }

    void unknownNameIsNeitherBundledNorAPath()
    {
        QString why;
        QVERIFY(SoundLibrary::resolve(QStringLiteral("airhorn"), &why).isEmpty());
        QVERIFY2(why.contains(QStringLiteral("neither a bundled sound")), qPrintable(why));
        QVERIFY2(why.contains(QStringLiteral("service-bell")), qPrintable(why));
    }
};

QTEST_GUILESS_MAIN(TestSoundLibrary)
#include "tst_soundlibrary.moc"
