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
    const QString normalized = normalize(identifier);
    const auto known = m_recent.constFind(normalized);
    if (known != m_recent.constEnd())
        return *known;
    const QByteArray utf8 = normalized.toUtf8();
    const HmacSha256::Digest mac = m_hmac.mac(utf8.constData(), std::size_t(utf8.size()));
    const qint64 key = qFromBigEndian<qint64>(mac.data());
    if (m_recent.size() >= kMaxRecent)
        m_recent.clear();
    m_recent.insert(normalized, key);
    return key;
}

} // namespace huddle::import
