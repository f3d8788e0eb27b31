#include "sourcedecoding.h"

#include "core/money.h"
#include "core/userextraction.h"

#include <QJsonArray>

#include <cstdlib>

// Stripe's webhook events (https://docs.stripe.com/api/events): {"id":"evt_…","type":…,
// "livemode":…,"data":{"object":{…},"previous_attributes":{…}}}. The event id is the delivery id.
namespace bb {

using namespace sourcedecoding;

namespace {

const QLocale &moneyLocale()
{
    // Stored text is the same for every reader; "$49.00", "¥500", "€12.50".
    static const QLocale locale(QLocale::English, QLocale::UnitedStates);
    return locale;
}

Money moneyOf(const QJsonObject &object, const QString &amountKey)
{
    const QJsonValue amount = object.value(amountKey);
    const QString currency = object.value(QStringLiteral("currency")).toString().toUpper();
    // Whole minor units within bounds only: converting a fraction or 1e69 to an integer is not
    // an amount Stripe sends (and 1e69 would be undefined behaviour; found by fuzz_stripe).
    const qint64 minorUnits = amount.toInteger(kLargestMinorUnits + 1);
    if (!amount.isDouble() || currency.isEmpty() || std::abs(minorUnits) > kLargestMinorUnits)
        return {};
    return Money{ minorUnits, currency };
}

// The customer's e-mail wherever this object type keeps it.
QString customerEmail(const QJsonObject &object)
{
    for (const QString &path : { QStringLiteral("receipt_email"), QStringLiteral("customer_email"),
                                 QStringLiteral("billing_details.email"), QStringLiteral("customer_details.email"),
                                 QStringLiteral("email"), QStringLiteral("latest_charge.billing_details.email"),
                                 QStringLiteral("charges.data.0.billing_details.email") }) {
        const QString email = text(object, path);
        if (email.contains(QLatin1Char('@')))
            return email;
    }
    return {};
}

QString dashboardUrl(bool live, const QString &kind, const QString &id)
{
    if (id.isEmpty())
        return {};
    return QStringLiteral("https://dashboard.stripe.com/%1%2/%3").arg(live ? QString() : QStringLiteral("test/"), kind, id);
}

// "Pro ($49.00/month)" from a subscription, its first item's price or its plan.
QString planText(const QJsonObject &subscription)
{
    QJsonObject price = at(subscription, QStringLiteral("items.data.0.price")).toObject();
    if (price.isEmpty())
        price = subscription.value(QStringLiteral("plan")).toObject();
    if (price.isEmpty())
        return {};
    QString name = price.value(QStringLiteral("nickname")).toString();
    if (name.isEmpty())
        name = text(price, QStringLiteral("product.name"));
    if (name.isEmpty())
        name = price.value(QStringLiteral("id")).toString();
    Money money = moneyOf(price, QStringLiteral("unit_amount"));
    if (!money.isValid())
        money = moneyOf(price, QStringLiteral("amount"));
    QString interval = text(price, QStringLiteral("recurring.interval"));
    if (interval.isEmpty())
        interval = price.value(QStringLiteral("interval")).toString();
    if (!money.isValid())
        return name;
    return QStringLiteral("%1 (%2%3)").arg(name, formatMoney(money, moneyLocale()), interval.isEmpty() ? QString() : QLatin1Char('/') + interval);
}

} // namespace

SourceDecodeResult decodeStripe(const HttpRequest &request, const SourceSettings &source, const DecodeContext &context)
{
    QJsonObject body;
    SourceDecodeResult failure;
    if (!parseBody(request, &body, &failure))
        return failure;
    const QString id = body.value(QStringLiteral("id")).toString();
    const QString type = body.value(QStringLiteral("type")).toString();
    const QJsonObject object = at(body, QStringLiteral("data.object")).toObject();
    if (type.isEmpty() || !body.value(QStringLiteral("data")).isObject())
        return SourceDecodeResult::failure("invalid_payload", QStringLiteral("not a Stripe event: it needs \"type\" and \"data\""));
    const bool live = body.value(QStringLiteral("livemode")).toBool();
    const QString objectId = object.value(QStringLiteral("id")).toString();

    Event event = baseEvent(source, context);
    const QString email = customerEmail(object);
    if (!email.isEmpty())
        event.users << normalizeUser(email);
    const QString from = email.isEmpty() ? QString() : QStringLiteral(" from %1").arg(email);
    const QString to = email.isEmpty() ? QString() : QStringLiteral(" to %1").arg(email);
    const QString description = object.value(QStringLiteral("description")).toString();
    QStringList details;
    if (!description.isEmpty())
        details << escaped(description);

    if (type == QLatin1String("payment_intent.succeeded") || type == QLatin1String("charge.succeeded")
        || type == QLatin1String("invoice.paid") || type == QLatin1String("invoice.payment_succeeded")
        || type == QLatin1String("checkout.session.completed")) {
        Money money;
        for (const QString &key : { QStringLiteral("amount_received"), QStringLiteral("amount_paid"),
                                    QStringLiteral("amount_total"), QStringLiteral("amount") }) {
            money = moneyOf(object, key);
            if (money.isValid())
                break;
        }
        event.amount = money;
        event.title = QStringLiteral("Payment received %1%2").arg(money.isValid() ? formatMoney(money, moneyLocale()) : QString(), from).simplified();
        const QString invoiceUrl = object.value(QStringLiteral("hosted_invoice_url")).toString();
        if (!invoiceUrl.isEmpty())
            details << link(invoiceUrl, QStringLiteral("Invoice"));
        else if (type.startsWith(QLatin1String("payment_intent")))
            details << link(dashboardUrl(live, QStringLiteral("payments"), objectId), QStringLiteral("View in Stripe"));
    } else if (type == QLatin1String("charge.refunded") || type == QLatin1String("refund.created")
               || type == QLatin1String("charge.refund.updated")) {
        Money money = moneyOf(object, QStringLiteral("amount_refunded"));
        if (!money.isValid())
            money = moneyOf(object, QStringLiteral("amount"));
        event.amount = money;
        event.title = QStringLiteral("Refund of %1%2").arg(money.isValid() ? formatMoney(money, moneyLocale()) : QString(), to).simplified();
    } else if (type.startsWith(QLatin1String("charge.dispute."))) {
        const Money money = moneyOf(object, QStringLiteral("amount"));
        event.amount = money;
        const QString action = type.section(QLatin1Char('.'), 2);
        event.level = action == QLatin1String("created") ? Level::Crit : Level::Warn;
        event.title = QStringLiteral("Dispute %1: %2").arg(QString(action).replace(QLatin1Char('_'), QLatin1Char(' ')), money.isValid() ? formatMoney(money, moneyLocale()) : objectId);
        const QString reason = object.value(QStringLiteral("reason")).toString();
        if (!reason.isEmpty())
            details << QStringLiteral("Reason: %1").arg(escaped(QString(reason).replace(QLatin1Char('_'), QLatin1Char(' '))));
        details << link(dashboardUrl(live, QStringLiteral("disputes"), objectId), QStringLiteral("View in Stripe"));
    } else if (type == QLatin1String("charge.failed") || type == QLatin1String("payment_intent.payment_failed")
               || type == QLatin1String("invoice.payment_failed")) {
        Money money;
        for (const QString &key : { QStringLiteral("amount_due"), QStringLiteral("amount") }) {
            money = moneyOf(object, key);
            if (money.isValid())
                break;
        }
        event.amount = money;
        event.level = Level::Warn;
        event.title = QStringLiteral("Payment failed %1%2").arg(money.isValid() ? formatMoney(money, moneyLocale()) : QString(), from).simplified();
        QString why = text(object, QStringLiteral("last_payment_error.message"));
        if (why.isEmpty())
            why = object.value(QStringLiteral("failure_message")).toString();
        if (!why.isEmpty())
            details.prepend(escaped(why));
    } else if (type.startsWith(QLatin1String("customer.subscription."))) {
        const QString action = type.section(QLatin1Char('.'), 2);
        const QString plan = planText(object);
        const QJsonObject previous = at(body, QStringLiteral("data.previous_attributes")).toObject();
        const QString status = object.value(QStringLiteral("status")).toString();
        if (action == QLatin1String("created")) {
            event.title = QStringLiteral("New subscription: %1").arg(plan);
        } else if (action == QLatin1String("deleted")) {
            event.title = QStringLiteral("Subscription canceled: %1").arg(plan);
            event.level = Level::Warn;
        } else if (previous.contains(QStringLiteral("items")) || previous.contains(QStringLiteral("plan"))) {
            QJsonObject before = object;
            for (auto it = previous.begin(); it != previous.end(); ++it)
                before.insert(it.key(), it.value());
            event.title = QStringLiteral("Plan changed: %1 → %2").arg(planText(before), plan);
        } else if (previous.contains(QStringLiteral("cancel_at_period_end"))
                   && object.value(QStringLiteral("cancel_at_period_end")).toBool()) {
            event.title = QStringLiteral("Subscription set to cancel at period end: %1").arg(plan);
            event.level = Level::Warn;
        } else {
            event.title = QStringLiteral("Subscription %1: %2").arg(QString(action).replace(QLatin1Char('_'), QLatin1Char(' ')), plan);
        }
        if (!status.isEmpty())
            details << QStringLiteral("Status: %1").arg(escaped(status));
        details << link(dashboardUrl(live, QStringLiteral("subscriptions"), objectId), QStringLiteral("View in Stripe"));
    } else if (type == QLatin1String("customer.created")) {
        event.title = email.isEmpty() ? QStringLiteral("New customer") : QStringLiteral("New customer %1").arg(email);
        details << link(dashboardUrl(live, QStringLiteral("customers"), objectId), QStringLiteral("View in Stripe"));
    } else {
        event.title = QStringLiteral("Stripe: %1").arg(type);
        if (!objectId.isEmpty())
            details << QStringLiteral("`%1`").arg(escaped(objectId));
    }
    if (!live)
        details << QStringLiteral("_test mode_");
    event.text = details.join(QLatin1Char('\n'));
    if (event.text.isEmpty())
        event.text = escaped(event.title);
    event.mrkdwn = true;
    return single(event, id);
}

} // namespace bb
