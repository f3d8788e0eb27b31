#include "slackpayload.h"

#include "core/channelname.h"
#include "core/userextraction.h"
#include "net/requestbody.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <cmath>
#include <optional>

namespace bb {

namespace {

const QString kText = QStringLiteral("text");

// The documented string fields of a Slack attachment; other fields pass through unchecked.
const QStringList &attachmentStringFields()
{
    static const QStringList fields = {
        QStringLiteral("color"),
        QStringLiteral("pretext"),
        QStringLiteral("author_name"),
        QStringLiteral("title"),
        QStringLiteral("title_link"),
        kText,
        QStringLiteral("footer"),
        QStringLiteral("fallback"),
    };
    return fields;
}

bool isAbsent(const QJsonValue &value)
{
    return value.isUndefined() || value.isNull();
}

// Collects every "text" string inside blocks (text objects, section fields, rich text).
void collectBlockTexts(const QJsonValue &value, QStringList *texts, int depth = 0)
{
    if (depth > 64)
        return;
    if (value.isArray()) {
        for (const QJsonValue &item : value.toArray())
            collectBlockTexts(item, texts, depth + 1);
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (it.key() == kText && it.value().isString())
                texts->append(it.value().toString());
            else
                collectBlockTexts(it.value(), texts, depth + 1);
        }
    }
}

QString tsText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    const double number = value.toDouble();
    // Whole numbers within exact double range as integers; converting 1e69 to qint64 would be
    // undefined behaviour, so larger ones are written as numbers.
    return std::floor(number) == number && std::abs(number) < 9e15 ? QString::number(qint64(number))
                                                                   : QString::number(number, 'f', 6);
}

// Reads one message object field by field; the first problem found is the answer.
class MessageReader
{
public:
    MessageReader(const QJsonObject &message, SlackDialect dialect)
        : m_message(message)
        , m_dialect(dialect) {}

    DecodeResult read(const DecodeContext &context);

private:
    bool failed() const { return !m_failure.ok(); }
    void fail(const QByteArray &webApiWord, const QString &detail)
    {
        if (failed())
            return;
        m_failure = DecodeResult::failure(
                m_dialect == SlackDialect::WebApi ? webApiWord : QByteArrayLiteral("invalid_payload"),
                detail);
    }
    void failType(const QString &key, const QString &expected)
    {
        fail("invalid_arguments", QStringLiteral("'%1' must be %2, not %3")
                                          .arg(key, expected, jsonTypeName(m_message.value(key))));
    }

    QString string(const QString &key);
    bool flag(const QString &key, bool fallback);
    QJsonArray array(const QString &key, const QByteArray &formatWord);
    QJsonArray attachments();
    QJsonArray blocks();
    QStringList explicitUsers();
    std::optional<Level> explicitLevel();
    void checkAttachment(const QJsonObject &attachment, int index);

    const QJsonObject &m_message;
    const SlackDialect m_dialect;
    DecodeResult m_failure;
};

QString MessageReader::string(const QString &key)
{
    const QJsonValue value = m_message.value(key);
    if (isAbsent(value))
        return {};
    if (!value.isString())
        failType(key, QStringLiteral("a string"));
    return value.toString();
}

bool MessageReader::flag(const QString &key, bool fallback)
{
    const QJsonValue value = m_message.value(key);
    if (isAbsent(value))
        return fallback;
    if (value.isBool())
        return value.toBool();
    if (m_dialect == SlackDialect::WebApi && value.isString()) {
        const QString text = value.toString().trimmed().toLower();
        if (text == QLatin1String("true") || text == QLatin1String("1"))
            return true;
        if (text == QLatin1String("false") || text == QLatin1String("0"))
            return false;
    }
    failType(key, QStringLiteral("true or false"));
    return fallback;
}

