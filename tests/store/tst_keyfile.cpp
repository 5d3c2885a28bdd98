#include "TestSupport.h"

#include "sync/store/KeyFile.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace zs;

class TestKeyFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void wrapsAndUnwraps()
    {
        const SecureBytes dek = SecureBytes::random(32);
        auto file = KeyFile::wrap(dek, test::pass("正确的口令 correct horse"), KdfParams::minimal());
        QVERIFY(file.ok());
        auto parsed = KeyFile::parse(file->serialize());
        QVERIFY(parsed.ok());
        auto unwrapped = parsed->unwrap(test::pass("正确的口令 correct horse"));
        QVERIFY(unwrapped.ok());
        QVERIFY(unwrapped->equals(dek));
    }

    void wrongPassphraseIsRefused()
    {
        auto file = KeyFile::wrap(SecureBytes::random(32), test::pass("right one"), KdfParams::minimal());
        QVERIFY(file.ok());
        auto unwrapped = file->unwrap(test::pass("wrong one"));
        QVERIFY(!unwrapped.ok());
        QCOMPARE(unwrapped.error().code, ErrorCode::WrongPassphrase);
        QCOMPARE(unwrapped.error().message, QStringLiteral("口令不正确。"));
    }

    void passphraseIsNormalised()
    {
        // "é" precomposed vs. "e" + combining acute: the same passphrase to a person.
        const QString composed = QStringLiteral("caf\u00e9-招商-2026");
        const QString decomposed = QStringLiteral("cafe\u0301-招商-2026");
        const SecureBytes dek = SecureBytes::random(32);
        auto file = KeyFile::wrap(dek, SecureBytes::fromPassphrase(composed), KdfParams::minimal());
        QVERIFY(file.ok());
        QVERIFY(file->unwrap(SecureBytes::fromPassphrase(decomposed)).ok());
    }

    void tamperedParametersDoNotUnwrap()
    {
        auto file = KeyFile::wrap(SecureBytes::random(32), test::pass("p"), KdfParams::minimal());
        QJsonObject root = QJsonDocument::fromJson(file->serialize()).object();
        QJsonObject kdf = root.value(QStringLiteral("kdf")).toObject();
        kdf.insert(QStringLiteral("ops"), QString::number(KdfParams::minimal().opsLimit + 1));
        root.insert(QStringLiteral("kdf"), kdf);
        auto tampered = KeyFile::parse(QJsonDocument(root).toJson());
        QVERIFY(tampered.ok());
        QVERIFY(!tampered->unwrap(test::pass("p")).ok());
    }

    void damagedFilesAreClearErrors_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        auto good = KeyFile::wrap(SecureBytes::random(32), test::pass("p"), KdfParams::minimal())->serialize();
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("garbage") << QByteArray("\x89PNG\r\n\x1a\n binary");
        QTest::newRow("truncated") << good.left(good.size() / 2);
        QTest::newRow("json array") << QByteArray("[1,2,3]");
        QTest::newRow("other format") << QByteArray(good).replace("zhaoshang-keyfile", "keepass-keyfile");
        QTest::newRow("short salt") << QByteArray(good).replace("\"salt\": \"", "\"salt\": \"AAAA");
        QTest::newRow("huge memory") << QByteArray(good).replace("\"mem\": \"", "\"mem\": \"9999999");
        QTest::newRow("oversize") << QByteArray(100 * 1024, ' ');
    }

    void damagedFilesAreClearErrors()
    {
        QFETCH(QByteArray, bytes);
        auto parsed = KeyFile::parse(bytes);
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().code, ErrorCode::Damaged);
        QVERIFY(parsed.error().message.contains(QStringLiteral("密钥文件已损坏")));
    }

    void missingFileIsNotFound()
    {
        QTemporaryDir dir;
        auto loaded = KeyFile::load(dir.filePath(QStringLiteral("absent.key")));
        QVERIFY(!loaded.ok());
        QCOMPARE(loaded.error().code, ErrorCode::NotFound);
    }

    void saveIsAtomicAndPrivate()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("w.key"));
        auto file = KeyFile::wrap(SecureBytes::random(32), test::pass("p"), KdfParams::minimal());
        QVERIFY(file->save(path).ok());
        QVERIFY(!QFile::exists(path + QStringLiteral(".tmp")));
        QCOMPARE(QFile::permissions(path) & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
        QVERIFY(KeyFile::load(path).ok());
    }
};

QTEST_GUILESS_MAIN(TestKeyFile)
#include "tst_keyfile.moc"
