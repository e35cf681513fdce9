#pragma once

#include "hmacsha256.h"

#include <QByteArray>
#include <QString>

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

    HmacSha256 m_hmac;
};

} // namespace huddle::import
