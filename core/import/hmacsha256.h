#pragma once

#include <QByteArray>

#include <array>
#include <cstdint>

namespace huddle::import {

// HMAC-SHA256 for many short messages under one key. The key's inner and outer pad blocks
// are compressed once, here; each message then costs two SHA-256 compressions and no
// allocation, where QMessageAuthenticationCode redoes all four and allocates. Equal to
// QMessageAuthenticationCode(Sha256) for every input (tested).
class HmacSha256
{
public:
    using Digest = std::array<std::uint8_t, 32>;

    explicit HmacSha256(const QByteArray &key);
    Digest mac(const char *data, std::size_t length) const;

private:
    using State = std::array<std::uint32_t, 8>;
    static void compress(State &state, const std::uint8_t *block);
    static Digest finish(State state, const std::uint8_t *data, std::size_t length, std::uint64_t prefixBytes);

    State m_inner{};
    State m_outer{};
};

} // namespace huddle::import
