// The officer's sync page through the real widgets, offscreen, against an in-process HQ on loopback (plain HTTP):
// enrol through the dialog (refusals shown in place), sync with the button and with F5, a change HQ refuses in the
// quarantine table with HQ's reason, a conflict with another laptop restored with 恢复我的值 and winning at the next
// sync, and a remote wipe. Plus the scheduler's timing on a ManualClock (daily, network back, back-off).
#include "tests/support/InProcessHq.h"
#include "WorkspaceFixture.h"

#include "desktop/core/directory/CompanyRepository.h"
#include "desktop/core/visits/VisitRepository.h"
#include "desktop/core/sync/WorkspaceSync.h"
#include "desktop/ui/sync/EnrollDialog.h"
#include "desktop/ui/sync/SyncIssuesView.h"
#include "desktop/core/sync/SyncController.h"
#include "desktop/ui/sync/SyncPage.h"
#include "desktop/ui/sync/SyncText.h"
#include "desktop/ui/WorkspaceView.h"
#include "sync/client/SyncEngine.h"
#include "sync/client/SyncScheduler.h"
#include "sync/server/HqAuth.h"
#include "sync/server/HqService.h"
#include "sync/server/HqStore.h"
#include "sync/server/SqlCipherStorage.h"
#include "sync/server/HttpServer.h"
#include "sync/server/Pki.h"
#include "sync/store/EncryptedStore.h"
#include "sync/store/KeyFile.h"
#include "sync/store/Statement.h"
#include "sync/store/Transaction.h"

#include <QApplication>
#include <QCheckBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTimer>

#include <condition_variable>
#include <mutex>

using namespace zs;
using sync::SyncScheduler;

namespace {
constexpr int kSyncTimeoutMs = 30000;
const QByteArray kPassword = "gz-li-password-1";

// Runs `fill` on the next modal dialog of type T once it is shown.
template <typename T, typename F> void whenDialogOpens(F fill)
{
    QTimer::singleShot(0, [fill] {
        auto* dialog = qobject_cast<T*>(QApplication::activeModalWidget());
        if (!dialog) {
            whenDialogOpens<T>(fill);
            return;
        }
        fill(dialog);
    });
}

// HQ in this process: two officers of 广州组.
class InProcessHq : public test::InProcessHq
{
public:
    bool start()
    {
        return test::InProcessHq::start(
            {{QStringLiteral("gz"), QStringLiteral("广州组")}},
            {{QStringLiteral("gz-li"), QStringLiteral("李敏"), QStringLiteral("gz"), hq::Role::Officer, kPassword},
             {QStringLiteral("gz-wu"), QStringLiteral("吴倩"), QStringLiteral("gz"), hq::Role::Officer,
              "gz-wu-password-1"}});
    }
};

// A second laptop of the same team, driven without widgets (as the CLI does).
class OtherLaptop
{
public:
    OtherLaptop()
        : m_replica(WorkspaceSync::replica(m_ws.db()))
        , m_engine(*m_replica)
    {
    }
    bool enroll(const QString& url)
    {
        QSignalSpy done(&m_engine, &sync::SyncEngine::enrolled);
        m_engine.enroll(QUrl(url), QStringLiteral("gz-wu"), QStringLiteral("gz-wu-password-1"), {},
                        QStringLiteral("吴倩的电脑"));
        if ((done.isEmpty() && !done.wait(kSyncTimeoutMs)) || !done.first().at(0).toBool())
            return false;
        return WorkspaceSync::adoptTeamScope(m_ws.db(), QStringLiteral("team:gz")).ok();
    }
    bool sync()
    {
        bool ok = false;
        auto connection = QObject::connect(&m_engine, &sync::SyncEngine::finished,
                                           [&ok](const sync::SyncEngine::Summary& s) { ok = s.ok; });
        QSignalSpy done(&m_engine, &sync::SyncEngine::finished);
        m_engine.syncNow();
        const bool finished = !done.isEmpty() || done.wait(kSyncTimeoutMs);
        QObject::disconnect(connection);
        return finished && ok;
    }
    Database& db() { return m_ws.db(); }
    sync::LocalReplica& replica() { return *m_replica; }

private:
    test::WorkspaceFixture m_ws;
    std::unique_ptr<sync::LocalReplica> m_replica;
    sync::SyncEngine m_engine;
};

QString textOf(Database& db, const char* sql)
{
    auto stmt = db.prepare(sql);
    if (!stmt.ok())
        return stmt.error().message;
    auto row = stmt->step();
    return row.ok() && row.value() ? stmt->text(0) : QString();
}

QString labelText(QWidget* parent, const char* name)
{
    auto* label = parent->findChild<QLabel*>(QLatin1String(name));
    return label ? label->text() : QStringLiteral("<no label %1>").arg(QLatin1String(name));
}

int rowWithText(QTableWidget* table, int column, const QString& text)
{
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, column) && table->item(row, column)->text() == text)
            return row;
    }
    return -1;
}
} // namespace

class TestSyncPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void backoffSequence()
    {
        ManualClock clock;
        SyncScheduler scheduler(clock);
        QSignalSpy due(&scheduler, &SyncScheduler::syncDue);
        scheduler.setLastSuccess(clock.wallMs());
        scheduler.setActive(true);
        scheduler.check();
        QCOMPARE(due.count(), 0); // synced just now: nothing is due

        const qint64 expected[] = {30'000, 60'000, 120'000, 240'000, 480'000, 960'000, 1'800'000, 1'800'000};
        for (qint64 wait : expected) {
            scheduler.syncStarted();
            scheduler.syncFinished(false, 0);
            QCOMPARE(scheduler.retryAt(), clock.monotonicMs() + wait);
            clock.advance(wait - 1);
            scheduler.check();
            QCOMPARE(due.count(), 0);
            clock.advance(1);
            scheduler.check();
            QCOMPARE(due.count(), 1);
            QCOMPARE(due.takeFirst().at(0).value<SyncScheduler::Reason>(), SyncScheduler::Reason::Retry);
            scheduler.check();
            QCOMPARE(due.count(), 0); // a retry is due once
        }
        QCOMPARE(scheduler.failures(), 8);
        QCOMPARE(SyncScheduler::backoffMs(50), SyncScheduler::kMaxRetryMs);

        // A success resets the back-off: the next failure waits 30 s again.
        scheduler.syncStarted();
        scheduler.syncFinished(true, clock.wallMs());
        QCOMPARE(scheduler.failures(), 0);
        QCOMPARE(scheduler.retryAt(), qint64(0));
        scheduler.syncStarted();
        scheduler.syncFinished(false, 0);
        QCOMPARE(scheduler.retryAt(), clock.monotonicMs() + 30'000);

        // The officer cancelling is not a failure to retry.
        scheduler.syncStarted();
        scheduler.syncCancelled();
        QCOMPARE(scheduler.retryAt(), qint64(0));
        QCOMPARE(scheduler.failures(), 1);

        // Locking (inactive) forgets the back-off.
        scheduler.syncStarted();
        scheduler.syncFinished(false, 0);
        scheduler.setActive(false);
        QCOMPARE(scheduler.retryAt(), qint64(0));
        clock.advance(SyncScheduler::kMaxRetryMs);
        scheduler.check();
        QCOMPARE(due.count(), 0);
    }

    void dailyAndNetwork()
    {
        ManualClock clock;
        SyncScheduler scheduler(clock);
        QSignalSpy due(&scheduler, &SyncScheduler::syncDue);
        scheduler.setLastSuccess(clock.wallMs());
        scheduler.check();
        QCOMPARE(due.count(), 0); // not active (locked or not enrolled)
        scheduler.setActive(true);
        clock.advance(SyncScheduler::kDailyMs - 1);
        scheduler.check();
        QCOMPARE(due.count(), 0);
        clock.advance(1);
        scheduler.check();
        QCOMPARE(due.count(), 1);
        QCOMPARE(due.takeFirst().at(0).value<SyncScheduler::Reason>(), SyncScheduler::Reason::Daily);

        // Offline: nothing is attempted, even when due; back online: sync at once.
        scheduler.setNetwork(SyncScheduler::Network::Offline);
        scheduler.check();
        QCOMPARE(due.count(), 0);
        scheduler.setNetwork(SyncScheduler::Network::Online);
        QCOMPARE(due.count(), 1);
        QCOMPARE(due.takeFirst().at(0).value<SyncScheduler::Reason>(), SyncScheduler::Reason::NetworkBack);
        scheduler.setNetwork(SyncScheduler::Network::Online);
        QCOMPARE(due.count(), 0); // still online is no news

        // While a sync runs nothing else starts; the network coming back replaces a waiting retry.
        scheduler.syncStarted();
        scheduler.setNetwork(SyncScheduler::Network::Offline);
        scheduler.setNetwork(SyncScheduler::Network::Online);
        scheduler.check();
        QCOMPARE(due.count(), 0);
        scheduler.syncFinished(false, 0);
        QVERIFY(scheduler.retryAt() > 0);
        scheduler.setNetwork(SyncScheduler::Network::Unknown);
        scheduler.setNetwork(SyncScheduler::Network::Online);
        QCOMPARE(due.count(), 1);
        QCOMPARE(scheduler.retryAt(), qint64(0));
        QCOMPARE(scheduler.failures(), 1); // a failure now continues the back-off at 1 min
        due.clear();
        scheduler.syncStarted();
        scheduler.syncFinished(false, 0);
        QCOMPARE(scheduler.retryAt(), clock.monotonicMs() + 60'000);
    }

    void plainWords()
    {
        const qint64 now = QDateTime(QDate(2026, 11, 27), QTime(10, 42)).toMSecsSinceEpoch();
        QCOMPARE(ui::SyncText::relativeTime(now - 20'000, now), QStringLiteral("刚刚"));
        QCOMPARE(ui::SyncText::relativeTime(now - 5 * 60'000, now), QStringLiteral("5 分钟前"));
        QCOMPARE(ui::SyncText::relativeTime(now - 3 * 3600'000, now), QStringLiteral("3 小时前"));
        QCOMPARE(ui::SyncText::relativeTime(now - 12 * 3600'000, now), QStringLiteral("昨天 22:42"));
        QCOMPARE(ui::SyncText::relativeTime(now - 3 * 24 * 3600'000LL, now), QStringLiteral("3 天前"));
        QCOMPARE(ui::SyncText::absoluteTime(now), QStringLiteral("2026年11月27日 10:42"));
        QCOMPARE(ui::SyncText::shortTime(now - 60'000, now), QStringLiteral("10:41"));
        QCOMPARE(ui::SyncText::shortTime(now - 24 * 3600'000LL, now), QStringLiteral("11月26日"));
        QCOMPARE(ui::SyncText::quarantineSummary(QStringLiteral("company ×1, visit ×2")),
                 QStringLiteral("客商 1 条、走访 2 条"));
        const QStringList tables{QStringLiteral("company"), QStringLiteral("contact"), QStringLiteral("visit"),
                                 QStringLiteral("lead"), QStringLiteral("event")};
        const QStringList names{QStringLiteral("客商"), QStringLiteral("联系人"), QStringLiteral("走访"),
                                QStringLiteral("项目线索"), QStringLiteral("推介活动")};
        for (int i = 0; i < tables.size(); ++i)
            QCOMPARE(ui::SyncText::tableName(tables[i]), names[i]);
        // Every synced column has a Chinese name.
        for (const sync::SyncedTable& t : WorkspaceSync::tables()) {
            for (const QString& column : t.columns)
                QVERIFY2(ui::SyncText::fieldName(t.name, column) != column, qPrintable(t.name + u'.' + column));
        }
        QCOMPARE(ui::SyncText::fieldName(QStringLiteral("visit"), QStringLiteral("notes")), QStringLiteral("走访记录"));
        QCOMPARE(ui::SyncText::value(QStringLiteral("hometown"), QStringLiteral("1")), QStringLiteral("是"));
        QCOMPARE(ui::SyncText::value(QStringLiteral("notes"), QString()), QStringLiteral("（空）"));
        QCOMPARE(ui::SyncText::roleName(QStringLiteral("lead")), QStringLiteral("组长"));
    }

    void enrollDialogValidates()
    {
        test::WorkspaceFixture ws;
        SyncController sync(ws.workspace());
        sync.startScheduling();
        ui::SyncPage page(ws.workspace(), sync);
        ui::EnrollDialog dialog(sync);
        dialog.show();
        auto* submit = dialog.findChild<QPushButton*>(QStringLiteral("enrollSubmit"));
        QTest::mouseClick(submit, Qt::LeftButton);
        QVERIFY(dialog.isVisible());
        QVERIFY(dialog.errorLabel(QStringLiteral("server"))->isVisible());
        QVERIFY(dialog.errorLabel(QStringLiteral("server"))->text().contains(QStringLiteral("请填写总部服务器地址")));
        QVERIFY(dialog.errorLabel(QStringLiteral("user"))->isVisible());
        QVERIFY(dialog.errorLabel(QStringLiteral("password"))->isVisible());

        // http only for this computer's demo server; https needs the CA.
        dialog.findChild<QLineEdit*>(QStringLiteral("enrollServer"))->setText(QStringLiteral("http://hq.example.cn"));
        QTest::mouseClick(submit, Qt::LeftButton);
        QVERIFY(dialog.errorLabel(QStringLiteral("server"))->text().contains(QStringLiteral("127.0.0.1 或 localhost")));
        dialog.findChild<QLineEdit*>(QStringLiteral("enrollServer"))->setText(QStringLiteral("https://hq.example.cn"));
        QTest::mouseClick(submit, Qt::LeftButton);
        QVERIFY(!dialog.errorLabel(QStringLiteral("server"))->isVisible());
        QVERIFY(dialog.errorLabel(QStringLiteral("ca"))->text().contains(QStringLiteral("CA 证书")));

        // A file that is no certificate is refused; the test CA shows its fingerprint and needs the check box.
        QTemporaryDir dir;
        const QString notPem = dir.filePath(QStringLiteral("notes.txt"));
        QFile f(notPem);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("not a certificate");
        f.close();
        QVERIFY(!dialog.loadCaFile(notPem));
        QVERIFY(dialog.errorLabel(QStringLiteral("ca"))->text().contains(QStringLiteral("不是 PEM 格式")));
        QVERIFY(hq::Pki::createCaAndServer(dir.path(), QStringLiteral("韶关市招商总部"), {QStringLiteral("localhost")},
                                           {QStringLiteral("127.0.0.1")})
                    .ok());
        const QString ca = dir.filePath(QStringLiteral("ca.pem"));
        QVERIFY(dialog.loadCaFile(ca));
        QFile pem(ca);
        QVERIFY(pem.open(QIODevice::ReadOnly));
        const QString expected = hq::Pki::fingerprint(pem.readAll()).value(); // what zhaoshang-hq init prints
        QCOMPARE(expected.size(), 95);
        QCOMPARE(dialog.caFingerprint(), expected);
        auto* shown = dialog.findChild<QLabel*>(QStringLiteral("enrollFingerprint"));
        QVERIFY(shown->isVisible());
        QVERIFY(shown->text().contains(expected.left(47)));
        QTest::mouseClick(submit, Qt::LeftButton);
        QVERIFY(dialog.errorLabel(QStringLiteral("ca"))->text().contains(QStringLiteral("核对")));
        dialog.findChild<QCheckBox*>(QStringLiteral("enrollFingerprintChecked"))->setChecked(true);
        QTest::mouseClick(submit, Qt::LeftButton);
        QVERIFY(!dialog.errorLabel(QStringLiteral("ca"))->isVisible());
        QVERIFY(!dialog.isBusy()); // account and password still missing: nothing was sent
        QCOMPARE(dialog.findChild<QLineEdit*>(QStringLiteral("enrollPassword"))->echoMode(), QLineEdit::Password);
    }

    void failureIsShownAndRetried()
    {
        test::WorkspaceFixture ws;
        SyncController sync(ws.workspace());
        sync.startScheduling();
        ui::SyncPage page(ws.workspace(), sync);
        page.resize(1280, 800);
        page.show();
        {
            InProcessHq hq;
            QVERIFY(hq.start());
            QSignalSpy enrolled(&sync.engine(), &sync::SyncEngine::enrolled);
            sync.engine().enroll(QUrl(hq.url()), QStringLiteral("gz-li"), QString::fromLatin1(kPassword), {},
                                 QStringLiteral("测试"));
            QVERIFY(enrolled.wait(kSyncTimeoutMs));
            QVERIFY(enrolled.first().at(0).toBool());
            QSignalSpy first(&sync.engine(), &sync::SyncEngine::finished); // the page's own first sync
            QVERIFY(first.wait(kSyncTimeoutMs));
        } // HQ goes away

        QSignalSpy finished(&sync.engine(), &sync::SyncEngine::finished);
        page.syncNow();
        QVERIFY(finished.wait(kSyncTimeoutMs));
        QVERIFY(labelText(&page, "syncLastError").startsWith(QStringLiteral("无法连接总部服务器")));
        QVERIFY(labelText(&page, "syncResult").startsWith(QStringLiteral("同步没有完成")));
        QCOMPARE(sync.scheduler().failures(), 1);
        QVERIFY(sync.scheduler().retryAt() > 0);
        QVERIFY2(labelText(&page, "syncSchedule").contains(QStringLiteral("左右自动重试（间隔 30 秒）")),
                 qPrintable(labelText(&page, "syncSchedule")));
        QVERIFY(page.indicatorText().endsWith(QStringLiteral(" · 最近一次失败")));

        // 设置 → 同步: automatic sync off forgets the retry and schedules nothing; files stop following; back on,
        // the scheduler is active again with the chosen interval.
        SyncPreferences manual;
        manual.automatic = false;
        manual.downloadFiles = false;
        manual.intervalHours = 4;
        sync.setPreferences(manual);
        QVERIFY(!sync.scheduler().isActive());
        QCOMPARE(sync.scheduler().retryAt(), qint64(0));
        QVERIFY(!sync.engine().downloadsFiles());
        QCOMPARE(sync.scheduler().intervalMs(), 4 * 3600 * 1000LL);
        QVERIFY2(!labelText(&page, "syncSchedule").contains(QStringLiteral("自动重试")),
                 qPrintable(labelText(&page, "syncSchedule")));
        manual.automatic = true;
        sync.setPreferences(manual);
        QVERIFY(sync.scheduler().isActive());
        QVERIFY(!sync.engine().downloadsFiles());
    }

    // The officer's sync preferences: how old the last success may be, and whether the network coming back syncs.
    void intervalAndNetworkPreferences()
    {
        ManualClock clock;
        SyncScheduler scheduler(clock);
        QSignalSpy due(&scheduler, &SyncScheduler::syncDue);
        scheduler.setLastSuccess(clock.wallMs());
        scheduler.setIntervalMs(2 * 3600 * 1000);
        scheduler.setFollowNetwork(false);
        scheduler.setActive(true);
        clock.advance(2 * 3600 * 1000 - 1);
        scheduler.check();
        QCOMPARE(due.count(), 0);
        clock.advance(1);
        scheduler.check();
        QCOMPARE(due.count(), 1);
        due.clear();
        scheduler.setLastSuccess(clock.wallMs());
        scheduler.setNetwork(SyncScheduler::Network::Offline);
        scheduler.setNetwork(SyncScheduler::Network::Online);
        QCOMPARE(due.count(), 0); // the officer turned that off
        scheduler.setFollowNetwork(true);
        scheduler.setNetwork(SyncScheduler::Network::Offline);
        scheduler.setNetwork(SyncScheduler::Network::Online);
        QCOMPARE(due.count(), 1);
        scheduler.setIntervalMs(60 * 1000); // below an hour: an hour
        QCOMPARE(scheduler.intervalMs(), SyncScheduler::kMinIntervalMs);
    }

    // Locking destroys the page (and its engine) whatever the engine is doing; nothing is lost, the next sync resumes.
    void lockInTheMiddleOfASync()
    {
        InProcessHq hq;
        QVERIFY(hq.start());
        test::WorkspaceFixture ws;
        Company company;
        company.name = QStringLiteral("韶关锁屏测试有限公司");
        QVERIFY(CompanyRepository(ws.db()).create(company).ok());
        auto* sync = new SyncController(ws.workspace());
        auto* page = new ui::SyncPage(ws.workspace(), *sync);
        QSignalSpy enrolled(&sync->engine(), &sync::SyncEngine::enrolled);
        sync->engine().enroll(QUrl(hq.url()), QStringLiteral("gz-li"), QString::fromLatin1(kPassword), {},
                              QStringLiteral("测试"));
        QVERIFY(enrolled.wait(kSyncTimeoutMs));
        QTRY_VERIFY_WITH_TIMEOUT(sync->isBusy(), kSyncTimeoutMs); // the first sync has started
        // The lock, in SessionController::lock's order: the views, then the sync machinery, then the database.
        delete page;
        delete sync;
        QCoreApplication::processEvents();
        QCOMPARE(ws.db().scalar("SELECT count(*) FROM company").value(), qint64(1));

        // A new session (unlock) finishes the job.
        SyncController againSync(ws.workspace());
        ui::SyncPage again(ws.workspace(), againSync);
        QSignalSpy finished(&againSync.engine(), &sync::SyncEngine::finished);
        again.syncNow();
        QVERIFY(finished.wait(kSyncTimeoutMs));
        QCOMPARE(labelText(&again, "syncPending"), QStringLiteral("0 条（都已上传）"));
        QCOMPARE(labelText(&again, "syncLastError"), QStringLiteral("无"));
    }

    void enrollSyncQuarantineConflictWipe()
    {
        InProcessHq hq;
        QVERIFY(hq.start());
        test::WorkspaceFixture ws;
        SyncController sync(ws.workspace());
        sync.startScheduling();
        ui::WorkspaceView view(ws.workspace(), sync);
        view.resize(1280, 800);
        view.showPage(ui::WorkspaceView::Sync);
        view.show();
        QVERIFY(QTest::qWaitForWindowActive(&view));
        ui::SyncPage* page = view.syncPage();
        sync::SyncEngine& engine = sync.engine();
        QVERIFY(page->isVisible());
        auto* enrollButton = page->findChild<QPushButton*>(QStringLiteral("enrollButton"));
        QVERIFY(enrollButton && enrollButton->isVisible());
        QVERIFY(!page->findChild<QPushButton*>(QStringLiteral("syncNow"))->isVisible());
        QCOMPARE(page->indicatorText(), QStringLiteral("同步：未登记"));

        // A visit made before enrolment: it moves to the team's scope when the workspace enrols.
        Company early;
        early.name = QStringLiteral("韶关早期客商有限公司");
        QVERIFY(CompanyRepository(ws.db()).create(early).ok());
        Visit before;
        before.companyId = early.id;
        before.visitedAt = QDateTime::currentDateTime().addDays(-1);
        before.city = QStringLiteral("guangzhou");
        QVERIFY(VisitRepository(ws.db()).create(before).ok());
        QCOMPARE(textOf(ws.db(), "SELECT scope FROM visit"), QStringLiteral("team:unassigned"));

        // Enrol through the dialog: a wrong password is refused in place, then the right one closes it.
        QSignalSpy finished(&engine, &sync::SyncEngine::finished);
        sync::SyncEngine::Summary last;
        connect(&engine, &sync::SyncEngine::finished, this, [&last](const sync::SyncEngine::Summary& s) { last = s; });
        QString refusal;
        bool stayedOpen = false;
        whenDialogOpens<ui::EnrollDialog>([&](ui::EnrollDialog* dialog) {
            dialog->findChild<QLineEdit*>(QStringLiteral("enrollServer"))->setText(hq.url());
            dialog->findChild<QLineEdit*>(QStringLiteral("enrollUser"))->setText(QStringLiteral("gz-li"));
            auto* password = dialog->findChild<QLineEdit*>(QStringLiteral("enrollPassword"));
            password->setText(QStringLiteral("wrong-password"));
            auto* submit = dialog->findChild<QPushButton*>(QStringLiteral("enrollSubmit"));
            QTest::mouseClick(submit, Qt::LeftButton);
            if (!dialog->isBusy()) {
                dialog->done(QDialog::Rejected); // fail below rather than wait forever
                return;
            }
            QVERIFY(dialog->findChild<QWidget*>(QStringLiteral("enrollBusy"))->isVisible());
            QVERIFY(!submit->isEnabled());
            QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy(), kSyncTimeoutMs);
            refusal = dialog->errorLabel(QStringLiteral("general"))->text();
            stayedOpen = dialog->isVisible();
            password->setText(QString::fromLatin1(kPassword));
            QTest::mouseClick(submit, Qt::LeftButton);
        });
        page->openEnrollDialog();
        QVERIFY2(stayedOpen, qPrintable(refusal));
        QVERIFY2(refusal.startsWith(QStringLiteral("登记没有成功")), qPrintable(refusal));
        QVERIFY(engine.isEnrolled());
        QCOMPARE(textOf(ws.db(), "SELECT value FROM app_meta WHERE key = 'team_scope'"), QStringLiteral("team:gz"));
        QCOMPARE(textOf(ws.db(), "SELECT scope FROM visit"), QStringLiteral("team:gz"));
        QVERIFY(labelText(page, "syncNotice").contains(QStringLiteral("已登记到总部：李敏（广州组）")));
        // The first sync starts by itself.
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kSyncTimeoutMs);
        QVERIFY2(last.ok, qPrintable(last.error));
        QCOMPARE(last.pushed, 2);
        QVERIFY(!page->findChild<QLabel*>(QStringLiteral("syncNotice"))->isVisible()); // the result line took over
        QVERIFY(page->findChild<QPushButton*>(QStringLiteral("syncNow"))->isVisible());
        QVERIFY(!enrollButton->isVisible());
        QCOMPARE(labelText(page, "syncAccount"), QStringLiteral("李敏（gz-li）"));
        QCOMPARE(labelText(page, "syncRole"), QStringLiteral("招商专员"));
        QCOMPARE(labelText(page, "syncTeam"), QStringLiteral("广州组"));
        QCOMPARE(labelText(page, "syncServer"), hq.url());
        QVERIFY(sync.scheduler().isActive());

        // New work: a company (city-wide) and a visit put in another team's scope, which HQ must refuse.
        Company company;
        company.name = QStringLiteral("广州南沙智造科技有限公司");
        company.notes = QStringLiteral("李敏：董事长下月来韶考察");
        QVERIFY(CompanyRepository(ws.db()).create(company).ok());
        Visit stray;
        stray.companyId = company.id;
        stray.scope = QStringLiteral("team:other");
        stray.visitedAt = QDateTime::currentDateTime().addSecs(-3600);
        stray.city = QStringLiteral("guangzhou");
        stray.notes = QStringLiteral("记错了组的走访");
        QVERIFY(VisitRepository(ws.db()).create(stray).ok());
        page->refresh();
        QCOMPARE(labelText(page, "syncPending"), QStringLiteral("2 条"));
        QVERIFY2(page->indicatorText().startsWith(QStringLiteral("同步：待上传 2 条 · 上次 ")),
                 qPrintable(page->indicatorText()));

        auto* syncButton = page->findChild<QPushButton*>(QStringLiteral("syncNow"));
        QTest::mouseClick(syncButton, Qt::LeftButton);
        QVERIFY(engine.isBusy());
        QVERIFY(!syncButton->isEnabled());
        QVERIFY(page->findChild<QWidget*>(QStringLiteral("syncProgressBox"))->isVisible());
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, kSyncTimeoutMs);
        QVERIFY2(last.ok, qPrintable(last.error));
        QCOMPARE(last.refused, 1);
        QVERIFY(syncButton->isEnabled());
        QVERIFY(!page->findChild<QWidget*>(QStringLiteral("syncProgressBox"))->isVisible());
        QCOMPARE(labelText(page, "syncPending"), QStringLiteral("0 条（都已上传）"));
        QVERIFY2(labelText(page, "syncLastSuccess").startsWith(QStringLiteral("刚刚（")),
                 qPrintable(labelText(page, "syncLastSuccess")));
        QCOMPARE(labelText(page, "syncLastError"), QStringLiteral("无"));
        QVERIFY(labelText(page, "syncResult").contains(QStringLiteral("1 笔修改被总部退回")));

        // The refused visit is in the quarantine table with HQ's own words.
        auto quarantined = sync.replica().quarantine();
        QVERIFY(quarantined.ok());
        QCOMPARE(quarantined->size(), 1);
        const QString reason = quarantined->first().value(QStringLiteral("reason")).toString();
        QVERIFY(!reason.isEmpty());
        QTableWidget* quarantine = page->issues()->quarantine();
        QCOMPARE(quarantine->rowCount(), 1);
        QCOMPARE(quarantine->item(0, 1)->text(), QStringLiteral("走访 1 条"));
        QCOMPARE(quarantine->item(0, 2)->text(), reason);
        QCOMPARE(page->issues()->tabText(1), QStringLiteral("被总部退回（1）"));

        // F5 syncs while the page is shown, and only then.
        view.activateWindow(); // back from the enrolment dialog
        QVERIFY(QTest::qWaitForWindowActive(&view));
        QTest::keyClick(&view, Qt::Key_F5);
        QVERIFY(engine.isBusy());
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 3, kSyncTimeoutMs);
        view.showPage(ui::WorkspaceView::Companies);
        QTest::keyClick(&view, Qt::Key_F5);
        QVERIFY(!engine.isBusy());
        view.showPage(ui::WorkspaceView::Sync);

        // Another laptop of the team edits the company's notes later: this laptop's value loses and is listed.
        OtherLaptop other;
        QVERIFY(other.enroll(hq.url()));
        QVERIFY(other.sync());
        Company theirs = CompanyRepository(other.db()).get(company.id).value();
        theirs.notes = QStringLiteral("吴倩：考察推迟到年后");
        QVERIFY(CompanyRepository(other.db()).update(theirs).ok());
        QVERIFY(other.sync());
        QTest::keyClick(&view, Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 4, kSyncTimeoutMs);
        QVERIFY2(last.ok, qPrintable(last.error));
        QVERIFY(last.conflicts >= 1);
        // Counted as the officer sees them: the notes, not the bookkeeping columns that changed with them.
        QVERIFY2(labelText(page, "syncResult").contains(QStringLiteral("1 处冲突")),
                 qPrintable(labelText(page, "syncResult")));
        QCOMPARE(CompanyRepository(ws.db()).get(company.id)->notes, theirs.notes);

        QTableWidget* conflicts = page->issues()->conflicts();
        const int row = rowWithText(conflicts, 3, QStringLiteral("备注"));
        QVERIFY(row >= 0);
        QCOMPARE(conflicts->item(row, 1)->text(), QStringLiteral("客商"));
        QCOMPARE(conflicts->item(row, 2)->text(), company.name);
        QCOMPARE(conflicts->item(row, 4)->text(), company.notes);
        QCOMPARE(conflicts->item(row, 5)->text(), theirs.notes);
        QVERIFY(conflicts->item(row, 6)->text().startsWith(QStringLiteral("设备 ")));
        QVERIFY(!conflicts->item(row, 7)->text().isEmpty());
        QCOMPARE(rowWithText(conflicts, 3, QStringLiteral("修改时间")), -1); // bookkeeping is not shown
        QCOMPARE(page->issues()->tabText(0), QStringLiteral("冲突（1）"));

        auto* restore = page->findChild<QPushButton*>(QStringLiteral("restoreConflict"));
        QVERIFY(!restore->isEnabled());
        conflicts->selectRow(row);
        QVERIFY(restore->isEnabled());
        QTest::mouseClick(restore, Qt::LeftButton);
        QCOMPARE(CompanyRepository(ws.db()).get(company.id)->notes, company.notes);
        QVERIFY(labelText(page, "syncNotice").contains(QStringLiteral("下次同步时会覆盖")));
        QCOMPARE(labelText(page, "syncPending"), QStringLiteral("1 条"));
        QCOMPARE(page->issues()->tabText(0), QStringLiteral("冲突"));
        const int restoredRow = rowWithText(conflicts, 3, QStringLiteral("备注"));
        QVERIFY(conflicts->item(restoredRow, 7)->text().contains(QStringLiteral("已恢复我的值")));
        conflicts->selectRow(restoredRow);
        QVERIFY(!restore->isEnabled()); // once is enough

        // At the next sync the restored value wins everywhere.
        QTest::mouseClick(syncButton, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 5, kSyncTimeoutMs);
        QVERIFY2(last.ok, qPrintable(last.error));
        QVERIFY(other.sync());
        QCOMPARE(CompanyRepository(other.db()).get(company.id)->notes, company.notes);

        // HQ wipes this laptop: the next sync deletes the synced records and says so plainly.
        const QString device = engine.status().value(QStringLiteral("device")).toString();
        QVERIFY(hq::HqAuth::revokeDevice(hq.db(), device, true, Clock::system().wallMs()).ok());
        QTest::mouseClick(syncButton, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 6, kSyncTimeoutMs);
        QVERIFY(last.wiped);
        QCOMPARE(ws.db().scalar("SELECT count(*) FROM company").value(), qint64(0));
        QVERIFY(labelText(page, "syncWiped").contains(QStringLiteral("远程清除")));
        auto* message = page->findChild<QMessageBox*>(QStringLiteral("wipedMessage"));
        QVERIFY(message && message->isVisible());
        message->accept();
        QVERIFY(enrollButton->isVisible());
        QVERIFY(page->findChild<QLabel*>(QStringLiteral("syncWiped"))->isVisible());
        QVERIFY(!page->findChild<QLabel*>(QStringLiteral("syncNotice"))->isVisible()); // said once, in the card
        QCOMPARE(page->indicatorText(), QStringLiteral("同步：未登记"));
        QVERIFY(!sync.scheduler().isActive());
    }

    // More than one upload's worth: the next batch is sent while HQ still works on the one before (HQ holds the
    // first request here until a second one arrives: without two uploads at once it would wait in vain), and every
    // record arrives once, nothing left pending.
    void largePushSendsTheNextBatchWhileHqMerges()
    {
        InProcessHq hq;
        QVERIFY(hq.start());
        std::mutex mutex;
        std::condition_variable arrived;
        int pushes = 0;
        bool overlapped = false;
        hq.beforeHandle = [&](const hq::HttpRequest& r) {
            if (!r.target.startsWith("/v1/push"))
                return;
            std::unique_lock lock(mutex);
            ++pushes;
            arrived.notify_all();
            if (pushes == 1)
                overlapped = arrived.wait_for(lock, std::chrono::seconds(20), [&] { return pushes >= 2; });
        };
        OtherLaptop laptop;
        QVERIFY(laptop.enroll(hq.url()));
        const int companies = sync::SyncEngine::kPushRows * 2 + 300;
        {
            auto tx = Transaction::begin(laptop.db());
            QVERIFY(tx.ok());
            CompanyRepository repo(laptop.db());
            for (int i = 0; i < companies; ++i) {
                Company company;
                company.name = QStringLiteral("韶关批量测试企业%1有限公司").arg(i);
                QVERIFY(repo.create(company).ok());
            }
            QVERIFY(tx->commit().ok());
        }
        QVERIFY(laptop.sync());
        {
            std::lock_guard lock(mutex);
            QVERIFY(overlapped);
            QVERIFY(pushes >= 3);
        }
        QCOMPARE(laptop.replica().pendingChanges().value(), qint64(0));
        QCOMPARE(hq.db().scalar("SELECT count(*) FROM row_state WHERE tbl = 'company'").value(), qint64(companies));
        QCOMPARE(laptop.db().scalar("SELECT count(*) FROM company").value(), qint64(companies));
    }

    // The access token is refused half-way through a large upload (two requests on their way): the engine drops the
    // other one, renews the token once with the refresh token and sends everything again; HQ answers what it already
    // has as replayed, and every record is there once.
    void refusedTokenDuringALargePushIsRenewedOnce()
    {
        InProcessHq hq;
        QVERIFY(hq.start());
        std::mutex mutex;
        int tokenRequests = 0;
        hq.beforeHandle = [&](const hq::HttpRequest& r) {
            if (r.target == "/v1/token") {
                std::lock_guard lock(mutex);
                ++tokenRequests;
            }
        };
        OtherLaptop laptop;
        QVERIFY(laptop.enroll(hq.url()));
        const int companies = sync::SyncEngine::kPushRows + 700;
        {
            auto tx = Transaction::begin(laptop.db());
            QVERIFY(tx.ok());
            CompanyRepository repo(laptop.db());
            for (int i = 0; i < companies; ++i) {
                Company company;
                company.name = QStringLiteral("韶关令牌测试企业%1有限公司").arg(i);
                QVERIFY(repo.create(company).ok());
            }
            QVERIFY(tx->commit().ok());
        }
        const QString refresh = laptop.replica().state(QStringLiteral("refresh_token")).value();
        QVERIFY(laptop.replica().setState(QStringLiteral("access_token"), QStringLiteral("not-a-token")).ok());
        QVERIFY(laptop.sync());
        {
            std::lock_guard lock(mutex);
            QCOMPARE(tokenRequests, 1);
        }
        QVERIFY(laptop.replica().state(QStringLiteral("refresh_token")).value() != refresh); // single use: renewed
        QCOMPARE(laptop.replica().pendingChanges().value(), qint64(0));
        QCOMPARE(hq.db().scalar("SELECT count(*) FROM row_state WHERE tbl = 'company'").value(), qint64(companies));
    }
};

QTEST_MAIN(TestSyncPage)
#include "tst_syncpage.moc"
