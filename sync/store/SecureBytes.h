#pragma once

#include <QByteArray>
#include <QString>

#include <cstddef>

namespace zs {

// Bytes in libsodium secure memory (guard pages, mlock'ed, zeroed on free). For keys and passphrases.
// Move-only: a secret is never copied by accident.
class SecureBytes
{
public:
    SecureBytes() = default;
    explicit SecureBytes(std::size_t size);
    ~SecureBytes();
    SecureBytes(SecureBytes&& other) noexcept;
    SecureBytes& operator=(SecureBytes&& other) noexcept;
    SecureBytes(const SecureBytes&) = delete;
    SecureBytes& operator=(const SecureBytes&) = delete;

    static SecureBytes random(std::size_t size);
    // Copies raw bytes in; the caller wipes its own copy.
    static SecureBytes fromRaw(const void* data, std::size_t size);
    // A passphrase as typed: Unicode NFC (so IMEs that compose differently give the same key), UTF-8.
    static SecureBytes fromPassphrase(const QString& passphrase);

    unsigned char* data() { return m_data; }
    const unsigned char* data() const { return m_data; }
    const char* chars() const { return reinterpret_cast<const char*>(m_data); }
    std::size_t size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }

    // Lower-case hex of the bytes, itself in secure memory.
    SecureBytes toHex() const;
    // SQLCipher's raw-key form: x'<hex>'.
    SecureBytes toSqlCipherRawKey() const;
    bool equals(const SecureBytes& other) const;
    void clear();

private:
    unsigned char* m_data = nullptr;
    std::size_t m_size = 0;
};

// Best-effort wipe of a QString/QByteArray that held a secret (Qt may have made copies we cannot reach).
void wipe(QString& text);
void wipe(QByteArray& bytes);

} // namespace zs
