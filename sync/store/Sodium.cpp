#include "sync/store/Sodium.h"

#include <sodium.h>

#include <cstdio>
#include <cstdlib>

namespace zs {

void Sodium::ensureInitialised()
{
    static const bool initialised = [] {
        if (sodium_init() < 0) {
            std::fputs("zhaoshang: libsodium failed to initialise\n", stderr);
            std::abort();
        }
        return true;
    }();
    (void)initialised;
}

} // namespace zs
