#pragma once

// Shared by Huddle's data generators: a fast deterministic PRNG, the canonical CSV headers,
// and timestamp formatting with the zone's offset (the form docs/formats.md documents).

#include <QByteArray>
#include <QDateTime>
#include <QTimeZone>

#include <cmath>
#include <cstdint>

namespace huddle::bench {

// splitmix64: tiny, fast, good enough for synthetic data, and the same sequence everywhere.
class Random
{
public:
    explicit Random(std::uint64_t seed)
        : m_state(seed)
    {
    }
    std::uint64_t next()
    {
        std::uint64_t z = (m_state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    double uniform() { return double(next() >> 11) * (1.0 / 9007199254740992.0); } // [0, 1)
    int between(int low, int high) { return low + int(next() % std::uint64_t(high - low + 1)); }
    bool chance(double p) { return uniform() < p; }
    // Exponential with the given mean: waits, gaps between contacts.
    double exponential(double mean) { return -mean * std::log(1.0 - uniform()); }
    // Log-normal around a median with a spread factor: handle times.
    double logNormal(double median, double sigma)
    {
        const double u1 = std::max(uniform(), 1e-12), u2 = uniform();
        const double normal = std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * M_PI * u2);
        return median * std::exp(sigma * normal);
    }
    template<typename T, size_t N>
    const T &pick(const T (&items)[N])
    {
        return items[next() % N];
    }

private:
    std::uint64_t m_state;
};

inline const QByteArray kInteractionsHeader =
    "contact_id,started_at,channel,direction,queue,agent_id,team,customer_id,wait_s,answered,abandoned,talk_s,"
    "hold_s,acw_s,transferred,resolved,reason,first_response_s,proactive,sentiment,transcript\n";

// 2026-09-07T08:15:02+02:00: local wall-clock time with the zone's offset at that instant.
inline QByteArray isoWithOffset(const QDateTime &local)
{
    return local.toOffsetFromUtc(local.offsetFromUtc()).toString(Qt::ISODate).toUtf8();
}

} // namespace huddle::bench
