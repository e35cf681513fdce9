#pragma once

#include <QCoreApplication>

#include "csvreader.h"
#include "customerkey.h"
#include "localtime.h"
#include "recordsource.h"

#include <QFile>
#include <QHash>
#include <QQueue>

#include <memory>

namespace huddle::import {

// Asterisk's queue_log turned into one interaction per queued call. Reads the raw pipe form
// (epoch|callid|queue|agent|EVENT|data...), PBXware's SQL-table export (date_time, callid,
// queue_name, type, event, param1..3, htime, ttime, ...) and the generic SQL-table form
// (time, callid, queuename, agent, event, data1..data5).
//
// A call starts at ENTERQUEUE (caller id, queue, time); CONNECT answers it (agent, wait);
// COMPLETEAGENT/COMPLETECALLER end it (talk); a TRANSFER, ATTENDEDTRANSFER or BLINDTRANSFER
// ends it as transferred; ABANDON and EXITWITH*/EXITEMPTY end it unanswered. Ringing, agent
// and queue housekeeping and outbound calls are not queue calls and are skipped. Agents are
// named by their extension ("Agent/1141" and "SIP/1141" are agent 1141).
class QueueLogSource final : public RecordSource
{
    Q_DECLARE_TR_FUNCTIONS(QueueLogSource)

public:
    QueueLogSource(const QString &path, Mapping mapping, LocalTimeConverter &zone, const CustomerKeyHasher &hasher);

    QList<Problem> openProblems() const override { return m_openProblems; }
    bool next(Record &out, bool *accepted, QList<Problem> &problems) override;
    double progress() const override;
    Mapping effectiveMapping() const override { return m_mapping; }

private:
    enum class Form { Raw, Pbxware, SqlTable };
    struct Event
    {
        qint64 line = 0;
        qint64 time = 0;
        QString callId;
        QString queue;
        QString agent;
        QString name;
        QString callerId;
        std::optional<double> wait;
        std::optional<double> talk;
    };
    struct Call
    {
        QString callId;
        qint64 line = 0;
        qint64 startedAt = 0;
        QString queue;
        QString callerId;
        QString agent;
        bool answered = false;
        bool abandoned = false;
        bool transferred = false;
        std::optional<double> wait;
        std::optional<double> talk;
    };

    bool readEvent(Event &event, QList<Problem> &problems, bool *ok);
    bool readRawEvent(Event &event, QList<Problem> &problems, bool *ok);
    bool readTableEvent(Event &event, QList<Problem> &problems, bool *ok);
    void apply(const Event &event);
    void finish(const QString &callId);
    Record toRecord(const Call &call) const;

    QString m_path;
    Mapping m_mapping;
    LocalTimeConverter &m_zone;
    const CustomerKeyHasher &m_hasher;
    Form m_form = Form::Raw;
    QFile m_file;
    std::unique_ptr<CsvReader> m_table;
    QHash<QString, int> m_columns; // table forms: normalized header -> index
    qint64 m_line = 0;
    QHash<QString, Call> m_open;
    QQueue<Call> m_finished;
    bool m_atEnd = false;
    QList<Problem> m_openProblems;
};

} // namespace huddle::import
