#pragma once

namespace zs {

class Sodium
{
public:
    // Initialises libsodium once per process; aborts when the library cannot start (no safe way on).
    static void ensureInitialised();
};

} // namespace zs
