// HqService over the embedded store, called as the HTTP server calls it (handle() with a parsed request): the pull
// budget that bounds HQ's memory when many devices pull at once.
#include "sync/protocol/WireCodec.h"
#include "sync/server/HqService.h"
#include "sync/server/HqStorage.h"
#include "sync/store/SecureBytes.h"

#include <QTemporaryDir>
#include <QTest>

using namespace zs;
using namespace zs::hq;
using namespace zs::sync;

class TestHqService : public QObject
{
    Q_OBJECT

private:
    ManualClock m_clock;
    QTemporaryDir m_dir;
    std::unique_ptr<HqStorage> m_storage;
    Enrollment m_gz;

    HttpResponse pull(HqService& service, qint64 cursor)
    {
        HttpRequest r;
        r.method = "GET";
        r.target = "/v1/pull?cursor=" + QByteArray::number(cursor) + "&limit=5000";
        r.headers.insert("authorization", "Bearer " + m_gz.tokens.access);
        r.headers.insert("x-zs-schema", QByteArray::number(SyncStorage::kSyncSchema));
        r.peerAddress = QStringLiteral("127.0.0.1");
        return service.handle(r);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        StorageOptions options;
        options.dataDir = m_dir.path();
        options.create = true;
        options.cheapKeyWrapForTests = true;
        auto opened = openHqStorage(options, SecureBytes::fromPassphrase(QStringLiteral("hq-service-key")), m_clock);
        QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().toString()));
        m_storage = std::move(opened.value());
        AccountStorage& accounts = m_storage->accounts();
        QVERIFY(accounts.addTeam(QStringLiteral("gz"), QStringLiteral("广州组"), m_clock.wallMs()).ok());
        QVERIFY(accounts
                    .addUser(QStringLiteral("gz-li"), QStringLiteral("李敏"), QStringLiteral("gz"), Role::Officer,
                             "gz-li-password-1", m_clock.wallMs())
                    .ok());
        auto enrolled = accounts.provisionDevice(QStringLiteral("gz-li"), QStringLiteral("laptop"));
        QVERIFY(enrolled.ok());
        m_gz = enrolled.value();
        // 400 visits of about 1 KB each: about 400 KB in all.
        ChangeSet set{QByteArray(16, 'v'), {}};
        const Stamp s{Hlc::fromParts(m_clock.wallMs(), 0), QByteArrayLiteral("node0001")};
        for (int i = 0; i < 400; ++i) {
            RowChange r;
            r.table = QStringLiteral("visit");
            r.rowId = QStringLiteral("visit-%1").arg(i, 4, 10, QLatin1Char('0'));
            r.scope = QStringLiteral("team:gz");
            r.lifeStamp = s;
            r.cells = {Cell{QStringLiteral("notes"), QCborValue(QString(500, QChar(0x8d70))), s}};
            set.rows << r;
        }
        auto pushed =
            m_storage->sync().push(m_gz.principal, PushRequest{m_gz.principal.device, SyncStorage::kSyncSchema, {set}});
        QVERIFY(pushed.ok());
        QCOMPARE(pushed->results.value(0).status, TxResult::Applied);
    }

    // While pages already handed out are unsent past the budget, new pages shrink to the small size; as they are
    // written (their leases released), pages grow back. The rows served are the same either way.
    void pagesShrinkWhileTheBudgetIsSpent()
    {
        HqService service(*m_storage, m_clock);
        service.setPullBudget(100 * 1024, 32 * 1024);
        HttpResponse first = pull(service, 0);
        QCOMPARE(first.status, 200);
        QCOMPARE(service.pullBytesInFlight(), qint64(first.body.size()));
        auto whole = WireCodec::decodePull(first.body);
        QVERIFY(whole.ok());
        QCOMPARE(whole->rows.size(), 400); // one page: under the 2 MiB cap
        QVERIFY(first.body.size() > 100 * 1024);

        // The first page is not written yet: the budget is spent, the next page is small.
        HttpResponse second = pull(service, 0);
        auto small = WireCodec::decodePull(second.body);
        QVERIFY(small.ok());
        QVERIFY(small->hasMore);
        QVERIFY2(second.body.size() < 40 * 1024, qPrintable(QString::number(second.body.size())));
        QVERIFY(small->rows.size() < 400);
        QCOMPARE(small->rows.first(), whole->rows.first());
        QCOMPARE(service.pullBytesInFlight(), qint64(first.body.size() + second.body.size()));

        // Both written: nothing in flight, full pages again.
        first = HttpResponse{};
        second = HttpResponse{};
        QCOMPARE(service.pullBytesInFlight(), 0);
        HttpResponse third = pull(service, 0);
        auto again = WireCodec::decodePull(third.body);
        QVERIFY(again.ok());
        QCOMPARE(again->rows.size(), 400);
        QVERIFY(again->rows == whole->rows);
    }
};

QTEST_GUILESS_MAIN(TestHqService)
#include "tst_hqservice.moc"
