#include "hmacsha256.h"

namespace huddle::import {

HmacSha256::HmacSha256(const QByteArray &key, Engine engine)
    : m_inner(engine)
    , m_outer(engine)
{
    std::uint8_t block[64] = {};
    if (key.size() > 64) {
        Sha256 keyHash(engine);
        keyHash.addData(key.constData(), std::size_t(key.size()));
        const Digest digest = keyHash.result();
        std::copy(digest.begin(), digest.end(), block);
    } else {
        std::copy(key.begin(), key.end(), block);
    }
    std::uint8_t inner[64], outer[64];
    for (int i = 0; i < 64; ++i) {
        inner[i] = block[i] ^ 0x36;
        outer[i] = block[i] ^ 0x5c;
    }
    m_inner.addData(inner, sizeof inner);
    m_outer.addData(outer, sizeof outer);
}

HmacSha256::Digest HmacSha256::mac(const char *data, std::size_t length) const
{
    Sha256 inner = m_inner;
    inner.addData(data, length);
    const Digest innerDigest = inner.result();
    Sha256 outer = m_outer;
    outer.addData(innerDigest.data(), innerDigest.size());
    return outer.result();
}

} // namespace huddle::import
