// The embedded HQ backend's own behaviour, beyond the conformance cases every backend passes (tst_hqstorage): the
// write-ahead log is copied into the database file by a connection of its own, in the background, never inside a
// device's request.
#include "sync/server/HqStorage.h"
#include "sync/store/SecureBytes.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace zs;
using namespace zs::hq;
using sync::Cell;
using sync::ChangeSet;
using sync::Hlc;
using sync::PushRequest;
using sync::RowChange;
using sync::Stamp;
using sync::TxResult;

class TestSqlCipherStorage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void walIsCopiedInTheBackground()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        StorageOptions options;
        options.dataDir = dir.path();
        options.create = true;
        options.cheapKeyWrapForTests = true;
        auto opened = openHqStorage(options, SecureBytes::fromPassphrase(QStringLiteral("hq-checkpoint-key")));
        QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().toString()));
        HqStorage& storage = *opened.value();
        const qint64 now = Clock::system().wallMs();
        QVERIFY(storage.accounts().addTeam(QStringLiteral("gz"), QStringLiteral("广州组"), now).ok());
        QVERIFY(storage.accounts()
                    .addUser(QStringLiteral("gz-li"), QStringLiteral("李敏"), QStringLiteral("gz"), Role::Officer,
                             "gz-li-password-1", now)
                    .ok());
        auto device = storage.accounts().provisionDevice(QStringLiteral("gz-li"), QStringLiteral("laptop"));
        QVERIFY(device.ok());
        const QString file = dir.filePath(QStringLiteral("hq.zsdb"));
        const qint64 before = QFileInfo(file).size();

        // About 1.5 MB of new companies in one push: fewer pages than the 1,000 after which SQLite's own automatic
        // checkpoint would copy them inside the commit, so only the background connection moves them to the file.
        const Stamp stamp{Hlc::fromParts(now, 0), QByteArrayLiteral("node-gz1")};
        ChangeSet tx{QByteArray(16, 'c'), {}};
        for (int i = 0; i < 1200; ++i) {
            RowChange r;
            r.table = QStringLiteral("company");
            r.rowId = QStringLiteral("c-%1").arg(i);
            r.scope = QStringLiteral("city");
            r.lifeStamp = stamp;
            r.cells = {Cell{QStringLiteral("name"), QStringLiteral("韶关第%1号企业有限公司").arg(i), stamp},
                       Cell{QStringLiteral("notes"), QString(400, QChar(0x97f6)), stamp}};
            tx.rows << r;
        }
        auto answer = storage.sync().push(device->principal,
                                          PushRequest{device->principal.device, SyncStorage::kSyncSchema, {tx}});
        QVERIFY(answer.ok());
        QCOMPARE(answer->results.value(0).status, TxResult::Applied);
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(file).size() > before + 1'000'000, 10'000);
    }
};

QTEST_GUILESS_MAIN(TestSqlCipherStorage)
#include "tst_sqlcipherstorage.moc"
