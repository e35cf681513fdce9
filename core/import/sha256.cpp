#include "sha256.h"

#include <algorithm>
#include <cstring>

#if defined(__GNUC__) && (defined(__x86_64__) || defined(__i386__))
#define HUDDLE_X86_SHA 1
#include <cpuid.h>
#include <immintrin.h>
#endif

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

constexpr Sha256::State kInitialState = {0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,
                                         0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19};

constexpr std::uint32_t rotr(std::uint32_t x, int n)
{
    return (x >> n) | (x << (32 - n));
}

void compressPortable(Sha256::State &state, const std::uint8_t *block)
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

#ifdef HUDDLE_X86_SHA
bool cpuHasShaExtensions()
{
    unsigned eax = 0, ebx = 0, ecx = 0, edx = 0;
    if (!__get_cpuid(1, &eax, &ebx, &ecx, &edx) || !(ecx & bit_SSSE3) || !(ecx & bit_SSE4_1))
        return false;
    return __get_cpuid_count(7, 0, &eax, &ebx, &ecx, &edx) && (ebx & bit_SHA);
}

// The same compression with the SHA extensions: SHA256RNDS2 does two rounds, SHA256MSG1/2
// extend the message schedule four words at a time. The instructions keep the eight state
// words as ABEF and CDGH, hence the shuffles in and out.
__attribute__((target("sha,sse4.1,ssse3"))) void compressShaExtensions(Sha256::State &state,
                                                                       const std::uint8_t *block)
{
    const __m128i bigEndian = _mm_set_epi64x(0x0c0d0e0f08090a0bULL, 0x0405060700010203ULL);
    __m128i dcba = _mm_shuffle_epi32(_mm_loadu_si128(reinterpret_cast<const __m128i *>(state.data())), 0xB1);
    __m128i hgfe = _mm_shuffle_epi32(_mm_loadu_si128(reinterpret_cast<const __m128i *>(state.data() + 4)), 0x1B);
    __m128i abef = _mm_alignr_epi8(dcba, hgfe, 8);
    __m128i cdgh = _mm_blend_epi16(hgfe, dcba, 0xF0);
    const __m128i abefBefore = abef;
    const __m128i cdghBefore = cdgh;
    __m128i w[4]; // words 4g..4g+3 of the schedule, in w[g % 4]
    for (int g = 0; g < 16; ++g) {
        if (g < 4) {
            w[g] = _mm_shuffle_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i *>(block + 16 * g)), bigEndian);
        } else {
            // From the four groups before: w[g % 4] still holds group g - 4.
            const __m128i &minus1 = w[(g + 3) % 4];
            const __m128i &minus2 = w[(g + 2) % 4];
            __m128i next = _mm_sha256msg1_epu32(w[g % 4], w[(g + 1) % 4]);
            next = _mm_add_epi32(next, _mm_alignr_epi8(minus1, minus2, 4));
            w[g % 4] = _mm_sha256msg2_epu32(next, minus1);
        }
        __m128i words = _mm_add_epi32(
            w[g % 4], _mm_loadu_si128(reinterpret_cast<const __m128i *>(kRoundConstants + 4 * g)));
        cdgh = _mm_sha256rnds2_epu32(cdgh, abef, words);
        words = _mm_shuffle_epi32(words, 0x0E);
        abef = _mm_sha256rnds2_epu32(abef, cdgh, words);
    }
    abef = _mm_add_epi32(abef, abefBefore);
    cdgh = _mm_add_epi32(cdgh, cdghBefore);
    const __m128i feba = _mm_shuffle_epi32(abef, 0x1B);
    const __m128i dchg = _mm_shuffle_epi32(cdgh, 0xB1);
    _mm_storeu_si128(reinterpret_cast<__m128i *>(state.data()), _mm_blend_epi16(feba, dchg, 0xF0));
    _mm_storeu_si128(reinterpret_cast<__m128i *>(state.data() + 4), _mm_alignr_epi8(dchg, feba, 8));
}
#endif

} // namespace

Sha256::Sha256(Engine engine)
    : m_compress(compressPortable)
    , m_state(kInitialState)
{
#ifdef HUDDLE_X86_SHA
    static const bool shaExtensions = cpuHasShaExtensions();
    if (engine == Engine::Fastest && shaExtensions)
        m_compress = compressShaExtensions;
#else
    (void)engine;
#endif
}

bool Sha256::accelerated() const
{
    return m_compress != compressPortable;
}

void Sha256::addData(const void *data, std::size_t length)
{
    const auto *bytes = static_cast<const std::uint8_t *>(data);
    m_length += length;
    if (length == 0) // nothing to add (and memcpy wants a valid source even for nothing)
        return;
    if (m_buffered > 0) {
        const std::size_t taken = std::min(length, m_block.size() - m_buffered);
        std::memcpy(m_block.data() + m_buffered, bytes, taken);
        m_buffered += taken;
        bytes += taken;
        length -= taken;
        if (m_buffered < m_block.size())
            return;
        m_compress(m_state, m_block.data());
        m_buffered = 0;
    }
    for (; length >= m_block.size(); bytes += m_block.size(), length -= m_block.size())
        m_compress(m_state, bytes);
    std::memcpy(m_block.data(), bytes, length);
    m_buffered = length;
}

Sha256::Digest Sha256::result() const
{
    // The padding: a 1 bit, zeros up to 8 bytes short of a block's end, the length in bits.
    Sha256 last = *this;
    static constexpr std::uint8_t padding[64] = {0x80};
    last.addData(padding, 1 + (119 - m_buffered) % 64);
    std::uint8_t bits[8];
    for (int i = 0; i < 8; ++i)
        bits[i] = std::uint8_t((m_length * 8) >> (56 - 8 * i));
    last.addData(bits, sizeof bits);
    Digest digest;
    for (int i = 0; i < 8; ++i) {
        digest[4 * i] = std::uint8_t(last.m_state[i] >> 24);
        digest[4 * i + 1] = std::uint8_t(last.m_state[i] >> 16);
        digest[4 * i + 2] = std::uint8_t(last.m_state[i] >> 8);
        digest[4 * i + 3] = std::uint8_t(last.m_state[i]);
    }
    return digest;
}

} // namespace huddle::import
