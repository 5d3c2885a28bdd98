#include "sync/store/Uuid7.h"

#include "sync/store/Sodium.h"

#include <QDateTime>

#include <sodium.h>

#include <cstring>

namespace zs {

QString Uuid7::create(qint64 unixMs)
{
    // Random bytes in batches: one getrandom() per 256 ids instead of one per id.
    thread_local unsigned char pool[16 * 256];
    thread_local std::size_t used = sizeof pool;
    if (used == sizeof pool) {
        Sodium::ensureInitialised();
        randombytes_buf(pool, sizeof pool);
        used = 0;
    }
    unsigned char b[16];
    std::memcpy(b, pool + used, sizeof b);
    sodium_memzero(pool + used, sizeof b);
    used += sizeof b;
    const quint64 ms = static_cast<quint64>(unixMs) & 0xFFFFFFFFFFFFull;
    for (int i = 0; i < 6; ++i)
        b[i] = static_cast<unsigned char>(ms >> (40 - 8 * i));
    b[6] = static_cast<unsigned char>(0x70 | (b[6] & 0x0F)); // version 7
    b[8] = static_cast<unsigned char>(0x80 | (b[8] & 0x3F)); // RFC 4122 variant
    static const char hex[] = "0123456789abcdef";
    char text[36];
    int at = 0;
    for (int i = 0; i < 16; ++i) {
        if (i == 4 || i == 6 || i == 8 || i == 10)
            text[at++] = '-';
        text[at++] = hex[b[i] >> 4];
        text[at++] = hex[b[i] & 0x0F];
    }
    return QString::fromLatin1(text, sizeof text);
}

QString Uuid7::create()
{
    return create(QDateTime::currentMSecsSinceEpoch());
}

} // namespace zs
