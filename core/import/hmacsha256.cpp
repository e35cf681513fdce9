#include "hmacsha256.h"

#include <QCryptographicHash>

#include <cstring>

namespace huddle::import {

namespace {

constexpr std::uint32_t kRoundConstants[64] = {
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2};

constexpr std::array<std::uint32_t, 8> kInitialState = {0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,
                                                        0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19};

constexpr std::uint32_t rotr(std::uint32_t x, int n)
{
    return (x >> n) | (x << (32 - n));
}

} // namespace

void HmacSha256::compress(State &state, const std::uint8_t *block)
{
    std::uint32_t w[64];
    for (int i = 0; i < 16; ++i)
        w[i] = std::uint32_t(block[4 * i]) << 24 | std::uint32_t(block[4 * i + 1]) << 16
            | std::uint32_t(block[4 * i + 2]) << 8 | std::uint32_t(block[4 * i + 3]);
    for (int i = 16; i < 64; ++i) {
        const std::uint32_t s0 = rotr(w[i - 15], 7) ^ rotr(w[i - 15], 18) ^ (w[i - 15] >> 3);
        const std::uint32_t s1 = rotr(w[i - 2], 17) ^ rotr(w[i - 2], 19) ^ (w[i - 2] >> 10);
        w[i] = w[i - 16] + s0 + w[i - 7] + s1;
    }
    std::uint32_t a = state[0], b = state[1], c = state[2], d = state[3];
    std::uint32_t e = state[4], f = state[5], g = state[6], h = state[7];
    for (int i = 0; i < 64; ++i) {
        const std::uint32_t t1 = h + (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) + ((e & f) ^ (~e & g))
            + kRoundConstants[i] + w[i];
        const std::uint32_t t2 = (rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) + ((a & b) ^ (a & c) ^ (b & c));
        h = g, g = f, f = e, e = d + t1, d = c, c = b, b = a, a = t1 + t2;
    }
    state[0] += a, state[1] += b, state[2] += c, state[3] += d;
    state[4] += e, state[5] += f, state[6] += g, state[7] += h;
}

// Hashes data after prefixBytes already compressed into state, with SHA-256's padding.
HmacSha256::Digest HmacSha256::finish(State state, const std::uint8_t *data, std::size_t length,
                                      std::uint64_t prefixBytes)
{
    std::size_t offset = 0;
    for (; length - offset >= 64; offset += 64)
        compress(state, data + offset);
    std::uint8_t tail[128] = {};
    const std::size_t rest = length - offset;
    std::memcpy(tail, data + offset, rest);
    tail[rest] = 0x80;
    const std::size_t tailLength = rest + 9 <= 64 ? 64 : 128;
    const std::uint64_t bits = (prefixBytes + length) * 8;
    for (int i = 0; i < 8; ++i)
        tail[tailLength - 1 - i] = std::uint8_t(bits >> (8 * i));
    compress(state, tail);
    if (tailLength == 128)
        compress(state, tail + 64);
    Digest digest;
    for (int i = 0; i < 8; ++i) {
        digest[4 * i] = std::uint8_t(state[i] >> 24);
        digest[4 * i + 1] = std::uint8_t(state[i] >> 16);
        digest[4 * i + 2] = std::uint8_t(state[i] >> 8);
        digest[4 * i + 3] = std::uint8_t(state[i]);
    }
    return digest;
}

HmacSha256::HmacSha256(const QByteArray &key)
{
    QByteArray block = key.size() > 64 ? QCryptographicHash::hash(key, QCryptographicHash::Sha256) : key;
    block.resize(64, '\0');
    std::uint8_t inner[64], outer[64];
    for (int i = 0; i < 64; ++i) {
        inner[i] = std::uint8_t(block[i]) ^ 0x36;
        outer[i] = std::uint8_t(block[i]) ^ 0x5c;
    }
    m_inner = kInitialState;
    m_outer = kInitialState;
    compress(m_inner, inner);
    compress(m_outer, outer);
}

HmacSha256::Digest HmacSha256::mac(const char *data, std::size_t length) const
{
    const Digest innerDigest = finish(m_inner, reinterpret_cast<const std::uint8_t *>(data), length, 64);
    return finish(m_outer, innerDigest.data(), innerDigest.size(), 64);
}

} // namespace huddle::import
