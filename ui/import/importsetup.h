#pragma once

#include <import/importer.h>

namespace huddle::ui {

// What the wizard's pages have chosen so far; the last pages turn it into a request.
struct ImportSetup
{
    QString storePath;
    QString file;
    import::Kind kind = import::Kind::Interactions;
    import::DialectOverrides dialect;
    import::Mapping mapping = import::Mapping::canonical(import::Kind::Interactions);
    import::OnError onError = import::OnError::Reject;

    import::ImportRequest request(bool dryRun) const
    {
        import::ImportRequest r;
        r.file = file;
        r.kind = kind;
        r.mapping = mapping;
        r.onError = onError;
        r.dryRun = dryRun;
        r.dialect = dialect;
        return r;
    }
};

} // namespace huddle::ui
