#pragma once

#include "customerkey.h"
#include "dialect.h"
#include "localtime.h"
#include "recordsource.h"

#include <memory>

namespace huddle::import {

// The reader for a mapping's format: a mapped table (CSV/XLSX), an Asterisk queue_log, or
// Amazon Connect contact trace records.
std::unique_ptr<RecordSource> openRecordSource(const QString &path, const Mapping &mapping,
                                               const DialectOverrides &overrides, LocalTimeConverter &zone,
                                               const CustomerKeyHasher &hasher);

} // namespace huddle::import
