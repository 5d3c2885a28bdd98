#include "sync/server/Pki.h"

#include "sync/store/AtomicFile.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUrl>

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <array>
#include <cerrno>
#include <fcntl.h>
#include <memory>
#include <unistd.h>

namespace zs::hq {

namespace {

template <typename T, void (*Free)(T*)> struct Deleter
{
    void operator()(T* p) const { Free(p); }
};
using KeyPtr = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY, EVP_PKEY_free>>;
using KeyCtxPtr = std::unique_ptr<EVP_PKEY_CTX, Deleter<EVP_PKEY_CTX, EVP_PKEY_CTX_free>>;
using CertPtr = std::unique_ptr<X509, Deleter<X509, X509_free>>;
using ExtPtr = std::unique_ptr<X509_EXTENSION, Deleter<X509_EXTENSION, X509_EXTENSION_free>>;
using BignumPtr = std::unique_ptr<BIGNUM, Deleter<BIGNUM, BN_free>>;
using OctetPtr = std::unique_ptr<ASN1_OCTET_STRING, Deleter<ASN1_OCTET_STRING, ASN1_OCTET_STRING_free>>;

struct BioFree
{
    void operator()(BIO* p) const { BIO_free_all(p); }
};
using BioPtr = std::unique_ptr<BIO, BioFree>;

constexpr long kCaDays = 3650;
constexpr long kServerDays = 730;
// notBefore an hour back: a laptop whose clock runs a little behind must still accept a freshly made certificate.
constexpr long kBackdateSeconds = 3600;

QString opensslErrors()
{
    QStringList parts;
    while (const unsigned long err = ERR_get_error()) {
        std::array<char, 256> text{};
        ERR_error_string_n(err, text.data(), text.size());
        parts << QString::fromUtf8(text.data());
    }
    return parts.join(QStringLiteral("; "));
}

Error cryptoError(const QString& message)
{
    return makeError(ErrorCode::Crypto, message, opensslErrors());
}

Result<KeyPtr> generateP256()
{
    KeyCtxPtr ctx(EVP_PKEY_CTX_new_from_name(nullptr, "EC", nullptr));
    EVP_PKEY* raw = nullptr;
    if (!ctx || EVP_PKEY_keygen_init(ctx.get()) != 1 || EVP_PKEY_CTX_set_group_name(ctx.get(), "P-256") != 1 ||
        EVP_PKEY_generate(ctx.get(), &raw) != 1)
        return cryptoError(Pki::tr("无法生成ECDSA P-256密钥。"));
    return KeyPtr(raw);
}

bool addExtension(X509* cert, X509V3_CTX* ctx, int nid, const char* value)
{
    ExtPtr ext(X509V3_EXT_nconf_nid(nullptr, ctx, nid, value));
    return ext && X509_add_ext(cert, ext.get(), -1) == 1;
}

bool setName(X509_NAME* name, const QString& commonName)
{
    const QByteArray utf8 = commonName.toUtf8();
    return X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8,
                                      reinterpret_cast<const unsigned char*>(utf8.constData()),
                                      static_cast<int>(utf8.size()), -1, 0) == 1;
}

// A certificate with a random positive 127-bit serial (CA/B Forum: at least 64 bits of randomness).
Result<CertPtr> newCertificate(const QString& commonName, EVP_PKEY* subjectKey, long days)
{
    CertPtr cert(X509_new());
    std::array<unsigned char, 16> serial{};
    if (!cert || RAND_bytes(serial.data(), static_cast<int>(serial.size())) != 1)
        return cryptoError(Pki::tr("无法创建证书。"));
    serial[0] = static_cast<unsigned char>((serial[0] & 0x7f) | 0x01);
    BignumPtr bn(BN_bin2bn(serial.data(), static_cast<int>(serial.size()), nullptr));
    if (!bn || !BN_to_ASN1_INTEGER(bn.get(), X509_get_serialNumber(cert.get())) ||
        X509_set_version(cert.get(), X509_VERSION_3) != 1 ||
        !X509_gmtime_adj(X509_getm_notBefore(cert.get()), -kBackdateSeconds) ||
        !X509_time_adj_ex(X509_getm_notAfter(cert.get()), static_cast<int>(days), 0, nullptr) ||
        X509_set_pubkey(cert.get(), subjectKey) != 1 || !setName(X509_get_subject_name(cert.get()), commonName))
        return cryptoError(Pki::tr("无法创建证书。"));
    return cert;
}

Result<QByteArray> pemOf(X509* cert)
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    if (!bio || PEM_write_bio_X509(bio.get(), cert) != 1)
        return cryptoError(Pki::tr("无法导出证书。"));
    QByteArray out(static_cast<qsizetype>(BIO_ctrl_pending(bio.get())), '\0');
    if (BIO_read(bio.get(), out.data(), static_cast<int>(out.size())) != out.size())
        return cryptoError(Pki::tr("无法导出证书。"));
    return out;
}

