#include "senderfallback.h"

namespace bb {

namespace {
constexpr int kMaxNameLength = 24;

bool isNameCharacter(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.';
}
} // namespace

QString clientNameFromUserAgent(const QByteArray &userAgent)
{
    // The first product token ("name/version"), as RFC 9110 orders them: the client itself.
    const QByteArray trimmed = userAgent.trimmed();
    qsizetype end = 0;
    while (end < trimmed.size() && trimmed.at(end) != '/' && trimmed.at(end) != ' ' && trimmed.at(end) != '\t')
        ++end;
    QByteArray product;
    for (char c : trimmed.left(end).toLower()) {
        if (isNameCharacter(c))
            product.append(c);
        if (product.size() == kMaxNameLength)
            break;
    }
    if (product == "mozilla")
        return QStringLiteral("browser");
    if (product == "undici") // Node's built-in fetch
        return QStringLiteral("node");
    return QString::fromLatin1(product);
}

QString senderNameFromSource(const QString &source)
{
    const qsizetype colon = source.indexOf(QLatin1Char(':'));
    if (colon >= 0 && colon + 1 < source.size())
        return source.mid(colon + 1).left(kMaxNameLength);
    return source.left(colon >= 0 ? colon : source.size());
}

} // namespace bb
