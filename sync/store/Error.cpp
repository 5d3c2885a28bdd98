#include "sync/store/Error.h"

namespace zs {

QString Error::toString() const
{
    return detail.isEmpty() ? message : message + QStringLiteral(" (") + detail + QLatin1Char(')');
}

Error makeError(ErrorCode code, QString message, QString detail)
{
    return Error{code, std::move(message), std::move(detail), {}};
}

} // namespace zs
