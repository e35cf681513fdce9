#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>

namespace huddle::store {

class Store;

struct SnapshotChunk
{
    QString part;
    qint64 chunk = 0;
    QByteArray data;
};

// The kpi_snapshot table: opaque chunks of the KPI fact cache, and the import history they
// were made from. All its SQL is here; what the bytes mean is core/kpi/factcache's business.
class SnapshotRepository
{
    Q_DECLARE_TR_FUNCTIONS(SnapshotRepository)

public:
    explicit SnapshotRepository(Store &store);

    // Changes whenever an import completes or is undone: the only ways data changes.
    QString dataFingerprint(QString *error) const;
    QString storedFingerprint() const;
    // Replaces every chunk and records the fingerprint, in one transaction.
    bool replace(const QList<SnapshotChunk> &chunks, const QString &fingerprint, QString *error);
    // Calls visit for each chunk of the part within [first, last], in chunk order.
    bool read(const QString &part, qint64 first, qint64 last,
              const std::function<void(qint64 chunk, QByteArrayView data)> &visit, QString *error) const;

private:
    Store &m_store;
};

} // namespace huddle::store
