#pragma once

#include "sync/store/Error.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace zs::hq {

// The HQ's private PKI: one CA that the laptops are enrolled with (and pin), and the server certificate it signs.
// OpenSSL 3 EVP only.
struct Pki
{
    Q_DECLARE_TR_FUNCTIONS(Pki)

public:
    // Creates a private CA (ECDSA P-256, self-signed, 10 years, CA:TRUE critical, keyCertSign) in dir as ca.pem +
    // ca.key (mode 0600), and a server certificate signed by it (ECDSA P-256, 2 years, serverAuth, SAN with the given
    // DNS names and IP addresses) as server.pem (chain: server then CA) + server.key (0600). The CA's subject is
    // "<commonName> CA", the server's "<commonName>". Refuses to overwrite existing files.
    static Result<void> createCaAndServer(const QString& dir, const QString& commonName, const QStringList& dnsNames,
                                          const QStringList& ipAddresses);
    // Base64 of SHA-256 over the DER SubjectPublicKeyInfo of the first certificate in PEM bytes (HPKP-style pin).
    static Result<QByteArray> spkiPin(const QByteArray& pem);
    // Hex SHA-256 fingerprint (upper case, colon separated) of the first certificate's DER, for people to compare.
    static Result<QString> fingerprint(const QByteArray& pem);
};

} // namespace zs::hq