// An array field; the Web API also takes it as JSON text, as form arguments carry it.
QJsonArray MessageReader::array(const QString &key, const QByteArray &formatWord)
{
    QJsonValue value = m_message.value(key);
    if (isAbsent(value))
        return {};
    if (m_dialect == SlackDialect::WebApi && value.isString()) {
        if (value.toString().trimmed().isEmpty())
            return {};
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(value.toString().toUtf8(), &error);
        if (error.error != QJsonParseError::NoError || !document.isArray()) {
            fail(formatWord, QStringLiteral("'%1' must be a JSON array; the text given is not one").arg(key));
            return {};
        }
        return document.array();
    }
    if (!value.isArray()) {
        fail(formatWord, QStringLiteral("'%1' must be an array, not %2").arg(key, jsonTypeName(value)));
        return {};
    }
    return value.toArray();
}

void MessageReader::checkAttachment(const QJsonObject &attachment, int index)
{
    const auto wrong = [&](const QString &field, const QString &expected, const QJsonValue &value) {
        fail("invalid_attachments", QStringLiteral("attachments[%1].%2 must be %3, not %4")
                                            .arg(index)
                                            .arg(field, expected, jsonTypeName(value)));
    };
    for (const QString &field : attachmentStringFields()) {
        const QJsonValue value = attachment.value(field);
        if (!isAbsent(value) && !value.isString())
            wrong(field, QStringLiteral("a string"), value);
    }
    const QJsonValue ts = attachment.value(QStringLiteral("ts"));
    if (!isAbsent(ts) && !ts.isString() && !ts.isDouble())
        wrong(QStringLiteral("ts"), QStringLiteral("a number or a string"), ts);

    const QJsonValue fields = attachment.value(QStringLiteral("fields"));
    if (isAbsent(fields))
        return;
    if (!fields.isArray()) {
        wrong(QStringLiteral("fields"), QStringLiteral("an array"), fields);
        return;
    }
    const QJsonArray list = fields.toArray();
    for (int i = 0; i < list.size(); ++i) {
        const QString where = QStringLiteral("fields[%1]").arg(i);
        if (!list.at(i).isObject()) {
            wrong(where, QStringLiteral("an object"), list.at(i));
            continue;
        }
        const QJsonObject field = list.at(i).toObject();
        for (const QString &name : { QStringLiteral("title"), QStringLiteral("value") }) {
            const QJsonValue value = field.value(name);
            if (!isAbsent(value) && !value.isString())
                wrong(where + QLatin1Char('.') + name, QStringLiteral("a string"), value);
        }
        const QJsonValue isShort = field.value(QStringLiteral("short"));
        if (!isAbsent(isShort) && !isShort.isBool())
            wrong(where + QStringLiteral(".short"), QStringLiteral("true or false"), isShort);
    }
}

QJsonArray MessageReader::attachments()
{
    const QJsonArray list = array(QStringLiteral("attachments"), "invalid_attachments");
    if (list.size() > kSlackMaxAttachments) {
        if (!failed())
            m_failure = DecodeResult::failure(
                    "too_many_attachments",
                    QStringLiteral("%1 attachments; Slack allows at most %2").arg(list.size()).arg(kSlackMaxAttachments));
        return {};
    }
    for (int i = 0; i < list.size() && !failed(); ++i) {
        if (!list.at(i).isObject())
            fail("invalid_attachments", QStringLiteral("attachments[%1] must be an object, not %2")
                                                .arg(i)
                                                .arg(jsonTypeName(list.at(i))));
        else
            checkAttachment(list.at(i).toObject(), i);
    }
    return list;
}

QJsonArray MessageReader::blocks()
{
    const QJsonArray list = array(QStringLiteral("blocks"), "invalid_blocks_format");
    for (int i = 0; i < list.size() && !failed(); ++i) {
        if (!list.at(i).toObject().value(QStringLiteral("type")).isString())
            fail("invalid_blocks", QStringLiteral("blocks[%1] must be an object with a \"type\"").arg(i));
    }
    return list;
}

