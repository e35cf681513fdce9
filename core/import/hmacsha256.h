#pragma once

#include "sha256.h"

#include <QByteArray>

namespace huddle::import {

// HMAC-SHA256 for many short messages under one key. The key's inner and outer pad blocks
// are hashed once, here; each message then costs two SHA-256 compressions and no
// allocation, where QMessageAuthenticationCode redoes all four and allocates. Equal to
// QMessageAuthenticationCode(Sha256) for every input (tested).
class HmacSha256
{
public:
    using Digest = Sha256::Digest;
    using Engine = Sha256::Engine;

    explicit HmacSha256(const QByteArray &key, Engine engine = Engine::Fastest);
    Digest mac(const char *data, std::size_t length) const;
    // Whether this instance uses the CPU's SHA instructions.
    bool accelerated() const { return m_inner.accelerated(); }

private:
    Sha256 m_inner; // after the key's inner pad block
    Sha256 m_outer; // after its outer pad block
};

} // namespace huddle::import
