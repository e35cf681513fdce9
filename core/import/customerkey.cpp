#include "customerkey.h"

#include "trimmedview.h"

#include <QtEndian>

namespace huddle::import {

CustomerKeyHasher::CustomerKeyHasher(QByteArray key)
    : m_hmac(key)
{
}

QString CustomerKeyHasher::normalize(QStringView identifier)
{
    const QStringView trimmed = trimmedView(identifier);
    if (trimmed.contains(u'@'))
        return trimmed.toString().toCaseFolded();
    QString digits;
    bool phoneLike = true;
    for (QChar c : trimmed) {
        if (c.isDigit())
            digits.append(c);
        else if (c == u'+' && digits.isEmpty())
            digits.append(c);
        else if (!(c.isSpace() || c == u'-' || c == u'(' || c == u')' || c == u'.' || c == u'/'))
            phoneLike = false;
    }
    return phoneLike && !digits.isEmpty() ? digits : trimmed.toString();
}

QString CustomerKeyHasher::mask(QStringView identifier)
{
    const QStringView trimmed = identifier.trimmed();
    if (trimmed.size() <= 2)
        return QStringLiteral("***");
    return QStringLiteral("***") + trimmed.right(2);
}

qint64 CustomerKeyHasher::hash(QStringView identifier) const
{
    // A phone number, the usual identifier, is normalised into a buffer on the stack: an
    // import hashes one per row. Anything else goes the general way.
    const auto generalKey = [&] { return keyOf(normalize(identifier).toUtf8()); };
    char phone[64];
    std::size_t length = 0;
    const QStringView trimmed = trimmedView(identifier);
    for (const QChar c : trimmed) {
        const char16_t u = c.unicode();
        if (u >= u'0' && u <= u'9') {
            if (length == sizeof phone)
                return generalKey();
            phone[length++] = char(u);
        } else if (u == u'+' && length == 0) {
            phone[length++] = '+';
        } else if (!(u == u' ' || u == u'-' || u == u'(' || u == u')' || u == u'.' || u == u'/' || u == u'\t')) {
            return generalKey(); // e-mail, other text, non-ASCII
        }
    }
    if (length == 0)
        return generalKey();
    const QByteArrayView number(phone, qsizetype(length));
    const std::optional<quint64> packed = packedPhone(number);
    if (!packed)
        return keyOf(number);
    const auto known = m_phoneKeys.constFind(*packed);
    if (known != m_phoneKeys.constEnd())
        return *known;
    if (m_phoneKeys.size() >= kMaxPhoneKeys)
        m_phoneKeys.clear();
    const qint64 key = keyOf(number);
    m_phoneKeys.insert(*packed, key);
    return key;
}

// A normalised phone number of up to 17 digits as one integer: the digits' value (below
// 2^57), their count (leading zeros count) and whether a + came first.
std::optional<quint64> CustomerKeyHasher::packedPhone(QByteArrayView number)
{
    const bool plus = number.startsWith('+');
    const QByteArrayView digits = plus ? number.sliced(1) : number;
    if (digits.isEmpty() || digits.size() > 17)
        return std::nullopt;
    quint64 value = 0;
    for (const char digit : digits)
        value = value * 10 + quint64(digit - '0');
    return value | quint64(digits.size()) << 57 | quint64(plus) << 62;
}

qint64 CustomerKeyHasher::keyOf(QByteArrayView normalized) const
{
    const HmacSha256::Digest mac = m_hmac.mac(normalized.data(), std::size_t(normalized.size()));
    return qFromBigEndian<qint64>(mac.data());
}

} // namespace huddle::import
