#pragma once

namespace zs {

// SQLite's allocator for this process: every block is zeroed when freed, so plaintext pages and query results do
// not linger in freed memory after a workspace locks. Installed once, before SQLite initialises.
//
// Why not SQLCipher's `PRAGMA cipher_memory_security`: it also mlock()s every allocation, one system call per
// malloc, which made bulk inserts 8x slower here (docs/DESIGN-NOTES.md has the figures). SQLCipher's own key
// material lives in its private locked heap either way.
class SqliteMemory
{
public:
    static void install();
};

} // namespace zs
