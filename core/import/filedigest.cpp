#include "filedigest.h"

#include <QCryptographicHash>
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
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QByteArray chunk(1 << 20, Qt::Uninitialized);
    for (;;) {
        if (m_stop)
            return;
        const qint64 n = file.read(chunk.data(), chunk.size());
        if (n < 0)
            return;
        if (n == 0)
            break;
        hash.addData(QByteArrayView(chunk.constData(), n));
    }
    m_hex = QString::fromLatin1(hash.result().toHex());
}

} // namespace huddle::import
