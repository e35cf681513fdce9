#pragma once

#include "kpifacts.h"

#include <common/localday.h>

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QTimeZone>

#include <limits>
#include <optional>

namespace huddle::store {

class Store;

// The UTC span a KPI query reads: contacts from fromUtc until toUtc + contactTail (the
// tail lets FCR see the repeats of the last contacts), surveys, QA and pulses of the span.
struct FactRange
{
    qint64 fromUtc = std::numeric_limits<qint64>::min();
    qint64 toUtc = std::numeric_limits<qint64>::max(); // exclusive
    qint64 contactTailSeconds = 0;

    bool operator==(const FactRange &) const = default;
    bool isUnbounded() const
    {
        return fromUtc == std::numeric_limits<qint64>::min() && toUtc == std::numeric_limits<qint64>::max();
    }
};

// The survey answer about a row's contact: scores that were answered, and the comment.
struct SurveyAnswer
{
    std::optional<int> csat;
    int csatScale = 5;
    std::optional<int> nps;
    std::optional<int> ces;
    int cesScale = 5;
    QString comment;
};

// One row behind a figure, as a drill-down lists it.
struct FactRow
{
    QString table; // interactions, surveys, qa_evaluations, engagement
    QString source;
    QString id;    // contact id, or the evaluation id, or the pulse's agent
    QString contactId;
    QDateTime at;
    QString agentId;
    QString channel;
    QString queue;
    QString reason; // the contact's reason
    // The survey of the contact (the row itself for surveys), where there is one; pulses
    // have none.
    std::optional<SurveyAnswer> survey;
};

// Reads what the KPI engine computes from, in a few scans (all SQL of the KPI engine lives
// here).
class KpiFactReader
{
    Q_DECLARE_TR_FUNCTIONS(KpiFactReader)

public:
    explicit KpiFactReader(Store &store);

    std::optional<KpiFacts> read(const FactRange &range, const QTimeZone &zone, QString *error);
    // The rows with these ids (of KpiFacts' rowId), in the given order, each with its
    // contact's survey answer.
    QList<FactRow> describe(const QString &table, const QList<qint64> &rowIds, QString *error);

private:
    bool readContacts(KpiFacts &facts, const FactRange &range, QString *error);
    bool readSurveys(KpiFacts &facts, const FactRange &range, QString *error);
    bool readQa(KpiFacts &facts, const FactRange &range, QString *error);
    bool readEngagement(KpiFacts &facts, const FactRange &range, LocalDayConverter &days, QString *error);
    bool readCustomers(KpiFacts &facts, QString *error);
    bool readSummaries(KpiFacts &facts, const FactRange &range, QString *error);
    bool readRoster(QHash<quint16, quint16> &teamOfAgent, KpiFacts &facts, QString *error);

    Store &m_store;
};

} // namespace huddle::store
