#include "desktop/core/domain/RepositorySupport.h"

namespace zs::repo {

Error invalid(const QMap<QString, QString>& problems)
{
    Error error = makeError(ErrorCode::Invalid, problems.isEmpty() ? QString() : problems.first());
    error.fields = problems;
    return error;
}

Result<QString> teamScope(Database& db)
{
    auto stmt = db.cached("SELECT value FROM app_meta WHERE key = 'team_scope'");
    if (!stmt.ok())
        return stmt.error();
    auto row = (*stmt)->step();
    if (!row.ok())
        return row.error();
    return row.value() ? (*stmt)->text(0) : QStringLiteral("team:unassigned");
}

} // namespace zs::repo
