#pragma once

#include "event.h"
#include "money.h"

#include <QString>
#include <optional>

namespace bb {

// The first amount of money written in `text`, as people and services write it:
//   "$49", "$1,234.56", "*$49.00*"          a symbol before the number
//   "49,00 €", "1.234,56 €", "12€"          a symbol after it (European style)
//   "USD 12.50", "12.50 USD", "CHF 20"      an ISO 4217 code before or after it
//   "¥500", "₩12,000"                      currencies without minor units
// The symbols read are $ (USD), US$, CA$, A$, R$, €, £, ¥ (JPY), ₹ and ₩; codes are the common
// ISO 4217 ones (currencyFromCode). The last '.' or ',' followed by one or two digits (three for
// the currencies with thousandths) is the decimal point; one followed by exactly three digits
// groups thousands. An amount with more decimals than its currency has ("¥500.5") is not an
// amount, and neither is a bare number ("49") nor a code glued to a word ("USDT 5").
std::optional<Money> moneyInText(const QString &text);

// What an event was worth: the amount stored with it (a Stripe payment), else the first amount
// written in its text, its title, then its attachments' and blocks' readable text.
std::optional<Money> eventAmount(const Event &event);

// "USD" for "usd" when it is one of the codes moneyInText() reads, otherwise empty.
QString currencyFromCode(const QString &code);

} // namespace bb