QStringList MessageReader::explicitUsers()
{
    QStringList typed;
    const QString one = string(QStringLiteral("user"));
    if (!one.isEmpty())
        typed.append(one);
    const QJsonValue many = m_message.value(QStringLiteral("users"));
    if (m_dialect == SlackDialect::WebApi && many.isString()) {
        typed += many.toString().split(QLatin1Char(','));
    } else if (many.isArray()) {
        for (const QJsonValue &user : many.toArray()) {
            if (!user.isString())
                fail("invalid_arguments", QStringLiteral("'users' must hold strings, not %1").arg(jsonTypeName(user)));
            typed.append(user.toString());
        }
    } else if (!isAbsent(many)) {
        failType(QStringLiteral("users"), QStringLiteral("an array of strings"));
    }
    QStringList users;
    for (const QString &user : std::as_const(typed)) {
        const QString normalized = normalizeUser(user);
        if (!normalized.isEmpty() && !users.contains(normalized))
            users.append(normalized);
    }
    return users;
}

std::optional<Level> MessageReader::explicitLevel()
{
    const QString name = string(QStringLiteral("level"));
    if (name.isEmpty())
        return std::nullopt;
    const auto level = parseLevel(name);
    if (!level)
        fail("invalid_arguments", QStringLiteral("unknown level '%1' (info, warn, crit)").arg(name));
    return level;
}

// Whether Slack would show something for this attachment.
bool attachmentHasContent(const QJsonObject &attachment)
{
    for (const char *field : { "text", "fallback", "pretext", "title" }) {
        if (!attachment.value(QLatin1String(field)).toString().trimmed().isEmpty())
            return true;
    }
    return !attachment.value(QStringLiteral("fields")).toArray().isEmpty()
        || !attachment.value(QStringLiteral("blocks")).toArray().isEmpty();
}

QString userSearchText(const QString &text, const QJsonArray &attachments, const QJsonArray &blocks)
{
    QStringList parts{ text };
    for (const QJsonValue &value : attachments) {
        const QJsonObject attachment = value.toObject();
        for (const char *field : { "pretext", "author_name", "title", "text", "footer" })
            parts.append(attachment.value(QLatin1String(field)).toString());
        for (const QJsonValue &field : attachment.value(QStringLiteral("fields")).toArray()) {
            parts.append(field.toObject().value(QStringLiteral("title")).toString());
            parts.append(field.toObject().value(QStringLiteral("value")).toString());
        }
    }
    collectBlockTexts(blocks, &parts);
    return parts.join(QLatin1Char('\n'));
}

