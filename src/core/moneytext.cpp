#include "moneytext.h"

#include "eventmatch.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace bb {

namespace {

const QHash<QString, QString> &symbolCurrencies()
{
    static const QHash<QString, QString> symbols = {
        { QStringLiteral("$"), QStringLiteral("USD") },
        { QStringLiteral("US$"), QStringLiteral("USD") },
        { QStringLiteral("CA$"), QStringLiteral("CAD") },
        { QStringLiteral("A$"), QStringLiteral("AUD") },
        { QStringLiteral("R$"), QStringLiteral("BRL") },
        { QStringLiteral("€"), QStringLiteral("EUR") },
        { QStringLiteral("£"), QStringLiteral("GBP") },
        { QStringLiteral("¥"), QStringLiteral("JPY") },
        { QStringLiteral("₹"), QStringLiteral("INR") },
        { QStringLiteral("₩"), QStringLiteral("KRW") },
    };
    return symbols;
}

const QSet<QString> &knownCodes()
{
    static const QSet<QString> codes = {
        QStringLiteral("USD"),
        QStringLiteral("EUR"),
        QStringLiteral("GBP"),
        QStringLiteral("JPY"),
        QStringLiteral("CHF"),
        QStringLiteral("CAD"),
        QStringLiteral("AUD"),
        QStringLiteral("NZD"),
        QStringLiteral("SEK"),
        QStringLiteral("NOK"),
        QStringLiteral("DKK"),
        QStringLiteral("PLN"),
        QStringLiteral("CZK"),
        QStringLiteral("HUF"),
        QStringLiteral("INR"),
        QStringLiteral("CNY"),
        QStringLiteral("KRW"),
        QStringLiteral("BRL"),
        QStringLiteral("MXN"),
        QStringLiteral("SGD"),
        QStringLiteral("HKD"),
        QStringLiteral("ZAR"),
        QStringLiteral("TRY"),
        QStringLiteral("ILS"),
        QStringLiteral("KWD"),
        QStringLiteral("BHD"),
        QStringLiteral("AED"),
        QStringLiteral("SAR"),
    };
    return codes;
}

QString codeAlternatives()
{
    QStringList codes(knownCodes().begin(), knownCodes().end());
    std::sort(codes.begin(), codes.end());
    return codes.join(QLatin1Char('|'));
}

const QRegularExpression &amountPattern()
{
    // A number: digits grouped by ',', '.', a no-break space or an apostrophe, with an optional
    // decimal part; which separator is which is decided in minorUnits().
    const QString number = QStringLiteral(R"((\d{1,3}(?:[,.\x{00A0}\x{202F}']\d{3})+(?:[.,]\d{1,3})?|\d+(?:[.,]\d{1,3})?))");
    const QString symbol = QStringLiteral(R"((US\$|CA\$|A\$|R\$|[$€£¥₹₩]))");
    const QString code = QStringLiteral("(%1)").arg(codeAlternatives());
    // Neither a letter nor a digit may touch the amount: "USDT 5", "x$5", "5€x", "v1.2 EUR".
    const QString before = QStringLiteral(R"((?<![\p{L}\d.,]))");
    const QString after = QStringLiteral(R"((?![\p{L}\d]|[.,]\d))");
    const QString space = QStringLiteral(R"([ \x{00A0}\x{202F}]?)");
    static const QRegularExpression pattern(
            QStringLiteral("%1%2%11%3%6|%1%4%11%5%6|%1%7%11%8%6|%1%9%11%10(?!\\p{L})")
                    .arg(before, symbol, number, number, symbol, after, code, number, number, code, space),
            QRegularExpression::UseUnicodePropertiesOption);
    return pattern;
}

qint64 powerOfTen(int exponent)
{
    qint64 scale = 1;
    for (int i = 0; i < exponent; ++i)
        scale *= 10;
    return scale;
}

// "1,234.56" in a two-decimal currency is 123456; "49,00" is 4900; "1.234" is 123400 (grouped
// thousands) unless the currency has thousandths.
std::optional<qint64> minorUnits(const QString &number, int exponent)
{
    static const QRegularExpression separators(QStringLiteral("[,.\\x{00A0}\\x{202F}']"));
    const qsizetype lastMark = std::max(number.lastIndexOf(QLatin1Char('.')), number.lastIndexOf(QLatin1Char(',')));
    QString whole = number;
    QString fraction;
    if (lastMark >= 0) {
        const qsizetype digitsAfter = number.size() - lastMark - 1;
        const QChar mark = number.at(lastMark);
        // Grouping when three digits follow, unless the currency has thousandths and the mark
        // is used only once (so "KWD 1.500" is one and a half dinars).
        const bool grouping = digitsAfter == 3 && (exponent != 3 || number.count(mark) > 1);
        if (!grouping) {
            whole = number.left(lastMark);
            fraction = number.mid(lastMark + 1);
        }
    }
    whole.remove(separators);
    if (whole.isEmpty() || whole.size() > 15 || fraction.size() > exponent)
        return std::nullopt;
    bool ok = false;
    const qint64 units = whole.toLongLong(&ok);
    if (!ok)
        return std::nullopt;
    qint64 minor = units * powerOfTen(exponent);
    if (!fraction.isEmpty())
        minor += fraction.toLongLong() * powerOfTen(exponent - int(fraction.size()));
    return minor;
}

} // namespace

QString currencyFromCode(const QString &code)
{
    const QString upper = code.toUpper();
    return knownCodes().contains(upper) ? upper : QString();
}

std::optional<Money> moneyInText(const QString &text)
{
    auto matches = amountPattern().globalMatch(text);
    while (matches.hasNext()) {
        const QRegularExpressionMatch match = matches.next();
        // Groups: 1 symbol + 2 number | 3 number + 4 symbol | 5 code + 6 number | 7 number + 8 code.
        QString currency;
        QString number;
        if (match.capturedLength(1) > 0) {
            currency = symbolCurrencies().value(match.captured(1));
            number = match.captured(2);
        } else if (match.capturedLength(4) > 0) {
            currency = symbolCurrencies().value(match.captured(4));
            number = match.captured(3);
        } else if (match.capturedLength(5) > 0) {
            currency = match.captured(5);
            number = match.captured(6);
        } else {
            currency = match.captured(8);
            number = match.captured(7);
        }
        if (currency.isEmpty())
            continue;
        const auto minor = minorUnits(number, currencyExponent(currency));
        if (minor)
            return Money{ *minor, currency };
    }
    return std::nullopt;
}

std::optional<Money> eventAmount(const Event &event)
{
    if (event.amount.isValid())
        return event.amount;
    for (const QString &text : { event.text, event.title }) {
        if (auto money = moneyInText(text))
            return money;
    }
    if (event.attachmentsJson.isEmpty() && event.blocksJson.isEmpty())
        return std::nullopt;
    return moneyInText(eventAttachmentText(event));
}

} // namespace bb
