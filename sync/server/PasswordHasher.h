#pragma once

#include <QByteArray>

#include <condition_variable>
#include <mutex>

namespace zs::hq {

// Password hashing for every storage backend: Argon2id (libsodium crypto_pwhash_str, ops 3, 64 MiB); a backend
// stores only the string hash() returns. Deliberately slow, so it never runs inside a storage call or under
// HqService's lock; at most kMaxConcurrentHashes verifications run at once so a login storm cannot exhaust memory.
class PasswordHasher
{
public:
    static constexpr int kMaxConcurrentHashes = 2;

    // Empty when libsodium cannot allocate the memory.
    static QByteArray hash(const QByteArray& password);
    // Verifies; an empty `stored` (no such account) is checked against a dummy hash, so the answer takes as long
    // either way, and is false. `rehash` set when the stored parameters are weaker than today's.
    bool verify(const QByteArray& stored, const QByteArray& password, bool* rehash);

private:
    std::mutex m_mutex;
    std::condition_variable m_free;
    int m_running = 0;
};

} // namespace zs::hq
