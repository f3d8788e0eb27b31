#include "safetext.h"

namespace bb {

namespace {

bool isHiddenCharacter(char32_t c)
{
    return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200B
        || c == 0x2060 || c == 0xFEFF || c == 0x180E || (c < 0x20 && c != u'\n' && c != u'\t')
        || (c >= 0x7F && c <= 0x9F);
}

bool isJoiner(char16_t c)
{
    return c == 0x200C || c == 0x200D;
}

} // namespace

QString withoutHiddenCharacters(QStringView text)
{
    QString result;
    result.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (c == u'\r') {
            if (i + 1 >= text.size() || text[i + 1] != u'\n')
                result += u'\n';
            continue;
        }
        if (c == 0x2028 || c == 0x2029) {
            result += u'\n';
            continue;
        }
        if (isHiddenCharacter(c))
            continue;
        if (isJoiner(c) && (result.isEmpty() || result.back().unicode() < 0x80))
            continue;
        result += text[i];
    }
    return result;
}

QUrl safeLinkUrl(QStringView url)
{
    const QUrl parsed(url.trimmed().toString(), QUrl::StrictMode);
    if (!parsed.isValid())
        return {};
    const QString scheme = parsed.scheme().toLower();
    if ((scheme == QLatin1String("http") || scheme == QLatin1String("https"))
        && !parsed.host().isEmpty())
        return parsed;
    if (scheme == QLatin1String("mailto") && !parsed.path().isEmpty())
        return parsed;
    return {};
}

QString hrefAttribute(const QUrl &url)
{
    // Fully encoded form has no spaces or quotes; escaping still guards the attribute.
    return QString::fromLatin1(url.toEncoded()).toHtmlEscaped();
}

} // namespace bb