// PKCS#8, unencrypted: the file mode protects it (the server must start unattended). Goes through OpenSSL's secure
// heap so the key text does not linger in ordinary freed memory.
Result<QByteArray> pemOf(EVP_PKEY* key)
{
    BioPtr bio(BIO_new(BIO_s_secmem()));
    if (!bio || PEM_write_bio_PrivateKey(bio.get(), key, nullptr, nullptr, 0, nullptr, nullptr) != 1)
        return cryptoError(Pki::tr("无法导出私钥。"));
    QByteArray out(static_cast<qsizetype>(BIO_ctrl_pending(bio.get())), '\0');
    if (BIO_read(bio.get(), out.data(), static_cast<int>(out.size())) != out.size())
        return cryptoError(Pki::tr("无法导出私钥。"));
    return out;
}

void wipe(QByteArray& bytes)
{
    OPENSSL_cleanse(bytes.data(), static_cast<std::size_t>(bytes.size()));
    bytes.clear();
}

// O_EXCL: never replaces a file, even one created between our check and now; the mode is set at creation, so a key
// is never readable by others, not even for a moment.
Result<void> writeNewFile(const QString& path, const QByteArray& content, mode_t mode)
{
    const QByteArray native = QFile::encodeName(path);
    const int fd = ::open(native.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode);
    if (fd < 0)
        return errno == EEXIST ? makeError(ErrorCode::AlreadyExists, Pki::tr("文件“%1”已存在，不会覆盖。").arg(path))
                               : AtomicFile::errnoError(errno, path);
    qsizetype written = 0;
    while (written < content.size()) {
        const ssize_t n = ::write(fd, content.constData() + written, static_cast<size_t>(content.size() - written));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            const int err = errno;
            ::close(fd);
            return AtomicFile::errnoError(err, path);
        }
        written += n;
    }
    if (::fsync(fd) != 0) {
        const int err = errno;
        ::close(fd);
        return AtomicFile::errnoError(err, path);
    }
    if (::close(fd) != 0)
        return AtomicFile::errnoError(errno, path);
    return {};
}

bool isDnsName(const QString& name)
{
    const QByteArray ace = QUrl::toAce(name);
    if (ace.isEmpty() || ace.size() > 253)
        return false;
    const QList<QByteArray> labels = ace.split('.');
    for (qsizetype i = 0; i < labels.size(); ++i) {
        const QByteArray& label = labels[i];
        if (i == 0 && label == "*" && labels.size() > 2)
            continue;
        if (label.isEmpty() || label.size() > 63 || label.startsWith('-') || label.endsWith('-'))
            return false;
        for (const char c : label) {
            if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-'))
                return false;
        }
    }
    return true;
}

