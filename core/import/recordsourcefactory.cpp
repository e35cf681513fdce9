#include "recordsourcefactory.h"

#include "connectctrsource.h"
#include "queuelogsource.h"
#include "tablerecordsource.h"

namespace huddle::import {

std::unique_ptr<RecordSource> openRecordSource(const QString &path, const Mapping &mapping,
                                               const DialectOverrides &overrides, LocalTimeConverter &zone,
                                               const CustomerKeyHasher &hasher)
{
    if (mapping.format == u"queue_log")
        return std::make_unique<QueueLogSource>(path, mapping, zone, hasher);
    if (mapping.format == u"amazon_connect")
        return std::make_unique<ConnectCtrSource>(path, mapping, zone, hasher);
    return std::make_unique<TableRecordSource>(path, mapping, overrides, zone, hasher);
}

} // namespace huddle::import
