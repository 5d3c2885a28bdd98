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

// yyyy-MM-dd, as QDate::toString(Qt::ISODate) writes it (which formats through QString::asprintf: slow in bulk).
inline QString isoDate(const QDate& date)
{
    if (!date.isValid())
        return QString();
    int year = 0, month = 0, day = 0;
    date.getDate(&year, &month, &day);
    if (year < 0 || year > 9999)
        return date.toString(Qt::ISODate);
    char text[10] = {'0', '0', '0', '0', '-', '0', '0', '-', '0', '0'};
    const auto digits = [&text](int at, int value, int width) {
        for (int i = width - 1; i >= 0; --i, value /= 10)
            text[at + i] = static_cast<char>('0' + value % 10);
    };
    digits(0, year, 4);
    digits(5, month, 2);
    digits(8, day, 2);
    return QString::fromLatin1(text, sizeof text);
}

} // namespace zs::rows
