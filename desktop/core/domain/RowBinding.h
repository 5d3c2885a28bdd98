#pragma once

#include "sync/store/Statement.h"

#include <QDate>
#include <QString>

#include <optional>

namespace zs::rows {

// Small helpers shared by the repositories: NOT NULL text columns get '' for a null QString, optional numbers
// become SQL NULL, dates are ISO text.
inline QString text(const QString& s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

inline void bindOptional(Statement& stmt, int index, const std::optional<double>& value)
{
    if (value)
        stmt.bind(index, *value);
    else
        stmt.bindNull(index);
}

inline std::optional<double> optionalReal(const Statement& stmt, int column)
{
    if (stmt.isNull(column))
        return std::nullopt;
    return stmt.real(column);
}

inline QString isoDate(const QDate& date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

} // namespace zs::rows
