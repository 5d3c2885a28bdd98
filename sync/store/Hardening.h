#pragma once

#include <QString>

namespace zs {

class Hardening
{
public:
    // Disables core dumps (RLIMIT_CORE = 0, PR_SET_DUMPABLE = 0) so keys never land in a crash file.
    static void disableCoreDumps();
    // Runs the start-up self-test: the linked SQLite must be SQLCipher. Returns its version, empty on failure.
    static QString sqlcipherVersion();
};

} // namespace zs
