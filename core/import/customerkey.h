#pragma once

#include "hmacsha256.h"

#include <QByteArray>
#include <QHash>
#include <QString>

#include <optional>

namespace huddle::import {

// Customer identifiers (phone numbers, e-mail addresses) never reach the store: they are
// replaced by a keyed hash (HMAC-SHA256 with the store's random key, first 8 bytes), which
// is enough to recognise a returning customer for FCR and useless to anyone without the key.
class CustomerKeyHasher
{
public:
    explicit CustomerKeyHasher(QByteArray key);

    qint64 hash(QStringView identifier) const;

    // Different spellings of one identifier hash alike: e-mail is case-folded, phone numbers
    // keep only digits and a leading +.
    static QString normalize(QStringView identifier);

    // What an error message may show of an identifier: its last two characters.
    static QString mask(QStringView identifier);

private:
    qint64 keyOf(QByteArrayView normalized) const;
    static std::optional<quint64> packedPhone(QByteArrayView number);

    HmacSha256 m_hmac;
    // Customers come back (that is what FCR counts): the key of a phone number seen before is
    // looked up, by the number packed into an integer, instead of computed again. Bounded:
    // emptied when full (some 10 MB).
    mutable QHash<quint64, qint64> m_phoneKeys;
    static constexpr qsizetype kMaxPhoneKeys = 1 << 18;
};

} // namespace huddle::import
