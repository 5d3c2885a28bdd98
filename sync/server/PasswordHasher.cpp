#include "sync/server/PasswordHasher.h"

#include "sync/store/Sodium.h"

#include <sodium.h>

namespace zs::hq {

namespace {
constexpr unsigned long long kOps = 3;
constexpr std::size_t kMem = 64u * 1024 * 1024;
} // namespace

QByteArray PasswordHasher::hash(const QByteArray& password)
{
    Sodium::ensureInitialised();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(out, password.constData(), quint64(password.size()), kOps, kMem) != 0)
        return {};
    return QByteArray(out);
}

bool PasswordHasher::verify(const QByteArray& stored, const QByteArray& password, bool* rehash)
{
    Sodium::ensureInitialised();
    {
        std::unique_lock lock(m_mutex);
        m_free.wait(lock, [this] { return m_running < kMaxConcurrentHashes; });
        ++m_running;
    }
    static const QByteArray dummy = hash(QByteArrayLiteral("zhaoshang-no-such-account"));
    const QByteArray& hashed = stored.isEmpty() ? dummy : stored;
    const bool ok = crypto_pwhash_str_verify(hashed.constData(), password.constData(), quint64(password.size())) == 0;
    if (rehash)
        *rehash = ok && crypto_pwhash_str_needs_rehash(hashed.constData(), kOps, kMem) != 0;
    {
        std::lock_guard lock(m_mutex);
        --m_running;
    }
    m_free.notify_one();
    return ok && !stored.isEmpty();
}

} // namespace zs::hq
