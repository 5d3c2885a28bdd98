#include "sync/store/SqliteMemory.h"

#include <sqlite3.h>

#include <cstdlib>
#include <cstring>
#include <atomic>
#include <mutex>
#include <thread>

namespace zs {

namespace {
// Each block carries its size in an 8-byte header (SQLite needs xSize; the wipe needs the length).
constexpr std::size_t kHeader = 8;

// SQLite keeps a statement's undo copies of the pages it changes (its statement journal, needed by every insert into
// a table with a capture trigger inside a transaction) in memory, in blocks of exactly this size: a dozen pages, five
// blocks each, allocated and freed for every such statement. Freed blocks of that size, already wiped, are kept for
// the next statement instead of going back to malloc (a visit's insert spent a fifth of its time in malloc and free).
constexpr int kJournalBlock = 1024;
constexpr int kKeptBlocks = 512; // 512 KiB at most: more than a statement of a hundred pages uses

struct BlockPool
{
    std::atomic_flag busy = ATOMIC_FLAG_INIT; // held for a few instructions: a spin lock
    int count = 0;
    unsigned char* blocks[kKeptBlocks];
};

class PoolLock
{
public:
    explicit PoolLock(BlockPool& pool)
        : m_pool(pool)
    {
        while (m_pool.busy.test_and_set(std::memory_order_acquire))
            std::this_thread::yield();
    }
    ~PoolLock() { m_pool.busy.clear(std::memory_order_release); }
    PoolLock(const PoolLock&) = delete;
    PoolLock& operator=(const PoolLock&) = delete;

private:
    BlockPool& m_pool;
};

BlockPool& pool()
{
    static auto* kept = new BlockPool; // never destroyed: SQLite may free memory while the process exits
    return *kept;
}

unsigned char* takeKept()
{
    BlockPool& p = pool();
    PoolLock locked(p);
    return p.count > 0 ? p.blocks[--p.count] : nullptr;
}

bool keep(unsigned char* block)
{
    BlockPool& p = pool();
    PoolLock locked(p);
    if (p.count == kKeptBlocks)
        return false;
    p.blocks[p.count++] = block;
    return true;
}

void* wipingMalloc(int size)
{
    if (size <= 0)
        return nullptr;
    if (size == kJournalBlock) {
        if (unsigned char* block = takeKept())
            return block + kHeader; // its header already says kJournalBlock
    }
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
    const int size = wipingSize(p);
    unsigned char* block = static_cast<unsigned char*>(p) - kHeader;
    explicit_bzero(p, static_cast<std::size_t>(size));
    if (size == kJournalBlock && keep(block))
        return;
    std::free(block);
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
        // No count of SQLite's memory in use (nothing here reads it): the count takes a global mutex around every
        // malloc and free.
        sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
    });
}

} // namespace zs
