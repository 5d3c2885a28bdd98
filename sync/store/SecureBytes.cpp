#include "sync/store/SecureBytes.h"

#include "sync/store/Sodium.h"

#include <sodium.h>

#include <cstring>
#include <new>
#include <utility>

namespace zs {

SecureBytes::SecureBytes(std::size_t size)
    : m_size(size)
{
    if (size == 0)
        return;
    Sodium::ensureInitialised();
    m_data = static_cast<unsigned char*>(sodium_malloc(size));
    if (!m_data)
        throw std::bad_alloc();
    sodium_memzero(m_data, size);
}

SecureBytes::~SecureBytes()
{
    clear();
}

SecureBytes::SecureBytes(SecureBytes&& other) noexcept
    : m_data(std::exchange(other.m_data, nullptr))
    , m_size(std::exchange(other.m_size, 0))
{
}

SecureBytes& SecureBytes::operator=(SecureBytes&& other) noexcept
{
    if (this != &other) {
        clear();
        m_data = std::exchange(other.m_data, nullptr);
        m_size = std::exchange(other.m_size, 0);
    }
    return *this;
}

void SecureBytes::clear()
{
    if (m_data)
        sodium_free(m_data); // zeroes before freeing
    m_data = nullptr;
    m_size = 0;
}

SecureBytes SecureBytes::random(std::size_t size)
{
    SecureBytes bytes(size);
    if (size)
        randombytes_buf(bytes.m_data, size);
    return bytes;
}

SecureBytes SecureBytes::fromRaw(const void* data, std::size_t size)
{
    SecureBytes bytes(size);
    if (size)
        std::memcpy(bytes.m_data, data, size);
    return bytes;
}

SecureBytes SecureBytes::fromPassphrase(const QString& passphrase)
{
    QString normalised = passphrase.normalized(QString::NormalizationForm_C);
    QByteArray utf8 = normalised.toUtf8();
    SecureBytes bytes = fromRaw(utf8.constData(), static_cast<std::size_t>(utf8.size()));
    wipe(utf8);
    wipe(normalised);
    return bytes;
}

SecureBytes SecureBytes::toHex() const
{
    SecureBytes hex(m_size * 2 + 1);
    sodium_bin2hex(reinterpret_cast<char*>(hex.m_data), hex.m_size, m_data, m_size);
    hex.m_size = m_size * 2; // drop the terminating NUL from the logical size; sodium_free still knows the block
    return hex;
}

SecureBytes SecureBytes::toSqlCipherRawKey() const
{
    SecureBytes hex = toHex();
    SecureBytes key(hex.size() + 3);
    key.m_data[0] = 'x';
    key.m_data[1] = '\'';
    std::memcpy(key.m_data + 2, hex.m_data, hex.size());
    key.m_data[key.m_size - 1] = '\'';
    return key;
}

bool SecureBytes::equals(const SecureBytes& other) const
{
    return m_size == other.m_size && (m_size == 0 || sodium_memcmp(m_data, other.m_data, m_size) == 0);
}

void wipe(QString& text)
{
    if (!text.isEmpty()) {
        text.detach();
        sodium_memzero(text.data(), static_cast<std::size_t>(text.size()) * sizeof(QChar));
    }
    text.clear();
}

void wipe(QByteArray& bytes)
{
    if (!bytes.isEmpty()) {
        bytes.detach();
        sodium_memzero(bytes.data(), static_cast<std::size_t>(bytes.size()));
    }
    bytes.clear();
}

} // namespace zs
