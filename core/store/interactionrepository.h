#pragma once

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace huddle::store {

class Store;

// One interaction as the UI lists it. The customer is never part of it: only its key exists.
struct InteractionRow
{
    QString source;
    QString contactId;
    QDateTime startedAt; // invalid when the export had no time
    QString channel;
    QString queue;
    QString agentId;
    QString team;
    QString reason;
    std::optional<double> waitSeconds;
    std::optional<double> talkSeconds;
    std::optional<bool> answered;
    std::optional<bool> transferred;
    std::optional<bool> resolved;
    qint64 importId = 0;
};

struct StoreCounts
{
    qint64 interactions = 0;
    qint64 surveys = 0;
    qint64 qaEvaluations = 0;
    qint64 agents = 0;
    qint64 engagement = 0;
    qint64 customers = 0;
    qint64 summaryRows = 0;
    qint64 imports = 0;
};

class InteractionRepository
{
public:
    explicit InteractionRepository(Store &store);

    StoreCounts counts() const;
    // Newest first.
    QList<InteractionRow> page(qint64 offset, int limit) const;
    // The first and last contact's start (UTC seconds); none in a store without contacts.
    std::optional<std::pair<qint64, qint64>> startedSpan() const;
    // Agent id → name, from the roster imports (agents without a name are left out).
    QHash<QString, QString> agentNames() const;

private:
    Store &m_store;
};

} // namespace huddle::store
