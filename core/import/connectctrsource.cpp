#include "connectctrsource.h"

#include "valueparsers.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace huddle::import {

namespace {


qint64 lineAt(const QByteArray &bytes, qsizetype offset)
{
    return bytes.left(offset).count('\n') + 1;
}

QJsonValue path(const QJsonObject &object, std::initializer_list<const char *> keys)
{
    QJsonValue value = object;
    for (const char *key : keys)
        value = value.toObject().value(QLatin1String(key));
    return value;
}

QString channelName(const QString &channel)
{
    const QString lower = channel.toLower();
    return lower == u"voice" ? QStringLiteral("voice") : lower;
}

} // namespace

ConnectCtrSource::ConnectCtrSource(const QString &path, Mapping mapping, LocalTimeConverter &zone,
                                   const CustomerKeyHasher &hasher)
    : m_path(path)
    , m_mapping(std::move(mapping))
    , m_zone(zone)
    , m_hasher(hasher)
{
    load(path);
}

void ConnectCtrSource::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_openProblems.append({path, 0, 0, tr("cannot open the file: %1").arg(file.errorString()), {}});
        return;
    }
    const QByteArray bytes = file.readAll();
    QList<Ctr> found;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error == QJsonParseError::NoError) {
        if (document.isObject()) {
            found.append({1, document.object()});
        } else {
            const QJsonArray array = document.array();
            for (const QJsonValue &value : array)
                found.append({1, value.toObject()});
        }
    } else {
        // JSON lines: one record per line, as Kinesis Firehose delivers them.
        qsizetype start = 0;
        qint64 line = 1;
        bool linesOk = true;
        while (start < bytes.size() && linesOk) {
            qsizetype end = bytes.indexOf('\n', start);
            if (end < 0)
                end = bytes.size();
            const QByteArray text = bytes.mid(start, end - start).trimmed();
            if (!text.isEmpty()) {
                QJsonParseError lineError;
                const QJsonDocument lineDocument = QJsonDocument::fromJson(text, &lineError);
                linesOk = lineError.error == QJsonParseError::NoError && lineDocument.isObject();
                if (linesOk)
                    found.append({line, lineDocument.object()});
            }
            start = end + 1;
            ++line;
        }
        if (!linesOk || found.isEmpty()) {
            m_openProblems.append({path, lineAt(bytes, error.offset), 0,
                                   tr("not Amazon Connect contact records: %1").arg(error.errorString()), {}});
            return;
        }
    }
    // Keep one record per ContactId: the latest update.
    QHash<QString, qsizetype> indexById;
    for (const Ctr &ctr : std::as_const(found)) {
        const QString id = ctr.object.value(QLatin1String("ContactId")).toString();
        const auto known = indexById.constFind(id);
        if (id.isEmpty() || known == indexById.constEnd()) {
            indexById.insert(id, m_ctrs.size());
            m_ctrs.append(ctr);
        } else if (ctr.object.value(QLatin1String("LastUpdateTimestamp")).toString()
                   >= m_ctrs[*known].object.value(QLatin1String("LastUpdateTimestamp")).toString()) {
            m_ctrs[*known] = ctr; // ISO 8601 UTC timestamps sort as text
        }
    }
}

double ConnectCtrSource::progress() const
{
    return m_ctrs.isEmpty() ? 1.0 : double(m_next) / double(m_ctrs.size());
}

bool ConnectCtrSource::toRecord(const Ctr &ctr, Record &out, QList<Problem> &problems) const
{
    const QJsonObject &o = ctr.object;
    out = recordWithConstants(m_mapping, ctr.line);
    const auto set = [&out](const char *field, const QVariant &value) {
        if (!value.isNull())
            setField(out, Kind::Interactions, QLatin1String(field), value);
    };
    const auto number = [](const QJsonValue &v) { return v.isDouble() ? QVariant(v.toDouble()) : QVariant(); };

    const QString id = o.value(QLatin1String("ContactId")).toString();
    const QString initiated = o.value(QLatin1String("InitiationTimestamp")).toString();
    const auto startedAt = parse::timestamp(initiated, DateOrder::Auto, m_zone);
    if (id.isEmpty() || !startedAt) {
        problems.append({m_path, ctr.line, 0,
                         id.isEmpty() ? tr("a contact record has no ContactId")
                                      : tr("InitiationTimestamp: expected a date and time"),
                         initiated});
        return false;
    }
    set("contact_id", id);
    set("started_at", *startedAt);
    set("channel", channelName(o.value(QLatin1String("Channel")).toString()));
    const QString method = o.value(QLatin1String("InitiationMethod")).toString();
    set("direction", method == u"OUTBOUND" ? QStringLiteral("outbound") : QStringLiteral("inbound"));
    const QJsonValue queue = o.value(QLatin1String("Queue"));
    const QJsonValue agent = o.value(QLatin1String("Agent"));
    if (queue.isObject())
        set("queue", queue.toObject().value(QLatin1String("Name")).toString());
    const bool answered = agent.isObject() && !agent.toObject().value(QLatin1String("ConnectedToAgentTimestamp")).isNull();
    if (agent.isObject()) {
        set("agent_id", agent.toObject().value(QLatin1String("Username")).toString());
        const QString team = path(o, {"Agent", "HierarchyGroups", "Level1", "GroupName"}).toString();
        if (!team.isEmpty())
            set("team", team);
        set("talk_s", number(agent.toObject().value(QLatin1String("AgentInteractionDuration"))));
        set("hold_s", number(agent.toObject().value(QLatin1String("CustomerHoldDuration"))));
        set("acw_s", number(agent.toObject().value(QLatin1String("AfterContactWorkDuration"))));
    }
    const QString customer = path(o, {"CustomerEndpoint", "Address"}).toString();
    if (!customer.isEmpty())
        set("customer_id", m_hasher.hash(customer));
    if (queue.isObject())
        set("wait_s", number(queue.toObject().value(QLatin1String("Duration"))));
    set("answered", answered);
    set("abandoned", queue.isObject() && !answered);
    const bool transferred = !o.value(QLatin1String("TransferCompletedTimestamp")).isNull()
        && !o.value(QLatin1String("TransferCompletedTimestamp")).isUndefined();
    set("transferred", transferred || o.value(QLatin1String("TransferredToEndpoint")).isObject());
    return true;
}

bool ConnectCtrSource::next(Record &out, bool *accepted, QList<Problem> &problems)
{
    if (m_next >= m_ctrs.size())
        return false;
    *accepted = toRecord(m_ctrs[m_next++], out, problems);
    return true;
}

} // namespace huddle::import
