#pragma once

#include "desktop/core/registry/RecordKinds.h"
#include "sync/store/Error.h"

#include <QJsonObject>

namespace zs {

class Database;

// One record as JSON, read through its declaration (RecordKinds): `id`, `scope`, every declared field by column
// name (times as ISO 8601 with the offset, booleans as true/false, empty values as null) and, under each detail's
// key, its live detail rows in their order (a lead's `stages`, a visit's `attendees`). `zhaoshang-cli get` prints it.
class RecordJson
{
    Q_DECLARE_TR_FUNCTIONS(RecordJson)

public:
    static Result<QJsonObject> read(Database& db, const KindDecl& kind, const QString& id);
};

} // namespace zs
