#pragma once

#include <QString>

namespace zs {

// Row identity made on the device (SYNC.md): UUIDv7, time-ordered so new rows land at the end of indexes.
class Uuid7
{
public:
    // Lower-case canonical text form, 36 characters.
    static QString create(qint64 unixMs);
    static QString create();
};

} // namespace zs
