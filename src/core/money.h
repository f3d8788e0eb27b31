#pragma once

#include <QLocale>
#include <QString>

namespace bb {

// An amount of money as payment services send it: an integer count of the currency's minor
// units (cents for USD, none for JPY: ¥500 is 500) and its ISO 4217 code, upper case. Integers,
// never floating point, so that sums are exact; amounts of different currencies never add.
struct Money
{
    qint64 minorUnits = 0;
    QString currency; // "USD", "EUR", "JPY"; empty: no amount

    bool isValid() const { return !currency.isEmpty(); }
    friend bool operator==(const Money &a, const Money &b)
    {
        return a.minorUnits == b.minorUnits && a.currency == b.currency;
    }
    friend bool operator!=(const Money &a, const Money &b) { return !(a == b); }
};

// The largest amount an event carries, in minor units: ten million times Stripe's own limit of
// 99,999,999, and small enough that sums over millions of events cannot overflow qint64.
constexpr qint64 kLargestMinorUnits = 1'000'000'000'000'000;

// How many decimal places the currency's minor unit has (ISO 4217): 0 for JPY or KRW, 3 for
// KWD or BHD, 2 for everything else, as payment services count them.
int currencyExponent(const QString &currency);

// "$49.00", "¥500", "49,00 €": the amount in `locale`'s number format with the currency's own
// symbol where Qt knows one (the code otherwise: "CHF 12.50").
QString formatMoney(const Money &money, const QLocale &locale);

} // namespace bb
