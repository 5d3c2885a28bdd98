#include "sync/store/SqliteMemory.h"

#include <sqlite3.h>

#include <cstdlib>
#include <cstring>
#include <mutex>

namespace zs {

namespace {
// Each block carries its size in an 8-byte header (SQLite needs xSize; the wipe needs the length).
constexpr std::size_t kHeader = 8;

void* wipingMalloc(int size)
{
    if (size <= 0)
        return nullptr;
    auto* block = static_cast<unsigned char*>(std::malloc(kHeader + static_cast<std::size_t>(size)));
    if (!block)
        return nullptr;
    const sqlite3_int64 n = size;
    std::memcpy(block, &n, sizeof n);
    return block + kHeader;
}

int wipingSize(void* p)
{
    if (!p)
        return 0;
    sqlite3_int64 n = 0;
    std::memcpy(&n, static_cast<unsigned char*>(p) - kHeader, sizeof n);
    return static_cast<int>(n);
}

void wipingFree(void* p)
{
    if (!p)
        return;
    explicit_bzero(p, static_cast<std::size_t>(wipingSize(p)));
    std::free(static_cast<unsigned char*>(p) - kHeader);
}

void* wipingRealloc(void* p, int size)
{
    void* fresh = wipingMalloc(size);
    if (fresh && p)
        std::memcpy(fresh, p, static_cast<std::size_t>(std::min(size, wipingSize(p))));
    if (fresh)
        wipingFree(p);
    return fresh;
}

// Blocks are exactly what was asked for (the header keeps malloc's alignment for the payload).
int roundUp(int n)
{
    return n;
}

int init(void*)
{
    return SQLITE_OK;
}

void shutdown(void*) {}
} // namespace

void SqliteMemory::install()
{
    static std::once_flag once;
    std::call_once(once, [] {
        static const sqlite3_mem_methods methods = {wipingMalloc, wipingFree, wipingRealloc, wipingSize,
                                                    roundUp,      init,       shutdown,      nullptr};
        sqlite3_config(SQLITE_CONFIG_MALLOC, &methods);
    });
}

} // namespace zs