// The SAN goes through OpenSSL's config syntax, so every entry is checked first: a comma in a "name" must not be
// able to add an entry of its own.
Result<QByteArray> subjectAltName(const QStringList& dnsNames, const QStringList& ipAddresses)
{
    QByteArrayList entries;
    for (const QString& name : dnsNames) {
        if (!isDnsName(name))
            return makeError(ErrorCode::Invalid, Pki::tr("“%1”不是有效的域名。").arg(name));
        entries << "DNS:" + QUrl::toAce(name);
    }
    for (const QString& address : ipAddresses) {
        const QByteArray latin = address.toLatin1();
        OctetPtr parsed(a2i_IPADDRESS(latin.constData()));
        if (!parsed || address.contains(QLatin1Char(',')))
            return makeError(ErrorCode::Invalid, Pki::tr("“%1”不是有效的IP地址。").arg(address));
        entries << "IP:" + latin;
    }
    if (entries.isEmpty())
        return makeError(ErrorCode::Invalid, Pki::tr("服务器证书至少需要一个域名或IP地址。"));
    return entries.join(',');
}

Result<CertPtr> firstCertificate(const QByteArray& pem)
{
    ERR_clear_error();
    BioPtr bio(BIO_new_mem_buf(pem.constData(), static_cast<int>(pem.size())));
    CertPtr cert(bio ? PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr) : nullptr);
    if (!cert)
        return makeError(ErrorCode::Invalid, Pki::tr("内容不是PEM格式的证书。"), opensslErrors());
    return cert;
}

} // namespace

Result<void> Pki::createCaAndServer(const QString& dir, const QString& commonName, const QStringList& dnsNames,
                                    const QStringList& ipAddresses)
{
    // X.520 allows 64 characters in a CN; " CA" is appended for the CA.
    if (commonName.trimmed().isEmpty() || commonName.size() > 60)
        return makeError(ErrorCode::Invalid, tr("证书名称不能为空，且不能超过60个字符。"));
    ZS_TRY_ASSIGN(auto san, subjectAltName(dnsNames, ipAddresses));

    const QDir target(dir);
    const QString caPem = target.filePath(QStringLiteral("ca.pem"));
    const QString caKey = target.filePath(QStringLiteral("ca.key"));
    const QString serverPem = target.filePath(QStringLiteral("server.pem"));
    const QString serverKey = target.filePath(QStringLiteral("server.key"));
    for (const QString& path : {caPem, caKey, serverPem, serverKey}) {
        if (QFileInfo::exists(path))
            return makeError(ErrorCode::AlreadyExists, tr("文件“%1”已存在，不会覆盖。").arg(path));
    }
    if (!QDir().mkpath(dir))
        return makeError(ErrorCode::Io, tr("无法创建目录“%1”。").arg(dir));

    ERR_clear_error();
    ZS_TRY_ASSIGN(auto caKeyPair, generateP256());
    ZS_TRY_ASSIGN(auto serverKeyPair, generateP256());

    ZS_TRY_ASSIGN(auto ca, newCertificate(commonName + QStringLiteral(" CA"), caKeyPair.get(), kCaDays));
    X509* caCert = ca.get();
    if (X509_set_issuer_name(caCert, X509_get_subject_name(caCert)) != 1)
        return cryptoError(tr("无法创建CA证书。"));
    X509V3_CTX caCtx;
    X509V3_set_ctx(&caCtx, caCert, caCert, nullptr, nullptr, 0);
    if (!addExtension(caCert, &caCtx, NID_basic_constraints, "critical,CA:TRUE,pathlen:0") ||
        !addExtension(caCert, &caCtx, NID_key_usage, "critical,keyCertSign,cRLSign") ||
        !addExtension(caCert, &caCtx, NID_subject_key_identifier, "hash") ||
        X509_sign(caCert, caKeyPair.get(), EVP_sha256()) <= 0)
        return cryptoError(tr("无法创建CA证书。"));

    ZS_TRY_ASSIGN(auto server, newCertificate(commonName, serverKeyPair.get(), kServerDays));
    X509* serverCert = server.get();
    if (X509_set_issuer_name(serverCert, X509_get_subject_name(caCert)) != 1)
        return cryptoError(tr("无法创建服务器证书。"));
    X509V3_CTX serverCtx;
    X509V3_set_ctx(&serverCtx, caCert, serverCert, nullptr, nullptr, 0);
    if (!addExtension(serverCert, &serverCtx, NID_basic_constraints, "critical,CA:FALSE") ||
        !addExtension(serverCert, &serverCtx, NID_key_usage, "critical,digitalSignature") ||
        !addExtension(serverCert, &serverCtx, NID_ext_key_usage, "serverAuth") ||
        !addExtension(serverCert, &serverCtx, NID_subject_alt_name, san.constData()) ||
        !addExtension(serverCert, &serverCtx, NID_subject_key_identifier, "hash") ||
        !addExtension(serverCert, &serverCtx, NID_authority_key_identifier, "keyid:always") ||
        X509_sign(serverCert, caKeyPair.get(), EVP_sha256()) <= 0)
        return cryptoError(tr("无法创建服务器证书。"));

    auto caCertPem = pemOf(caCert);
    auto serverCertPem = pemOf(serverCert);
    auto caKeyPem = pemOf(caKeyPair.get());
    auto serverKeyPem = pemOf(serverKeyPair.get());
    for (const Result<QByteArray>* r : {&caCertPem, &serverCertPem, &caKeyPem, &serverKeyPem}) {
        if (!r->ok())
            return r->error();
    }

    // Keys first: a half-finished run leaves no certificate pointing at a key that is not there.
    const QByteArray chain = serverCertPem.value() + caCertPem.value();
    struct Output
    {
        QString path;
        const QByteArray* content;
        mode_t mode;
    };
    const std::array<Output, 4> files{{
        {caKey, &caKeyPem.value(), 0600},
        {serverKey, &serverKeyPem.value(), 0600},
        {caPem, &caCertPem.value(), 0644},
        {serverPem, &chain, 0644},
    }};
    QStringList written;
    Result<void> outcome;
    for (const Output& file : files) {
        outcome = writeNewFile(file.path, *file.content, file.mode);
        if (!outcome.ok())
            break;
        written << file.path;
    }
    wipe(caKeyPem.value());
    wipe(serverKeyPem.value());
    if (!outcome.ok()) {
        for (const QString& path : written)
            QFile::remove(path);
        return outcome;
    }
    return AtomicFile::fsyncDirectoryOf(caKey);
}

