#include "filedigest.h"

#include "sha256.h"

#include <QFile>

namespace huddle::import {

FileDigest::FileDigest(QString path)
    : m_path(std::move(path))
    , m_thread([this] { run(); })
{
}

FileDigest::~FileDigest()
{
    m_stop = true;
    if (m_thread.joinable())
        m_thread.join();
}

QString FileDigest::result()
{
    if (m_thread.joinable())
        m_thread.join();
    return m_hex;
}

void FileDigest::run()
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return;
    Sha256 hash;
    QByteArray chunk(1 << 20, Qt::Uninitialized);
    for (;;) {
        if (m_stop)
            return;
        const qint64 n = file.read(chunk.data(), chunk.size());
        if (n < 0)
            return;
        if (n == 0)
            break;
        hash.addData(chunk.constData(), std::size_t(n));
    }
    const Sha256::Digest digest = hash.result();
    m_hex = QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(digest.data()), qsizetype(digest.size())).toHex());
}

} // namespace huddle::import
