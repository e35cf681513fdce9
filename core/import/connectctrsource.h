#pragma once

#include <QCoreApplication>

#include "customerkey.h"
#include "localtime.h"
#include "recordsource.h"

#include <QJsonObject>

namespace huddle::import {

// Amazon Connect contact trace records: one JSON object, a JSON array of them, or JSON
// lines. CTRs can be delivered more than once; the one with the latest LastUpdateTimestamp
// wins (AWS's data-model advice). AHT's parts are the agent's interaction, customer hold
// and after-contact work; the wait is the queue duration.
class ConnectCtrSource final : public RecordSource
{
    Q_DECLARE_TR_FUNCTIONS(ConnectCtrSource)

public:
    ConnectCtrSource(const QString &path, Mapping mapping, LocalTimeConverter &zone, const CustomerKeyHasher &hasher);

    QList<Problem> openProblems() const override { return m_openProblems; }
    bool next(Record &out, bool *accepted, QList<Problem> &problems) override;
    double progress() const override;
    Mapping effectiveMapping() const override { return m_mapping; }

private:
    struct Ctr
    {
        qint64 line = 0;
        QJsonObject object;
    };
    void load(const QString &path);
    bool toRecord(const Ctr &ctr, Record &out, QList<Problem> &problems) const;

    QString m_path;
    Mapping m_mapping;
    LocalTimeConverter &m_zone;
    const CustomerKeyHasher &m_hasher;
    QList<Ctr> m_ctrs;
    qsizetype m_next = 0;
    QList<Problem> m_openProblems;
};

} // namespace huddle::import
