#include "sync/store/KeyFile.h"

#include "sync/store/AtomicFile.h"
#include "sync/store/Sodium.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <sodium.h>

namespace zs {

namespace {
constexpr int kFormatVersion = 1;
constexpr std::size_t kDekBytes = 32;
const QLatin1String kFormatName("zhaoshang-keyfile");
const QLatin1String kKdfName("argon2id13");
const QLatin1String kAeadName("xchacha20poly1305-ietf");
// Bounds on what a key file may ask for, so a damaged file cannot make us allocate without limit.
constexpr quint64 kMaxOps = 64;
constexpr quint64 kMaxMem = 4ull * 1024 * 1024 * 1024;

QByteArray fromBase64Strict(const QJsonValue& value, qsizetype expectedSize, bool* ok)
{
    auto decoded = QByteArray::fromBase64Encoding(value.toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    *ok = *ok && decoded && decoded.decoded.size() == expectedSize;
    return decoded.decoded;
}
} // namespace

KdfParams KdfParams::standard()
{
    // 192 MiB, 3 passes: ~0.53 s on the 2-core reference machine (bench_open prints the table it was chosen from).
    return {3, 192ull * 1024 * 1024};
}

KdfParams KdfParams::minimal()
{
    return {crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN};
}

QByteArray KeyFile::associatedData() const
{
    return QByteArray(kFormatName.data()) + '/' + QByteArray::number(kFormatVersion) + '|' + kKdfName.data() + '|' +
           QByteArray::number(m_params.opsLimit) + '|' + QByteArray::number(m_params.memLimitBytes) + '|' +
           m_salt.toHex() + '|' + kAeadName.data();
}

namespace {
Result<SecureBytes> deriveWrappingKey(const SecureBytes& passphrase, const QByteArray& salt, const KdfParams& params)
{
    Sodium::ensureInitialised();
    SecureBytes key(crypto_aead_xchacha20poly1305_ietf_KEYBYTES);
    if (crypto_pwhash(key.data(), key.size(), passphrase.chars(), passphrase.size(),
                      reinterpret_cast<const unsigned char*>(salt.constData()), params.opsLimit,
                      static_cast<size_t>(params.memLimitBytes), crypto_pwhash_ALG_ARGON2ID13) != 0) {
        return makeError(ErrorCode::Crypto, KeyFile::tr("内存不足，无法计算密钥。请关闭其他程序后重试。"),
                         QStringLiteral("crypto_pwhash failed"));
    }
    return key;
}
} // namespace

Result<KeyFile> KeyFile::wrap(const SecureBytes& dek, const SecureBytes& passphrase, const KdfParams& params)
{
    Sodium::ensureInitialised();
    KeyFile file;
    file.m_params = params;
    file.m_salt.resize(crypto_pwhash_SALTBYTES);
    randombytes_buf(file.m_salt.data(), static_cast<size_t>(file.m_salt.size()));
    file.m_nonce.resize(crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
    randombytes_buf(file.m_nonce.data(), static_cast<size_t>(file.m_nonce.size()));

    ZS_TRY_ASSIGN(auto key, deriveWrappingKey(passphrase, file.m_salt, params));
    const QByteArray ad = file.associatedData();
    file.m_sealed.resize(static_cast<qsizetype>(dek.size() + crypto_aead_xchacha20poly1305_ietf_ABYTES));
    unsigned long long sealedLen = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(
        reinterpret_cast<unsigned char*>(file.m_sealed.data()), &sealedLen, dek.data(), dek.size(),
        reinterpret_cast<const unsigned char*>(ad.constData()), static_cast<unsigned long long>(ad.size()), nullptr,
        reinterpret_cast<const unsigned char*>(file.m_nonce.constData()), key.data());
    file.m_sealed.resize(static_cast<qsizetype>(sealedLen));
    return file;
}

Result<SecureBytes> KeyFile::unwrap(const SecureBytes& passphrase) const
{
    ZS_TRY_ASSIGN(auto key, deriveWrappingKey(passphrase, m_salt, m_params));
    const QByteArray ad = associatedData();
    SecureBytes dek(kDekBytes);
    unsigned long long dekLen = 0;
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(
            dek.data(), &dekLen, nullptr, reinterpret_cast<const unsigned char*>(m_sealed.constData()),
            static_cast<unsigned long long>(m_sealed.size()), reinterpret_cast<const unsigned char*>(ad.constData()),
            static_cast<unsigned long long>(ad.size()), reinterpret_cast<const unsigned char*>(m_nonce.constData()),
            key.data()) != 0 ||
        dekLen != kDekBytes) {
        return makeError(ErrorCode::WrongPassphrase, tr("口令不正确。"));
    }
    return dek;
}

QByteArray KeyFile::serialize() const
{
    QJsonObject kdf{{QStringLiteral("alg"), kKdfName},
                    {QStringLiteral("ops"), QString::number(m_params.opsLimit)},
                    {QStringLiteral("mem"), QString::number(m_params.memLimitBytes)},
                    {QStringLiteral("salt"), QString::fromLatin1(m_salt.toBase64())}};
    QJsonObject root{{QStringLiteral("format"), kFormatName},
                     {QStringLiteral("version"), kFormatVersion},
                     {QStringLiteral("kdf"), kdf},
                     {QStringLiteral("aead"), kAeadName},
                     {QStringLiteral("nonce"), QString::fromLatin1(m_nonce.toBase64())},
                     {QStringLiteral("wrapped_key"), QString::fromLatin1(m_sealed.toBase64())}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Result<KeyFile> KeyFile::parse(const QByteArray& bytes)
{
    const Error damaged =
        makeError(ErrorCode::Damaged, tr("密钥文件已损坏，无法读取。请从备份恢复工作区及其密钥文件。"));
    if (bytes.size() > 64 * 1024)
        return damaged;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return damaged;
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("format")).toString() != kFormatName)
        return damaged;
    if (root.value(QStringLiteral("version")).toInt() != kFormatVersion) {
        return makeError(ErrorCode::NewerSchema, tr("密钥文件的格式版本不受支持。请升级招商外勤。"));
    }
    const QJsonObject kdf = root.value(QStringLiteral("kdf")).toObject();
    if (kdf.value(QStringLiteral("alg")).toString() != kKdfName ||
        root.value(QStringLiteral("aead")).toString() != kAeadName)
        return damaged;

    KeyFile file;
    bool ok = true;
    bool numOk = false;
    file.m_params.opsLimit = kdf.value(QStringLiteral("ops")).toString().toULongLong(&numOk);
    ok = ok && numOk;
    file.m_params.memLimitBytes = kdf.value(QStringLiteral("mem")).toString().toULongLong(&numOk);
    ok = ok && numOk;
    file.m_salt = fromBase64Strict(kdf.value(QStringLiteral("salt")), crypto_pwhash_SALTBYTES, &ok);
    file.m_nonce =
        fromBase64Strict(root.value(QStringLiteral("nonce")), crypto_aead_xchacha20poly1305_ietf_NPUBBYTES, &ok);
    file.m_sealed = fromBase64Strict(root.value(QStringLiteral("wrapped_key")),
                                     kDekBytes + crypto_aead_xchacha20poly1305_ietf_ABYTES, &ok);
    if (!ok || file.m_params.opsLimit < crypto_pwhash_OPSLIMIT_MIN || file.m_params.opsLimit > kMaxOps ||
        file.m_params.memLimitBytes < crypto_pwhash_MEMLIMIT_MIN || file.m_params.memLimitBytes > kMaxMem)
        return damaged;
    return file;
}

Result<KeyFile> KeyFile::load(const QString& path)
{
    QFile f(path);
    if (!f.exists()) {
        return makeError(ErrorCode::NotFound,
                         tr("找不到工作区的密钥文件（%1）。没有它无法解密数据，请从备份恢复。").arg(path));
    }
    if (!f.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, tr("无法读取密钥文件。"), path + QStringLiteral(": ") + f.errorString());
    auto parsed = parse(f.read(64 * 1024 + 1));
    if (!parsed.ok()) {
        Error e = parsed.error();
        e.detail = path;
        return e;
    }
    return parsed;
}

Result<void> KeyFile::save(const QString& path) const
{
    return AtomicFile::write(path, serialize());
}

} // namespace zs
