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

    // Fastest uses the CPU's SHA instructions where it has them (x86 SHA extensions: several
    // times faster than plain code); Portable is the plain code everywhere.
    enum class Engine { Fastest, Portable };

    explicit HmacSha256(const QByteArray &key, Engine engine = Engine::Fastest);
    Digest mac(const char *data, std::size_t length) const;
    // Whether this instance uses the SHA instructions.
    bool accelerated() const;

private:
    using State = std::array<std::uint32_t, 8>;
    using Compress = void (*)(State &state, const std::uint8_t *block);

    Digest finish(State state, const std::uint8_t *data, std::size_t length, std::uint64_t prefixBytes) const;

    Compress m_compress;
    State m_inner{};
    State m_outer{};
};

} // namespace huddle::import
