#include "money.h"

#include <QHash>
#include <QSet>

namespace bb {

int currencyExponent(const QString &currency)
{
    // ISO 4217's currencies without a minor unit, and those with thousandths; Stripe's list of
    // zero-decimal currencies is the first set.
    static const QSet<QString> none = { QStringLiteral("BIF"), QStringLiteral("CLP"), QStringLiteral("DJF"),
                                        QStringLiteral("GNF"), QStringLiteral("ISK"), QStringLiteral("JPY"),
                                        QStringLiteral("KMF"), QStringLiteral("KRW"), QStringLiteral("PYG"),
                                        QStringLiteral("RWF"), QStringLiteral("UGX"), QStringLiteral("UYI"),
                                        QStringLiteral("VND"), QStringLiteral("VUV"), QStringLiteral("XAF"),
                                        QStringLiteral("XOF"), QStringLiteral("XPF") };
    static const QSet<QString> thousandths = { QStringLiteral("BHD"), QStringLiteral("IQD"), QStringLiteral("JOD"),
                                               QStringLiteral("KWD"), QStringLiteral("LYD"), QStringLiteral("OMR"),
                                               QStringLiteral("TND") };
    const QString code = currency.toUpper();
    if (none.contains(code))
        return 0;
    if (thousandths.contains(code))
        return 3;
    return 2;
}

namespace {

// The symbol people read for the commonest currencies; QLocale only knows a locale's own.
QString currencySymbol(const QString &code)
{
    static const QHash<QString, QString> symbols = {
        { QStringLiteral("USD"), QStringLiteral("$") },
        { QStringLiteral("EUR"), QStringLiteral("€") },
        { QStringLiteral("GBP"), QStringLiteral("£") },
        { QStringLiteral("JPY"), QStringLiteral("¥") },
        { QStringLiteral("INR"), QStringLiteral("₹") },
        { QStringLiteral("KRW"), QStringLiteral("₩") },
        { QStringLiteral("CNY"), QStringLiteral("CN¥") },
        { QStringLiteral("CAD"), QStringLiteral("CA$") },
        { QStringLiteral("AUD"), QStringLiteral("A$") },
        { QStringLiteral("BRL"), QStringLiteral("R$") },
    };
    return symbols.value(code, code + QLatin1Char(' '));
}

} // namespace

QString formatMoney(const Money &money, const QLocale &locale)
{
    const QString code = money.currency.toUpper();
    const int exponent = currencyExponent(code);
    qint64 scale = 1;
    for (int i = 0; i < exponent; ++i)
        scale *= 10;
    const qint64 magnitude = money.minorUnits < 0 ? -money.minorUnits : money.minorUnits;
    // Whole and fractional parts as integers: a double would round large amounts.
    QString number = locale.toString(magnitude / scale);
    if (exponent > 0)
        number += locale.decimalPoint()
                + QStringLiteral("%1").arg(magnitude % scale, exponent, 10, QLatin1Char('0'));
    const QString sign = money.minorUnits < 0 ? locale.negativeSign() : QString();
    // The locale decides whether the symbol goes before or after: "$49.00", "49,00 €".
    const QString symbol = currencySymbol(code).trimmed();
    const QString pattern = locale.toCurrencyString(1.0, QStringLiteral("\u00A4"), 0);
    if (pattern.startsWith(QChar(0x00A4)))
        return sign + (currencySymbol(code).endsWith(QLatin1Char(' ')) ? symbol + QLatin1Char(' ') : symbol) + number;
    return sign + number + QChar(0x00A0) + symbol;
}

} // namespace bb