DecodeResult MessageReader::read(const DecodeContext &context)
{
    Event event;
    event.source = context.source;
    event.receivedAtMs = context.receivedAtMs;
    event.text = string(kText);
    event.senderName = string(QStringLiteral("username"));
    const QString iconEmoji = string(QStringLiteral("icon_emoji"));
    const QString iconUrl = string(QStringLiteral("icon_url"));
    event.senderIcon = iconEmoji.isEmpty() ? iconUrl : iconEmoji;
    event.mrkdwn = flag(QStringLiteral("mrkdwn"), true);
    const QString explicitTitle = string(QStringLiteral("title"));
    const QString rawChannel = string(QStringLiteral("channel"));
    const std::optional<Level> level = explicitLevel();
    const QStringList users = explicitUsers();
    for (const char *key : { "thread_ts", "ts" }) {
        const QJsonValue ts = m_message.value(QLatin1String(key));
        if (!isAbsent(ts) && !ts.isString() && !ts.isDouble())
            failType(QLatin1String(key), QStringLiteral("a string or a number"));
    }
    const QJsonArray attachmentList = attachments();
    const QJsonArray blockList = blocks();
    if (failed())
        return m_failure;

    const QString wanted = !rawChannel.trimmed().isEmpty() ? rawChannel
                         : !context.urlChannel.isEmpty()   ? context.urlChannel
                                                           : context.defaultChannel;
    event.channel = normalizeChannelName(wanted);
    if (event.channel.isEmpty()) {
        return DecodeResult::failure("channel_not_found",
                                     wanted.trimmed().isEmpty()
                                             ? QStringLiteral("no channel: name one in the payload or the URL")
                                             : QStringLiteral("'%1' is not a channel name (lower-case letters, digits, '-', '_', '.'; at most 80)").arg(wanted));
    }

    const bool attachmentsShowSomething = std::any_of(
            attachmentList.begin(), attachmentList.end(),
            [](const QJsonValue &value) { return attachmentHasContent(value.toObject()); });
    if (event.text.trimmed().isEmpty() && !attachmentsShowSomething && blockList.isEmpty())
        return DecodeResult::failure("no_text", QStringLiteral("the message has no text, no attachment with content and no blocks"));
    if (event.text.size() > kSlackMaxTextLength) {
        return DecodeResult::failure("msg_too_long", QStringLiteral("the text has %1 characters; Slack allows at most %2")
                                                             .arg(event.text.size())
                                                             .arg(kSlackMaxTextLength));
    }

    const QJsonObject firstAttachment =
            attachmentList.isEmpty() ? QJsonObject() : attachmentList.at(0).toObject();
    event.title = !explicitTitle.isEmpty() ? explicitTitle
                                           : firstAttachment.value(QStringLiteral("title")).toString();
    event.level = level ? *level : levelFromColor(firstAttachment.value(QStringLiteral("color")).toString());
    event.users = !users.isEmpty() ? users : extractUsers(userSearchText(event.text, attachmentList, blockList));
    if (!attachmentList.isEmpty())
        event.attachmentsJson = QJsonDocument(attachmentList).toJson(QJsonDocument::Compact);
    if (!blockList.isEmpty())
        event.blocksJson = QJsonDocument(blockList).toJson(QJsonDocument::Compact);
    const QJsonValue threadTs = m_message.value(QStringLiteral("thread_ts"));
    if (!isAbsent(threadTs))
        event.threadKey = tsText(threadTs);
    const QJsonValue ts = m_message.value(QStringLiteral("ts"));
    if (!isAbsent(ts))
        event.senderTs = tsText(ts);

    DecodeResult result;
    result.events.append(event);
    return result;
}

} // namespace

DecodeResult decodeSlackMessage(const QJsonObject &message, SlackDialect dialect,
                                const DecodeContext &context)
{
    return MessageReader(message, dialect).read(context);
}

Level levelFromColor(const QString &color)
{
    QString c = color.trimmed().toLower();
    if (c == QLatin1String("danger"))
        return Level::Crit;
    if (c == QLatin1String("warning"))
        return Level::Warn;
    if (c.startsWith(QLatin1Char('#')))
        c.remove(0, 1);
    if (c.size() == 3)
        c = QString(c[0]) + c[0] + c[1] + c[1] + c[2] + c[2];
    bool ok = false;
    const uint rgb = c.toUInt(&ok, 16);
    if (!ok || c.size() != 6)
        return Level::Info;
    const int r = (rgb >> 16) & 0xff, g = (rgb >> 8) & 0xff, b = rgb & 0xff;
    const int max = std::max({ r, g, b }), min = std::min({ r, g, b });
    // Greys, pale tints and near-black carry no urgency.
    if (max < 0x66 || (max - min) * 2 < max)
        return Level::Info;
    double hue = 0;
    if (max == r)
        hue = 60.0 * (g - b) / (max - min);
    else if (max == g)
        hue = 120.0 + 60.0 * (b - r) / (max - min);
    else
        hue = 240.0 + 60.0 * (r - g) / (max - min);
    if (hue < 0)
        hue += 360.0;
    if (hue <= 20.0 || hue >= 335.0)
        return Level::Crit;
    if (hue >= 25.0 && hue <= 65.0)
        return Level::Warn;
    return Level::Info;
}

} // namespace bb