Result<QByteArray> Pki::spkiPin(const QByteArray& pem)
{
    ZS_TRY_ASSIGN(auto cert, firstCertificate(pem));
    const int length = i2d_X509_PUBKEY(X509_get_X509_PUBKEY(cert.get()), nullptr);
    if (length <= 0)
        return cryptoError(tr("无法读取证书的公钥。"));
    QByteArray der(length, '\0');
    auto* out = reinterpret_cast<unsigned char*>(der.data());
    if (i2d_X509_PUBKEY(X509_get_X509_PUBKEY(cert.get()), &out) != length)
        return cryptoError(tr("无法读取证书的公钥。"));
    return QCryptographicHash::hash(der, QCryptographicHash::Sha256).toBase64();
}

Result<QString> Pki::fingerprint(const QByteArray& pem)
{
    ZS_TRY_ASSIGN(auto cert, firstCertificate(pem));
    const int length = i2d_X509(cert.get(), nullptr);
    if (length <= 0)
        return cryptoError(tr("无法读取证书。"));
    QByteArray der(length, '\0');
    auto* out = reinterpret_cast<unsigned char*>(der.data());
    if (i2d_X509(cert.get(), &out) != length)
        return cryptoError(tr("无法读取证书。"));
    return QString::fromLatin1(QCryptographicHash::hash(der, QCryptographicHash::Sha256).toHex(':').toUpper());
}

} // namespace zs::hq
