#include "customerkey.h"

#include <QtEndian>

namespace huddle::import {

CustomerKeyHasher::CustomerKeyHasher(QByteArray key)
    : m_hmac(key)
{
}

QString CustomerKeyHasher::normalize(QStringView identifier)
{
    const QStringView trimmed = identifier.trimmed();
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
    char phone[64];
    std::size_t length = 0;
    const QStringView trimmed = identifier.trimmed();
    for (const QChar c : trimmed) {
        const char16_t u = c.unicode();
        if (u >= u'0' && u <= u'9') {
            if (length == sizeof phone)
                return keyOf(normalize(identifier).toUtf8());
            phone[length++] = char(u);
        } else if (u == u'+' && length == 0) {
            phone[length++] = '+';
        } else if (!(u == u' ' || u == u'-' || u == u'(' || u == u')' || u == u'.' || u == u'/' || u == u'\t')) {
            return keyOf(normalize(identifier).toUtf8()); // e-mail, other text, non-ASCII
        }
    }
    if (length == 0)
        return keyOf(normalize(identifier).toUtf8());
    return keyOf(QByteArrayView(phone, qsizetype(length)));
}

qint64 CustomerKeyHasher::keyOf(QByteArrayView normalized) const
{
    const HmacSha256::Digest mac = m_hmac.mac(normalized.data(), std::size_t(normalized.size()));
    return qFromBigEndian<qint64>(mac.data());
}

} // namespace huddle::import
