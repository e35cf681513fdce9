#pragma once

#include <array>
#include <cstddef>
#include <cstdint>

namespace huddle::import {

// SHA-256 (FIPS 180-4), fed in pieces. Ours rather than QCryptographicHash's because an import
// hashes a whole file and an identifier per row: with the CPU's SHA instructions (the x86
// SHA extensions, chosen at run time) it is several times faster. A copy carries on from
// the same point, which HMAC uses to hash its key's pad blocks once.
class Sha256
{
public:
    using Digest = std::array<std::uint8_t, 32>;
    using State = std::array<std::uint32_t, 8>;
    // Fastest uses the SHA instructions where the CPU has them; Portable is plain code everywhere.
    enum class Engine { Fastest, Portable };

    explicit Sha256(Engine engine = Engine::Fastest);

    void addData(const void *data, std::size_t length);
    // The hash of everything added so far (this object can go on taking data).
    Digest result() const;
    // Whether this instance uses the SHA instructions.
    bool accelerated() const;

private:
    using Compress = void (*)(State &state, const std::uint8_t *block);

    Compress m_compress;
    State m_state;
    std::array<std::uint8_t, 64> m_block{};
    std::size_t m_buffered = 0; // bytes of m_block in use
    std::uint64_t m_length = 0; // bytes added
};

} // namespace huddle::import
