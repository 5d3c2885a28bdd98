// The officer's day through the real widgets, offscreen: create a company, log a visit to it, find it by a
// two-character search; plus the list model checked by QAbstractItemModelTester over a large data set.
#include "WorkspaceFixture.h"

#include "desktop/core/demo/DemoData.h"
#include "desktop/core/materials/MaterialRepository.h"
#include "desktop/core/registry/RecordKinds.h"
#include "desktop/core/registry/RecordMerge.h"
#include "desktop/core/directory/CompanyRepository.h"
#include "desktop/core/pipeline/LeadRepository.h"
#include "desktop/core/visits/VisitRepository.h"
#include "desktop/core/search/SearchService.h"
#include "desktop/core/session/OfficerProfile.h"
#include "desktop/core/AppSettings.h"
#include "desktop/ui/DashboardPage.h"
#include "desktop/ui/SettingsDialog.h"
#include "desktop/ui/agreements/AgreementWatchTab.h"
#include "desktop/ui/agreements/ServiceTab.h"
#include "desktop/ui/io/ImportDialog.h"
#include "desktop/ui/sites/SiteMatchTab.h"
#include "desktop/ui/chains/ChainMapPage.h"
#include "desktop/ui/materials/MaterialViewer.h"
#include "desktop/ui/agreements/WatchPage.h"
#include "desktop/core/agreements/AgreementWatch.h"
#include "desktop/core/registry/RecordStore.h"
#include "desktop/ui/materials/BrochureDialog.h"
#include "desktop/print/BrochureComposer.h"
#include "desktop/print/DocumentPrinter.h"
#include "desktop/print/LocationMap.h"
#include "desktop/ui/Style.h"
#include "desktop/ui/session/ProfileDialog.h"
#include "desktop/ui/directory/CompanyDialog.h"
#include "desktop/ui/records/GenericRecordDialog.h"
#include "desktop/ui/records/MergeDialog.h"
#include "desktop/ui/records/RecordPage.h"
#include "desktop/ui/records/UndoBar.h"
#include "desktop/ui/records/RecordListPage.h"
#include "desktop/ui/records/RecordTableModel.h"
#include "desktop/ui/records/ReferenceCombo.h"
#include "desktop/ui/search/SearchPage.h"
#include "desktop/ui/visits/VisitDialog.h"
#include "desktop/core/sync/SyncController.h"
#include "desktop/ui/WorkspaceView.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QChartView>
#include <QDateEdit>
#include <QTableWidget>
#include <QBuffer>
#include <QPrinter>
#include <QScopeGuard>
#include <QSpinBox>
#include <QTabWidget>
#include <QCheckBox>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QComboBox>
#include <QCompleter>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QMessageBox>
#include <QSignalSpy>
#include <QTabBar>
#include <QTableView>
#include <QTabWidget>
#include <QTreeWidget>
#include <QInputDialog>
#include <QMenu>
#include <QSettings>
#include <QTimer>
#include <QPdfDocument>
#include <QToolButton>

using namespace zs;

namespace {
// Runs `fill` on the next modal dialog of type T once it is shown.
template <typename T, typename F> void whenDialogOpens(F fill)
{
    QTimer::singleShot(0, [fill] {
        auto* dialog = qobject_cast<T*>(QApplication::activeModalWidget());
        if (!dialog) {
            whenDialogOpens<T>(fill); // not shown yet: look again on the next turn of the event loop
            return;
        }
        fill(dialog);
    });
}
} // namespace

class TestWorkspaceUi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); } // settings go to a test location
    void createCompanyLogVisitFindBySearch()
    {
        test::WorkspaceFixture ws;
        SyncController sync(ws.workspace());
        ui::WorkspaceView view(ws.workspace(), sync);
        view.resize(1200, 800);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));

        // New company: first without a name (refused in place), then properly.
        bool sawNameError = false;
        whenDialogOpens<ui::CompanyDialog>([&sawNameError](ui::CompanyDialog* dialog) {
            auto* save = dialog->findChild<QPushButton*>(QStringLiteral("save"));
            QTest::mouseClick(save, Qt::LeftButton);
            QLabel* error = dialog->errorLabel(QStringLiteral("name"));
            sawNameError = error && error->isVisible() && error->text().contains(QStringLiteral("请填写企业名称"));
            dialog->findChild<QLineEdit*>(QStringLiteral("companyName"))
                ->setText(QStringLiteral("韶关丹霞新材料有限公司"));
            dialog->findChild<QLineEdit*>(QStringLiteral("creditCode"))->setText(QStringLiteral("91440300708461136T"));
            QTest::mouseClick(save, Qt::LeftButton);
        });
        view.createRecord(RecordKind::Company);
        QVERIFY(sawNameError);
        QCOMPARE(ws.db().scalar("SELECT count(*) FROM company").value(), qint64(1));
        ui::RecordListPage* companies = view.listPage(ui::WorkspaceView::Companies);
        QVERIFY(companies);
        view.showPage(ui::WorkspaceView::Companies);
        QTRY_COMPARE(companies->model()->rowCount(), 1);

        // New visit with Ctrl+N, picking the company by part of its name.
        whenDialogOpens<ui::VisitDialog>([](ui::VisitDialog* dialog) {
            auto* company = dialog->findChild<QComboBox*>(QStringLiteral("visitCompany"));
            company->setCurrentIndex(company->findText(QStringLiteral("韶关丹霞新材料有限公司")));
            dialog->findChild<QPlainTextEdit*>(QStringLiteral("visitNotes"))
                ->setPlainText(QStringLiteral("讨论在始兴建设电子铝箔工厂的用地需求"));
            QApplication::setActiveWindow(dialog);
            QTest::keyClick(dialog, Qt::Key_S, Qt::ControlModifier); // Ctrl+S saves
        });
        QApplication::setActiveWindow(&view);
        QTest::keyClick(&view, Qt::Key_N, Qt::ControlModifier);
        QCOMPARE(ws.db().scalar("SELECT count(*) FROM visit").value(), qint64(1));

        // A library material handed out at a visit is recorded on the company's timeline.
        Material guide;
        guide.title = QStringLiteral("园区介绍");
        guide.kind = QStringLiteral("park");
        guide.mime = QStringLiteral("application/pdf");
        QVERIFY(MaterialRepository(ws.db()).add(guide, QByteArray("%PDF-1.4 stand-in bytes for a stored file")).ok());
        whenDialogOpens<ui::VisitDialog>([](ui::VisitDialog* dialog) {
            auto* company = dialog->findChild<QComboBox*>(QStringLiteral("visitCompany"));
            company->setCurrentIndex(company->findText(QStringLiteral("韶关丹霞新材料有限公司")));
            auto* library = dialog->findChild<QListWidget*>(QStringLiteral("handedOut"));
            library->item(0)->setCheckState(Qt::Checked);
            QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("save")), Qt::LeftButton);
        });
        view.newVisit();
        QCOMPARE(ws.db().scalar("SELECT count(*) FROM material_handout WHERE visit_id IS NOT NULL").value(), qint64(1));
        QCOMPARE(ws.db().scalar("SELECT count(*) FROM visit WHERE materials = '园区介绍'").value(), qint64(1));

        // A visit to a company that does not exist yet: typed on the spot, created with the visit.
        whenDialogOpens<ui::VisitDialog>([](ui::VisitDialog* dialog) {
            auto* company = dialog->findChild<QComboBox*>(QStringLiteral("visitCompany"));
            company->setEditText(QStringLiteral("东莞精诚模具有限公司"));
            QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("save")), Qt::LeftButton);
        });
        view.newVisit();
        QCOMPARE(ws.db().scalar("SELECT count(*) FROM company").value(), qint64(2));
        QCOMPARE(ws.db().scalar("SELECT count(*) FROM visit").value(), qint64(3));

        // Two characters find the visit, with the match highlighted.
        view.focusSearch();
        QTest::keyClicks(view.searchBox(), QStringLiteral("x")); // something typed, then replaced as an IME would
        view.searchBox()->setText(QStringLiteral("始兴"));
        QTest::keyClick(view.searchBox(), Qt::Key_Return);
        QVERIFY(view.searchShown());
        QListWidget* results = view.searchPage()->results();
        QCOMPARE(results->count(), 1);
        QCOMPARE(results->item(0)->text(), QStringLiteral("韶关丹霞新材料有限公司"));
        auto* label = qobject_cast<QLabel*>(results->itemWidget(results->item(0)));
        QVERIFY(label && label->text().contains(QStringLiteral(">始兴</b>")));
    }

    // The search page: a tab per kind found with its count, no timings on screen, more than the first hundred on
    // request, and a keyboard path from the box into the results (↓, then Enter opens the record).
    void searchNarrowsByKindAndReadsMore()
    {
        test::WorkspaceFixture ws;
        ZS_VERIFY_OK(DemoData::generate(ws.db(), 1500));
        SyncController sync(ws.workspace());
        ui::WorkspaceView view(ws.workspace(), sync);
        view.resize(1366, 768);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.focusSearch();
        view.searchBox()->setText(QStringLiteral("韶关"));
        QTest::keyClick(view.searchBox(), Qt::Key_Return);
        ui::SearchPage* page = view.searchPage();
        QListWidget* results = page->results();
        QCOMPARE(results->count(), ui::SearchPage::kPage);
        auto* heading = page->findChild<QLabel*>(QStringLiteral("pageTitle"));
        QVERIFY(heading && !heading->text().contains(QStringLiteral("毫秒")));
        auto* more = page->findChild<QPushButton*>(QStringLiteral("searchMore"));
        QVERIFY(more && more->isVisible());
        more->click();
        QVERIFY(results->count() > ui::SearchPage::kPage);
        // The kinds found, each counted over every match (what a search without limit returns), adding up to 全部.
        QTabBar* kinds = page->kinds();
        QVERIFY(kinds->isVisible() && kinds->count() >= 3);
        QVERIFY(kinds->tabText(0).startsWith(QStringLiteral("全部")));
        auto everything = SearchService(ws.db()).search(QStringLiteral("韶关"), 1'000'000);
        ZS_VERIFY_OK(everything);
        QVERIFY(everything->size() > results->count()); // more than shown: the counts are not the shown ones
        const auto number = [](const QString& tab) {
            return QLocale().toInt(tab.section(u'（', 1).section(u'）', 0, 0));
        };
        QCOMPARE(number(kinds->tabText(0)), int(everything->size()));
        const int all = results->count();
        int sum = 0, shown = 0;
        for (int t = 1; t < kinds->count(); ++t) {
            kinds->setCurrentIndex(t);
            const int kind = kinds->tabData(t).toInt();
            for (int r = 0; r < results->count(); ++r)
                QCOMPARE(results->item(r)->data(Qt::UserRole + 1).toInt(), kind);
            const auto ofKind = std::count_if(everything->begin(), everything->end(),
                                              [kind](const SearchHit& h) { return int(h.kind) == kind; });
            QCOMPARE(number(kinds->tabText(t)), int(ofKind));
            sum += number(kinds->tabText(t));
            shown += results->count();
        }
        QCOMPARE(sum, int(everything->size()));
        QCOMPARE(shown, all);
        // The companies tab, then from the box: ↓ selects the first result and Enter opens it.
        for (int t = 1; t < kinds->count(); ++t)
            if (kinds->tabData(t).toInt() == static_cast<int>(RecordKind::Company))
                kinds->setCurrentIndex(t);
        QSignalSpy opened(page, &ui::SearchPage::openRecord);
        view.searchBox()->setFocus();
        QTest::keyClick(view.searchBox(), Qt::Key_Down);
        QTRY_VERIFY(results->hasFocus() || QApplication::focusWidget() == nullptr);
        QCOMPARE(results->currentRow(), 0);
        QTest::keyClick(results, Qt::Key_Return);
        QCOMPARE(opened.size(), 1);
        QCOMPARE(opened.first().at(0).value<RecordKind>(), RecordKind::Company);
        QVERIFY(view.recordShown()); // on its page
    }

    // The dashboard's day: follow-ups overdue, today and in the coming week, each done or moved to another day from
    // there (a correction with its revision); leads by stage as a Qt Charts chart; how sync stands.
    void dashboardFollowUpsAndPipeline()
    {
        test::WorkspaceFixture ws;
        Company c;
        c.name = QStringLiteral("深圳鹏程新能源科技有限公司");
        QVERIFY(CompanyRepository(ws.db()).create(c).ok());
        const QDate today = QDate::currentDate();
        QStringList ids;
        for (int days : {-3, 0, 4, 20}) { // overdue, today, this week, later
            Visit v;
            v.companyId = c.id;
            v.visitedAt = QDateTime(today.addDays(-10), QTime(10, 0));
            v.city = QStringLiteral("shenzhen");
            v.nextStep = QStringLiteral("寄送园区资料（%1）").arg(days);
            v.nextDue = today.addDays(days);
            auto id = VisitRepository(ws.db()).create(v);
            ZS_VERIFY_OK(id);
            ids << id.value();
        }
        Lead lead;
        lead.companyId = c.id;
        lead.title = QStringLiteral("储能电池 PACK 生产基地项目");
        lead.sourceKind = QStringLiteral("team");
        lead.stage = QStringLiteral("inspection");
        QVERIFY(LeadRepository(ws.db()).create(lead).ok());

        SyncController sync(ws.workspace());
        ui::DashboardPage dashboard(ws.workspace(), sync);
        dashboard.resize(1366, 700);
        dashboard.show();
        QListWidget* due = dashboard.followUps();
        QCOMPARE(due->count(), 3); // not the one in 20 days
        QVERIFY(due->item(0)->text().startsWith(QStringLiteral("逾期 3 天")));
        QVERIFY(due->item(1)->text().startsWith(QStringLiteral("今天")));
        QCOMPARE(due->item(2)->data(Qt::UserRole).toString(), ids[2]);
        auto* done = dashboard.findChild<QPushButton*>(QStringLiteral("followUpDone"));
        QVERIFY(done && !done->isEnabled()); // nothing chosen yet

        due->setCurrentRow(0);
        QVERIFY(done->isEnabled());
        QSignalSpy changed(&dashboard, &ui::DashboardPage::recordsChanged);
        done->click();
        QCOMPARE(changed.size(), 1);
        QVERIFY(VisitRepository(ws.db()).get(ids[0])->nextDone);
        QCOMPARE(due->count(), 2);

        // Today's moved to the day after tomorrow: out of "今天", its revision kept.
        due->setCurrentRow(0);
        QVERIFY(dashboard.rescheduleSelected(today.addDays(2)));
        auto moved = VisitRepository(ws.db()).get(ids[1]);
        ZS_VERIFY_OK(moved);
        QCOMPARE(moved->nextDue, today.addDays(2));
        auto history = VisitRepository(ws.db()).history(ids[1]);
        ZS_VERIFY_OK(history);
        QVERIFY(!history->isEmpty());
        QCOMPARE(due->count(), 2);
        QVERIFY(!due->item(0)->text().startsWith(QStringLiteral("今天")));

        // A day before the visit itself: refused, with the form's reason, and nothing changes.
        whenDialogOpens<QMessageBox>([](QMessageBox* box) {
            QVERIFY(box->text().contains(QStringLiteral("跟进日期不能早于走访日期")));
            box->accept();
        });
        due->setCurrentRow(0);
        QVERIFY(!dashboard.rescheduleSelected(today.addDays(-30)));
        QCOMPARE(due->count(), 2);

        // The pipeline chart: every stage in order, the lead in 考察.
        const auto stages = dashboard.chartedStages();
        QVERIFY(stages.size() >= 9);
        QCOMPARE(stages.first().first, QStringLiteral("线索"));
        bool inspection = false;
        for (const auto& [name, count] : stages)
            if (name == QStringLiteral("考察"))
                inspection = count == 1;
        QVERIFY(inspection);
        QVERIFY(dashboard.findChild<QWidget*>(QStringLiteral("stageChart")));
        auto* syncState = dashboard.findChild<QLabel*>(QStringLiteral("dashboardSync"));
        QVERIFY(syncState && syncState->text().contains(QStringLiteral("还没有登记到总部")));
    }

    // 我的信息: filled from the enrolment, checked like any form (a name is needed, the email's shape), saved in the
    // workspace, where the brochure card and new visits find it.
    void profileDialogEditsTheOfficer()
    {
        test::WorkspaceFixture ws;
        ZS_VERIFY_OK(ws.db().run("INSERT INTO sync_state (key, value) VALUES ('display_name', '吴倩'), "
                                 "('team_name', '东莞组')"));
        ui::ProfileDialog dialog(ws.workspace());
        dialog.show();
        auto* name = dialog.findChild<QLineEdit*>(QStringLiteral("profileName"));
        QCOMPARE(name->text(), QStringLiteral("吴倩"));
        auto edits = dialog.findChildren<QLineEdit*>();
        QLineEdit* email = nullptr;
        for (QLineEdit* e : edits)
            if (e->placeholderText().contains(QStringLiteral("@")))
                email = e;
        QVERIFY(email);
        name->clear();
        email->setText(QStringLiteral("wuqian-at-example"));
        dialog.findChild<QPushButton*>(QStringLiteral("save"))->click();
        QVERIFY(dialog.isVisible());
        QVERIFY(dialog.invalidFields().contains(QStringLiteral("name")));
        QVERIFY(dialog.invalidFields().contains(QStringLiteral("email")));
        name->setText(QStringLiteral("吴倩"));
        email->setText(QStringLiteral("wuqian@example.cn"));
        dialog.findChild<QPushButton*>(QStringLiteral("save"))->click();
        QVERIFY(!dialog.isVisible());
        auto saved = OfficerProfile::load(ws.db());
        ZS_VERIFY_OK(saved);
        QCOMPARE(saved->email, QStringLiteral("wuqian@example.cn"));
        QCOMPARE(saved->city, QStringLiteral("dongguan"));
        QCOMPARE(saved->team, QStringLiteral("韶关市驻东莞招商组"));
    }

    // While a company's name is typed, one with the same core name is pointed out and can be opened instead.
    void companyFormWarnsOfASimilarName()
    {
        test::WorkspaceFixture ws;
        Company existing;
        existing.name = QStringLiteral("广州华达精密机械有限公司");
        QVERIFY(CompanyRepository(ws.db()).create(existing).ok());
        ui::CompanyDialog dialog(ws.workspace(), QString());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto* name = dialog.findChild<QLineEdit*>(QStringLiteral("companyName"));
        auto* warning = dialog.findChild<QLabel*>(QStringLiteral("similarCompany"));
        auto* open = dialog.findChild<QPushButton*>(QStringLiteral("openExisting"));
        QVERIFY(name && warning && open);
        QVERIFY(!warning->isVisible());
        name->setText(QStringLiteral("广州华达精密机械公司"));
        Q_EMIT name->textEdited(name->text());
        QTRY_VERIFY(warning->isVisible());
        QVERIFY(warning->text().contains(QStringLiteral("「广州华达精密机械有限公司」")));
        QVERIFY(open->isVisible());
        // The exact name: the refusal announced before saving.
        name->setText(QStringLiteral("广州华达精密机械有限公司"));
        Q_EMIT name->textEdited(name->text());
        QTRY_VERIFY(warning->text().contains(QStringLiteral("保存会被拒绝")));
        // A different company: no warning.
        name->setText(QStringLiteral("东莞松湖智能装备有限公司"));
        Q_EMIT name->textEdited(name->text());
        QTRY_VERIFY(!warning->isVisible());
        QVERIFY(!open->isVisible());
        // Opening the existing one instead closes this form and names the record.
        name->setText(QStringLiteral("华达精密机械（广州）公司"));
        Q_EMIT name->textEdited(name->text());
        QTRY_VERIFY(open->isVisible());
        QSignalSpy opened(&dialog, &ui::CompanyDialog::openExisting);
        open->click();
        QCOMPARE(opened.size(), 1);
        QCOMPARE(opened.first().at(0).toString(), existing.id);
        QVERIFY(!dialog.isVisible());
    }

    // From the companies list: Delete on a company nothing refers to asks, deletes, and Ctrl+Z brings it back; a
    // company with a visit is refused with the advice to merge; two selected duplicates merge in the merge dialog
    // (the one more work hangs on kept by default), and the undo bar takes the merge back.
    void deleteAndMergeFromTheListWithUndo()
    {
        test::WorkspaceFixture ws;
        CompanyRepository companies(ws.db());
        Company kept, dup, other;
        kept.name = QStringLiteral("广州华达精密机械有限公司");
        kept.creditCode = QStringLiteral("91440300708461136T");
        dup.name = QStringLiteral("华达精密机械（广州）");
        dup.notes = QStringLiteral("广交会上交换名片");
        other.name = QStringLiteral("东莞松湖智能装备有限公司");
        QVERIFY(companies.create(kept).ok() && companies.create(dup).ok() && companies.create(other).ok());
        for (const QString& id : {kept.id, kept.id, dup.id}) {
            Visit v;
            v.companyId = id;
            v.visitedAt = QDateTime(QDate(2026, 11, 20), QTime(10, 0));
            v.city = QStringLiteral("guangzhou");
            QVERIFY(VisitRepository(ws.db()).create(v).ok());
        }
        SyncController sync(ws.workspace());
        ui::WorkspaceView view(ws.workspace(), sync);
        view.resize(1200, 800);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.showPage(ui::WorkspaceView::Companies);
        ui::RecordListPage* list = view.listPage(ui::WorkspaceView::Companies);
        QTRY_COMPARE(list->model()->rowCount(), 3);
        const auto rowOf = [list](const QString& id) {
            for (int r = 0; r < list->model()->rowCount(); ++r)
                if (list->model()->idAt(r) == id)
                    return r;
            return -1;
        };
        const auto live = [&ws](const QString& id) {
            const QByteArray sql = "SELECT count(*) FROM company WHERE deleted = 0 AND id = '" + id.toUtf8() + "'";
            return ws.db().scalar(sql.constData()).value();
        };
        ui::UndoBar* undo = view.undoBar();
        QVERIFY(undo && !undo->isVisible());

        // Delete, confirmed; then Ctrl+Z.
        list->view()->setFocus();
        list->view()->selectRow(rowOf(other.id));
        QCOMPARE(list->selectedIds(), QStringList{other.id});
        whenDialogOpens<QMessageBox>([](QMessageBox* box) {
            QVERIFY(box->text().contains(QStringLiteral("「东莞松湖智能装备有限公司」")));
            box->button(QMessageBox::Yes)->click();
        });
        QApplication::setActiveWindow(&view);
        QTest::keyClick(list->view(), Qt::Key_Delete);
        QCOMPARE(live(other.id), 0);
        QTRY_COMPARE(list->model()->rowCount(), 2);
        QVERIFY(undo->isVisible());
        QApplication::setActiveWindow(&view); // back from the question
        list->view()->setFocus();
        QTest::keyClick(list->view(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(live(other.id), 1);
        QTRY_COMPARE(list->model()->rowCount(), 3);

        // A company with a visit is not deleted: the message says why and what to do.
        QString refusal;
        whenDialogOpens<QMessageBox>([](QMessageBox* box) { box->button(QMessageBox::Yes)->click(); });
        QTimer::singleShot(0, [&refusal] {
            whenDialogOpens<QMessageBox>([&refusal](QMessageBox* box) {
                if (!box->button(QMessageBox::Yes)) { // the warning, after the question
                    refusal = box->text();
                    box->accept();
                }
            });
        });
        view.deleteRecords(RecordKind::Company, {dup.id});
        QTRY_VERIFY(!refusal.isEmpty());
        QVERIFY2(refusal.contains(QStringLiteral("走访")) && refusal.contains(QStringLiteral("合并")),
                 qPrintable(refusal));
        QCOMPARE(live(dup.id), 1);

        // Merge the two selected duplicates: the one with two visits stays by default.
        QString effect;
        whenDialogOpens<ui::MergeDialog>([&effect](ui::MergeDialog* dialog) {
            effect = dialog->findChild<QLabel*>(QStringLiteral("mergeEffect"))->text();
            QVERIFY(dialog->findChild<QRadioButton*>(QStringLiteral("keepFirst"))->isChecked());
            dialog->findChild<QPushButton*>(QStringLiteral("save"))->click();
        });
        view.mergeRecords(RecordKind::Company, {kept.id, dup.id});
        QVERIFY2(effect.contains(QStringLiteral("「华达精密机械（广州）」名下的走访 1 条将移到")), qPrintable(effect));
        QVERIFY2(effect.contains(QStringLiteral("补全备注")), qPrintable(effect));
        QCOMPARE(live(dup.id), 0);
        const auto visitsOn = [&ws](const QString& id) {
            const QByteArray sql = "SELECT count(*) FROM visit WHERE company_id = '" + id.toUtf8() + "'";
            return ws.db().scalar(sql.constData()).value();
        };
        QCOMPARE(visitsOn(kept.id), 3);
        QTRY_COMPARE(list->model()->rowCount(), 2);
        QVERIFY(undo->isVisible());
        QTest::mouseClick(undo->findChild<QPushButton*>(QStringLiteral("undoButton")), Qt::LeftButton);
        QCOMPARE(live(dup.id), 1);
        QCOMPARE(visitsOn(dup.id), 1);
        QTRY_COMPARE(list->model()->rowCount(), 3);
    }

    // A company opens on its page in the main area: its facts, its activity and a tab per kind referring to it; an
    // entry opens its record; Alt+← and Alt+→ go back to the list and forward to the page again.
    void companyPageWithBackAndForward()
    {
        test::WorkspaceFixture ws;
        Company c;
        c.name = QStringLiteral("东莞松湖智能装备有限公司");
        c.hqCity = QStringLiteral("东莞");
        QVERIFY(CompanyRepository(ws.db()).create(c).ok());
        Visit v;
        v.companyId = c.id;
        v.visitedAt = QDateTime(QDate(2026, 11, 20), QTime(10, 0));
        v.city = QStringLiteral("dongguan");
        v.notes = QStringLiteral("了解松山湖二期扩产计划");
        QVERIFY(VisitRepository(ws.db()).create(v).ok());
        SyncController sync(ws.workspace());
        ui::WorkspaceView view(ws.workspace(), sync);
        view.resize(1200, 800);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.showPage(ui::WorkspaceView::Companies);
        ui::RecordListPage* list = view.listPage(ui::WorkspaceView::Companies);
        QTRY_COMPARE(list->model()->rowCount(), 1);
        Q_EMIT list->view()->activated(list->model()->index(0, 0));
        QVERIFY(view.recordShown());
        ui::RecordPage* page = view.recordPage();
        QCOMPARE(page->recordId(), c.id);
        QCOMPARE(page->overview().title, c.name);
        QCOMPARE(page->tabs()->count(), 2);
        QCOMPARE(page->tabs()->tabText(0), QStringLiteral("动态（1）"));
        QCOMPARE(page->tabs()->tabText(1), QStringLiteral("走访（1）"));
        auto* activity = qobject_cast<QTreeWidget*>(page->tabs()->widget(0));
        QVERIFY(activity);
        QCOMPARE(activity->topLevelItem(0)->text(3), QStringLiteral("了解松山湖二期扩产计划"));
        // The visit opens on its own page (every kind has one); its form is a click away, and back is the company.
        Q_EMIT activity->itemActivated(activity->topLevelItem(0), 0);
        QCOMPARE(page->kind(), RecordKind::Visit);
        QVERIFY(page->recordId() != c.id);
        const auto facts = page->overview().facts;
        QVERIFY(std::any_of(facts.cbegin(), facts.cend(),
                            [&c](const RecordOverview::Fact& f) { return f.refKind && f.refId == c.id; }));
        bool opened = false;
        whenDialogOpens<ui::VisitDialog>([&opened](ui::VisitDialog* dialog) {
            opened = true;
            dialog->reject();
        });
        // (the company's buttons stay, hidden, until the event loop deletes them; the visit's show on its next turn)
        const auto shownEdit = [page]() -> QPushButton* {
            for (QPushButton* b : page->findChildren<QPushButton*>(QStringLiteral("editRecord")))
                if (b->isVisible())
                    return b;
            return nullptr;
        };
        QTRY_VERIFY(shownEdit());
        QTest::mouseClick(shownEdit(), Qt::LeftButton);
        QVERIFY(opened);

        QApplication::setActiveWindow(&view);
        page->tabs()->setFocus();
        QTest::keyClick(page->tabs(), Qt::Key_Left, Qt::AltModifier);
        QCOMPARE(page->kind(), RecordKind::Company);
        QCOMPARE(page->recordId(), c.id);
        QTest::keyClick(page->tabs(), Qt::Key_Left, Qt::AltModifier);
        QVERIFY(!view.recordShown());
        QCOMPARE(view.currentPage(), ui::WorkspaceView::Companies);
        QTest::keyClick(list->view(), Qt::Key_Right, Qt::AltModifier);
        QVERIFY(view.recordShown());
        QCOMPARE(page->recordId(), c.id);
        // Clicking the list's entry in the navigation goes back to the list.
        auto* navigation = view.findChild<QListWidget*>(QStringLiteral("navigation"));
        const QRect row = navigation->visualItemRect(navigation->item(ui::WorkspaceView::Companies));
        QTest::mouseClick(navigation->viewport(), Qt::LeftButton, {}, row.center());
        QVERIFY(!view.recordShown());
        // Merged away meanwhile (a sync, another window): its page does not open; the strip says why.
        Company kept;
        kept.name = QStringLiteral("松湖智能装备（东莞）");
        QVERIFY(CompanyRepository(ws.db()).create(kept).ok());
        ZS_VERIFY_OK(RecordMerge(ws.db()).merge(RecordKinds::get(RecordKind::Company), kept.id, c.id));
        view.openRecord(RecordKind::Company, c.id);
        QVERIFY(!view.recordShown());
        QVERIFY(view.undoBar()->isVisible() && !view.undoBar()->canUndo());
        QVERIFY(view.undoBar()->findChild<QLabel*>()->text().contains(QStringLiteral("已被合并或删除")));
    }

    // A lead's page: its company is a link to the company's page (the page refills from the link's own click), and
    // back returns to the lead.
    void leadPageLinksToItsCompany()
    {
        test::WorkspaceFixture ws;
        Company c;
        c.name = QStringLiteral("深圳鹏程新能源科技有限公司");
        QVERIFY(CompanyRepository(ws.db()).create(c).ok());
        Lead l;
        l.companyId = c.id;
        l.title = QStringLiteral("储能电池项目");
        QVERIFY(LeadRepository(ws.db()).create(l).ok());
        SyncController sync(ws.workspace());
        ui::WorkspaceView view(ws.workspace(), sync);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.openRecord(RecordKind::Lead, l.id);
        ui::RecordPage* page = view.recordPage();
        QVERIFY(view.recordShown() && page->kind() == RecordKind::Lead);
        QCOMPARE(page->tabs()->tabText(1), QStringLiteral("选址匹配"));
        QCOMPARE(page->tabs()->tabText(2), QStringLiteral("阶段记录（1）"));
        QPointer<QLabel> link;
        for (QLabel* label : page->findChildren<QLabel*>())
            if (label->isVisible() && label->text().contains(QStringLiteral("<a")))
                link = label;
        QVERIFY(link);
        QVERIFY(link->text().contains(c.name));
        Q_EMIT link->linkActivated(QStringLiteral("#"));
        QCOMPARE(page->kind(), RecordKind::Company);
        QCOMPARE(page->recordId(), c.id);
        QTRY_VERIFY(link.isNull() || !link->isVisible()); // the lead's facts are gone once the event loop runs
        view.goBack();
        QCOMPARE(page->kind(), RecordKind::Lead);
        QCOMPARE(page->recordId(), l.id);
    }

    // From a company's page: 合并重复客商… offers the similar names first, then the merge dialog; the page's company
    // merged into the other leaves the page with the undo in the strip.
    void mergeFromTheCompanyPage()
    {
        test::WorkspaceFixture ws;
        CompanyRepository companies(ws.db());
        Company a, b, other;
        a.name = QStringLiteral("华达精密机械（广州）");
        b.name = QStringLiteral("广州华达精密机械有限公司");
        other.name = QStringLiteral("东莞松湖智能装备有限公司");
        QVERIFY(companies.create(a).ok() && companies.create(b).ok() && companies.create(other).ok());
        Visit v;
        v.companyId = b.id;
        v.visitedAt = QDateTime(QDate(2026, 11, 20), QTime(10, 0));
        v.city = QStringLiteral("guangzhou");
        QVERIFY(VisitRepository(ws.db()).create(v).ok());
        SyncController sync(ws.workspace());
        ui::WorkspaceView view(ws.workspace(), sync);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.openRecord(RecordKind::Company, a.id);
        QVERIFY(view.recordShown());
        QStringList offered;
        whenDialogOpens<QInputDialog>([&offered](QInputDialog* dialog) {
            offered = dialog->comboBoxItems();
            dialog->setTextValue(offered.value(0));
            dialog->accept();
        });
        whenDialogOpens<ui::MergeDialog>([](ui::MergeDialog* dialog) {
            // b has the visit: kept by default
            QVERIFY(dialog->findChild<QRadioButton*>(QStringLiteral("keepSecond"))->isChecked());
            dialog->findChild<QPushButton*>(QStringLiteral("save"))->click();
        });
        auto* find = view.recordPage()->findChild<QPushButton*>(QStringLiteral("findDuplicate"));
        QVERIFY(find);
        find->click();
        QCOMPARE(offered.size(), 2);
        QCOMPARE(offered.first(), QStringLiteral("广州华达精密机械有限公司（名称相近）"));
        const QByteArray deleted = "SELECT deleted FROM company WHERE id = '" + a.id.toUtf8() + "'";
        QCOMPARE(ws.db().scalar(deleted.constData()).value(), 1);
        QVERIFY(!view.recordShown()); // its page is gone with it
        QVERIFY(view.undoBar()->canUndo());
    }

    // The quick filter narrows a list as one types; the filter row saved as a named 筛选方案 comes back in one click.
    void quickFilterAndSavedFilters()
    {
        QSettings().remove(QStringLiteral("lists"));
        test::WorkspaceFixture ws;
        CompanyRepository companies(ws.db());
        for (const char16_t* name :
             {u"广州华达精密机械有限公司", u"东莞松湖智能装备有限公司", u"深圳华源新能源科技有限公司"}) {
            Company c;
            c.name = QString::fromUtf16(name);
            QVERIFY(companies.create(c).ok());
        }
        SyncController sync(ws.workspace());
        ui::WorkspaceView view(ws.workspace(), sync);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.showPage(ui::WorkspaceView::Companies);
        ui::RecordListPage* list = view.listPage(ui::WorkspaceView::Companies);
        QTRY_COMPARE(list->model()->rowCount(), 3);
        list->quickFilter()->setText(QStringLiteral("华"));
        QTRY_COMPARE(list->model()->rowCount(), 2);
        list->quickFilter()->setText(QStringLiteral("华 新能源"));
        QTRY_COMPARE(list->model()->rowCount(), 1);
        QCOMPARE(list->model()->index(0, 0).data().toString(), QStringLiteral("深圳华源新能源科技有限公司"));

        auto* saved = list->findChild<QPushButton*>(QStringLiteral("savedFilters"));
        QVERIFY(saved && saved->menu());
        const auto action = [saved](const QString& text) -> QAction* {
            Q_EMIT saved->menu()->aboutToShow();
            for (QAction* a : saved->menu()->actions())
                if (a->text() == text)
                    return a;
            return nullptr;
        };
        whenDialogOpens<QInputDialog>([](QInputDialog* dialog) {
            dialog->setTextValue(QStringLiteral("深圳新能源"));
            dialog->accept();
        });
        QAction* save = action(QStringLiteral("保存当前筛选…"));
        QVERIFY(save);
        save->trigger();
        action(QStringLiteral("清除筛选"))->trigger();
        QCOMPARE(list->quickFilter()->text(), QString());
        QTRY_COMPARE(list->model()->rowCount(), 3);
        QAction* mine = action(QStringLiteral("深圳新能源"));
        QVERIFY(mine);
        mine->trigger();
        QCOMPARE(list->quickFilter()->text(), QStringLiteral("华 新能源"));
        QTRY_COMPARE(list->model()->rowCount(), 1);
    }

    // 分组: the leads list grouped by stage shows each stage with its count; a click on one filters the list by it,
    // a second click shows them all again.
    void listGroupedByStage()
    {
        test::WorkspaceFixture ws;
        Company c;
        c.name = QStringLiteral("东莞松湖智能装备有限公司");
        QVERIFY(CompanyRepository(ws.db()).create(c).ok());
        LeadRepository leads(ws.db());
        for (const char16_t* title : {u"机器人本体项目", u"减速器项目", u"伺服电机项目"}) {
            Lead l;
            l.companyId = c.id;
            l.title = QString::fromUtf16(title);
            QVERIFY(leads.create(l).ok());
            if (l.title == QStringLiteral("伺服电机项目"))
                QVERIFY(leads.moveToStage(l.id, QStringLiteral("contact")).ok());
        }
        SyncController sync(ws.workspace());
        ui::WorkspaceView view(ws.workspace(), sync);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.showPage(ui::WorkspaceView::Leads);
        ui::RecordListPage* list = view.listPage(ui::WorkspaceView::Leads);
        QTRY_COMPARE(list->model()->rowCount(), 3);
        auto* grouping = list->findChild<QComboBox*>(QStringLiteral("grouping"));
        QVERIFY(grouping);
        grouping->setCurrentIndex(grouping->findText(QStringLiteral("按阶段")));
        auto* strip = list->findChild<QWidget*>(QStringLiteral("groups"));
        QVERIFY(strip && strip->isVisible());
        QStringList chips;
        QPushButton* contact = nullptr;
        for (QPushButton* chip : strip->findChildren<QPushButton*>()) {
            if (chip->property("stale").toBool())
                continue; // replaced, on its way out
            chips << chip->text();
            if (chip->text().startsWith(QStringLiteral("接洽")))
                contact = chip;
        }
        QCOMPARE(chips, (QStringList{QStringLiteral("线索 2"), QStringLiteral("接洽 1")}));
        QVERIFY(contact);
        contact->click();
        QTRY_COMPARE(list->model()->rowCount(), 1);
        QCOMPARE(list->model()->index(0, 0).data().toString(), QStringLiteral("伺服电机项目"));
        for (QPushButton* chip : strip->findChildren<QPushButton*>())
            if (!chip->property("stale").toBool() && chip->text().startsWith(QStringLiteral("接洽"))) {
                QVERIFY(chip->isChecked());
                chip->click();
                break;
            }
        QTRY_COMPARE(list->model()->rowCount(), 3);
    }

    // The text size setting: kept within bounds, and applied to the application's font and its style sheet's sizes.
    void textSizeSetting()
    {
        AppSettings settings;
        settings.setFontScale(1000);
        QCOMPARE(settings.fontScale(), AppSettings::kMaxFontScale);
        settings.setFontScale(130);
        QCOMPARE(settings.fontScale(), 130);
        auto* app = qApp;
        ui::applyApplicationStyle(*app, settings.fontScale());
        QVERIFY(qAbs(app->font().pointSizeF() - 13.0) < 0.01 || !app->font().family().contains(u"CJK"));
        QVERIFY2(app->styleSheet().contains(QStringLiteral("font-size: 22.1pt")),
                 qPrintable(app->styleSheet().left(300)));
        settings.setFontScale(100);
        ui::applyApplicationStyle(*app, settings.fontScale());
        QVERIFY(app->styleSheet().contains(QStringLiteral("font-size: 17.0pt")));
    }

    // 设置: sync and print preferences kept in AppSettings; a brochure without any section cannot be the default
    // (OK disabled with its reason, the message beside the sections); the brochure composer starts from them.
    void syncAndPrintPreferences()
    {
        const auto reset = [] {
            AppSettings().setSyncPreferences({});
            AppSettings().setPrintPreferences({});
        };
        reset();
        const auto resetAfter = qScopeGuard(reset);
        {
            ui::SettingsDialog dialog;
            QCOMPARE(dialog.tabs()->count(), 3);
            auto* autoSync = dialog.findChild<QCheckBox*>(QStringLiteral("autoSync"));
            auto* interval = dialog.findChild<QComboBox*>(QStringLiteral("syncInterval"));
            QVERIFY(autoSync && interval && autoSync->isChecked() && interval->isEnabled());
            QCOMPARE(interval->currentData().toInt(), 24);
            autoSync->setChecked(false);
            QVERIFY(!interval->isEnabled());
            autoSync->setChecked(true);
            interval->setCurrentIndex(interval->findData(4));
            dialog.findChild<QCheckBox*>(QStringLiteral("syncWhenNetworkBack"))->setChecked(false);
            dialog.findChild<QCheckBox*>(QStringLiteral("syncFiles"))->setChecked(false);
            auto* paper = dialog.findChild<QComboBox*>(QStringLiteral("paper"));
            paper->setCurrentIndex(paper->findData(QStringLiteral("A5")));
            dialog.findChild<QCheckBox*>(QStringLiteral("printColor"))->setChecked(false);
            dialog.findChild<QCheckBox*>(QStringLiteral("printDuplex"))->setChecked(true);
            dialog.findChild<QSpinBox*>(QStringLiteral("brochureParks"))->setValue(1);
            auto* ok = dialog.findChild<QPushButton*>(QStringLiteral("ok"));
            auto* error = dialog.findChild<QLabel*>(QStringLiteral("error_sections"));
            QList<QCheckBox*> sections;
            for (QCheckBox* box : dialog.findChildren<QCheckBox*>())
                if (box->property("code").isValid())
                    sections << box;
            QCOMPARE(sections.size(), BrochureComposer::sectionCodes().size());
            for (QCheckBox* box : sections)
                box->setChecked(false);
            QVERIFY(!ok->isEnabled());
            QVERIFY(!ok->toolTip().isEmpty());
            QCOMPARE(error->text(), QStringLiteral("宣传册至少要有一个章节。"));
            dialog.accept(); // refused: nothing stored
            QCOMPARE(AppSettings().printPreferences().paper, QStringLiteral("A4"));
            for (QCheckBox* box : sections)
                box->setChecked(box->property("code") == QLatin1String("land") ||
                                box->property("code") == QLatin1String("tax"));
            QVERIFY(ok->isEnabled());
            QVERIFY(error->text().isEmpty());
            dialog.accept();
        }
        const SyncPreferences sync = AppSettings().syncPreferences();
        QVERIFY(sync.automatic);
        QCOMPARE(sync.intervalHours, 4);
        QVERIFY(!sync.whenNetworkBack);
        QVERIFY(!sync.downloadFiles);
        const PrintPreferences print = AppSettings().printPreferences();
        QCOMPARE(print.paper, QStringLiteral("A5"));
        QVERIFY(!print.color);
        QVERIFY(print.duplex);
        QCOMPARE(print.brochureParks, 1);
        QCOMPARE(print.brochureSections, (QStringList{QStringLiteral("land"), QStringLiteral("tax")}));

        // A printer set up from them (the print dialog opens on these).
        QPrinter printer;
        DocumentPrinter::configure(printer, print);
        QCOMPARE(printer.pageLayout().pageSize().id(), QPageSize::A5);
        QCOMPARE(printer.colorMode(), QPrinter::GrayScale); // (duplex: only a printer that can takes it)

        // The composer starts from them: two sections checked, one park, the newest picture on the cover.
        test::WorkspaceFixture ws;
        Material map;
        map.title = QStringLiteral("韶关区位示意图");
        map.kind = QStringLiteral("map");
        map.mime = QStringLiteral("image/png");
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        QVERIFY(LocationMap::render(QSize(900, 380)).save(&buffer, "PNG"));
        ZS_VERIFY_OK(MaterialRepository(ws.db()).add(map, png));
        ui::BrochureDialog composer(ws.workspace(), QString());
        QStringList checked;
        for (QCheckBox* box : composer.findChildren<QCheckBox*>())
            if (box->isChecked() && box->property("code").isValid())
                checked << box->property("code").toString();
        QCOMPARE(checked, print.brochureSections);
        auto* cover = composer.findChild<QComboBox*>(QStringLiteral("brochureCover"));
        QCOMPARE(cover->currentData().toString(), map.id);
        QCOMPARE(cover->count(), 2); // the picture, or none
    }

    // 履约监测: the watch page lists what needs attention, filters by state, opens the agreement's page, whose first
    // tab is its six conditions with the investment chart; 生成催告函… only for a breached condition.
    void agreementWatchPage()
    {
        test::WorkspaceFixture ws;
        Company c;
        c.name = QStringLiteral("佛山德翔新能源有限公司");
        QVERIFY(CompanyRepository(ws.db()).create(c).ok());
        const QDate today = QDate::currentDate();
        auto id = RecordStore(ws.db(), RecordKinds::get(RecordKind::Agreement))
                      .create({{QStringLiteral("number"), QStringLiteral("SX-2024-018")},
                               {QStringLiteral("company_id"), c.id},
                               {QStringLiteral("signed_on"), today.addYears(-2).toString(Qt::ISODate)},
                               {QStringLiteral("region"), QStringLiteral("shixing")},
                               {QStringLiteral("total_wan"), 38250},
                               {QStringLiteral("fixed_asset_wan"), 30600},
                               {QStringLiteral("start_due"), today.addYears(-1).toString(Qt::ISODate)}});
        ZS_VERIFY_OK(id);
        ZS_VERIFY_OK(RecordStore(ws.db(), RecordKinds::get(RecordKind::AgreementTranche))
                         .create({{QStringLiteral("agreement_id"), id.value()},
                                  {QStringLiteral("due_on"), today.addDays(-30).toString(Qt::ISODate)},
                                  {QStringLiteral("cumulative_wan"), 12240}}));
        ZS_VERIFY_OK(RecordStore(ws.db(), RecordKinds::get(RecordKind::AgreementProgress))
                         .create({{QStringLiteral("agreement_id"), id.value()},
                                  {QStringLiteral("reported_on"), today.addDays(-40).toString(Qt::ISODate)},
                                  {QStringLiteral("building"), QStringLiteral("building")},
                                  {QStringLiteral("cumulative_wan"), 8568}}));
        SyncController sync(ws.workspace());
        ui::WorkspaceView view(ws.workspace(), sync);
        view.resize(1366, 768);
        view.show();
        view.showPage(ui::WorkspaceView::Watch);
        ui::WatchPage* watch = view.watchPage();
        QTableWidget* table = watch->table();
        // What needs attention: the investment behind its tranche (triggered).
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(table->item(0, ui::WatchPage::State)->text(), QStringLiteral("触发"));
        QVERIFY(table->item(0, ui::WatchPage::Reason)->text().contains(QStringLiteral("差 3,672 万元")));
        QVERIFY(table->item(0, ui::WatchPage::Reason)->toolTip().contains(QStringLiteral("最新报告")));
        QVERIFY(watch->summary()->text().contains(QStringLiteral("触发 1 项")));
        watch->stateFilter()->setCurrentIndex(watch->stateFilter()->findData(QString()));
        QCOMPARE(table->rowCount(), AgreementWatch::kConditions); // all six, 正常 included
        // As of before the tranche was due: nothing triggered.
        watch->asOf()->setDate(today.addDays(-31));
        watch->stateFilter()->setCurrentIndex(watch->stateFilter()->findData(QStringLiteral("triggered")));
        QCOMPARE(table->rowCount(), 0);
        watch->asOf()->setDate(today);
        QCOMPARE(table->rowCount(), 1);
        // Filters offer what the watch has: no specialist is assigned, so only 全部专员.
        QCOMPARE(watch->specialistFilter()->count(), 1);

        // 三未清单 and 县区指标: started but not built; the investment in place with how it was computed.
        QCOMPARE(watch->stages()->rowCount(), 1);
        QCOMPARE(watch->stages()->item(0, 0)->text(), QStringLiteral("开工未竣工"));
        QCOMPARE(watch->kpis()->rowCount(), 2); // 始兴县, then the city
        QCOMPARE(watch->kpis()->item(1, 0)->text(), QStringLiteral("全市"));
        QCOMPARE(watch->kpis()->item(1, 4)->text(), QStringLiteral("22.4%"));
        QVERIFY(watch->kpis()->item(1, 4)->toolTip().contains(QStringLiteral("8,568 万元")));
        QCOMPARE(watch->kpis()->item(1, 3)->text(), QStringLiteral("100.0%")); // due to start, and started

        Q_EMIT table->cellActivated(0, 0);
        QVERIFY(view.recordShown());
        ui::RecordPage* page = view.recordPage();
        QCOMPARE(page->kind(), RecordKind::Agreement);
        QCOMPARE(page->tabs()->tabText(0), QStringLiteral("履约监测"));
        auto* tab = qobject_cast<ui::AgreementWatchTab*>(page->tabs()->widget(0));
        QVERIFY(tab);
        QVERIFY(tab->findChild<QChartView*>(QStringLiteral("tranchesChart")));
        auto* notice = tab->findChild<QPushButton*>(QStringLiteral("composeNotice"));
        QVERIFY(notice && !notice->isEnabled());
        tab->conditions()->selectRow(0); // 逾期未开工: 正常 (started)
        QVERIFY(!notice->isEnabled());
        tab->conditions()->selectRow(1); // 投资未达约定进度: 触发
        QVERIFY(notice->isEnabled());
    }

    // 项目服务: the agreement page's second tab. Empty, it says how to start; 按模板生成服务节点 plans the template
    // onto the agreement's dates (the ones already past show 逾期 in red, with how the date was computed on hover); a
    // request registered from the tab is prefilled with the agreement and shows how long it has waited; Delete
    // removes a milestone with undo.
    void agreementServiceTab()
    {
        test::WorkspaceFixture ws;
        Company c;
        c.name = QStringLiteral("始兴华立电路板有限公司");
        QVERIFY(CompanyRepository(ws.db()).create(c).ok());
        const QDate today = QDate::currentDate();
        auto id = RecordStore(ws.db(), RecordKinds::get(RecordKind::Agreement))
                      .create({{QStringLiteral("number"), QStringLiteral("SX-2026-007")},
                               {QStringLiteral("company_id"), c.id},
                               {QStringLiteral("signed_on"), today.addDays(-100)},
                               {QStringLiteral("region"), QStringLiteral("shixing")},
                               {QStringLiteral("total_wan"), 30000},
                               {QStringLiteral("fixed_asset_wan"), 24000},
                               {QStringLiteral("target_jobs"), 200},
                               {QStringLiteral("start_due"), today.addDays(100)}});
        ZS_VERIFY_OK(id);
        SyncController sync(ws.workspace());
        ui::WorkspaceView view(ws.workspace(), sync);
        view.resize(1366, 768);
        view.show();
        view.openRecord(RecordKind::Agreement, id.value());
        ui::RecordPage* page = view.recordPage();
        QCOMPARE(page->tabs()->tabText(1), QStringLiteral("项目服务"));
        auto* tab = qobject_cast<ui::ServiceTab*>(page->tabs()->widget(1));
        QVERIFY(tab);
        QCOMPARE(tab->milestones()->rowCount(), 1);
        QVERIFY(tab->milestones()->item(0, 0)->text().contains(QStringLiteral("按模板生成服务节点")));

        const ServiceTemplates::Template* industrial = ServiceTemplates::bundled().find(QStringLiteral("industrial"));
        QVERIFY(industrial);
        QString told;
        whenDialogOpens<QMessageBox>([&told](QMessageBox* box) {
            told = box->text();
            box->accept();
        });
        page->tabs()->setCurrentIndex(1);
        tab->applyTemplate(QStringLiteral("industrial"));
        QVERIFY(told.contains(QStringLiteral("生成 %1 个服务节点").arg(industrial->milestones.size())));
        QTRY_VERIFY(page->tabs()->widget(1) != tab); // the page reloaded, on the same tab
        QCOMPARE(page->tabs()->currentIndex(), 1);
        tab = qobject_cast<ui::ServiceTab*>(page->tabs()->widget(1));
        QTableWidget* milestones = tab->milestones();
        QCOMPARE(milestones->rowCount(), industrial->milestones.size());
        // 立项 was due 30 days after signing, 70 days ago: overdue, in the watch's red, its basis on hover.
        int filing = -1;
        for (int r = 0; r < milestones->rowCount(); ++r)
            if (milestones->item(r, 1)->text() == QStringLiteral("企业投资项目备案（立项）"))
                filing = r;
        QVERIFY(filing >= 0);
        QCOMPARE(milestones->item(filing, 0)->text(), QStringLiteral("审批手续"));
        QCOMPARE(milestones->item(filing, 3)->text(), today.addDays(-70).toString(Qt::ISODate));
        QCOMPARE(milestones->item(filing, 5)->text(), QStringLiteral("逾期 70 天"));
        QCOMPARE(milestones->item(filing, 5)->foreground().color(), ui::WatchPage::stateColor(WatchState::Triggered));
        QVERIFY(tab->summary()->text().contains(QStringLiteral("逾期 3"))); // 立项, 用地预审 (45 d), 不动产权证 (90 d)
        // The staffing milestone: 60 % of the 200 agreed jobs (no production date: its own date waits).
        bool staffing = false;
        for (int r = 0; r < milestones->rowCount(); ++r)
            staffing |= milestones->item(r, 6)->text() == QStringLiteral("普工、技术员、管理人员 120 人");
        QVERIFY(staffing);

        // A request, from the tab: the agreement prefilled, raised today.
        whenDialogOpens<ui::GenericRecordDialog>([](ui::GenericRecordDialog* form) {
            auto* agreement = form->findChild<QComboBox*>(QStringLiteral("agreement_id"));
            QVERIFY(agreement && agreement->currentData().toString().size() > 0);
            form->findChild<QLineEdit*>(QStringLiteral("subject"))->setText(QStringLiteral("协调 10 千伏专线接入"));
            form->findChild<QLineEdit*>(QStringLiteral("department"))->setText(QStringLiteral("始兴供电局"));
            form->findChild<QPushButton*>(QStringLiteral("save"))->click();
        });
        tab->findChild<QPushButton*>(QStringLiteral("newRequest"))->click();
        QTRY_VERIFY(page->tabs()->widget(1) != tab);
        tab = qobject_cast<ui::ServiceTab*>(page->tabs()->widget(1));
        QCOMPARE(tab->requests()->rowCount(), 1);
        QCOMPARE(tab->requests()->item(0, 2)->text(), QStringLiteral("协调 10 千伏专线接入"));
        QCOMPARE(tab->requests()->item(0, 1)->text(), QStringLiteral("已等待 0 天"));

        // Delete on a milestone: asked, removed, offered back.
        tab->milestones()->setFocus();
        tab->milestones()->selectRow(0);
        QString asked;
        whenDialogOpens<QMessageBox>([&asked](QMessageBox* box) {
            asked = box->text();
            box->button(QMessageBox::Yes)->click();
        });
        QApplication::setActiveWindow(&view);
        QTest::keyClick(tab->milestones(), Qt::Key_Delete);
        QVERIFY(asked.contains(QStringLiteral("删除服务节点")));
        QTRY_VERIFY(page->tabs()->widget(1) != tab);
        tab = qobject_cast<ui::ServiceTab*>(page->tabs()->widget(1));
        QCOMPARE(tab->milestones()->rowCount(), industrial->milestones.size() - 1);
        QVERIFY(view.undoBar()->isVisible());
    }

    // The agreements list imports the agreement and every kind that follows it (a menu); a follower's file goes
    // through the generic importer: problems by line and column, the rest in one transaction.
    void importsWhatFollowsAnAgreement()
    {
        test::WorkspaceFixture ws;
        Company c;
        c.name = QStringLiteral("始兴华立电路板有限公司");
        QVERIFY(CompanyRepository(ws.db()).create(c).ok());
        ZS_VERIFY_OK(RecordStore(ws.db(), RecordKinds::get(RecordKind::Agreement))
                         .create({{QStringLiteral("number"), QStringLiteral("SX-2026-007")},
                                  {QStringLiteral("company_id"), c.id},
                                  {QStringLiteral("signed_on"), QDate(2026, 3, 1)},
                                  {QStringLiteral("region"), QStringLiteral("shixing")},
                                  {QStringLiteral("total_wan"), 30000},
                                  {QStringLiteral("fixed_asset_wan"), 24000},
                                  {QStringLiteral("start_due"), QDate(2026, 9, 1)}}));
        SyncController sync(ws.workspace());
        ui::WorkspaceView view(ws.workspace(), sync);
        ui::RecordListPage* list = view.listPage(ui::WorkspaceView::Agreements);
        auto* import = list->findChild<QPushButton*>(QStringLiteral("importCsv"));
        QVERIFY(import && import->menu());
        QStringList offered;
        for (QAction* a : import->menu()->actions())
            offered << a->text();
        QCOMPARE(offered.first(), QStringLiteral("投资协议…"));
        QVERIFY(offered.contains(QStringLiteral("履约进展…")));
        QVERIFY(offered.contains(QStringLiteral("企业诉求…")));
        QCOMPARE(offered.size(), 8); // the agreement, its tranches, reports, measures, findings, its service (3)

        ui::ImportDialog dialog(ws.workspace(), RecordKind::ServiceRequest);
        QCOMPARE(dialog.windowTitle(), QStringLiteral("导入企业诉求"));
        const QByteArray csv = QStringLiteral("协议编号,提出日期,诉求内容,承办部门,答复日期\n"
                                              "SX-2026-007,2026-10-20,协调 10 千伏专线接入,始兴供电局,2026-10-26\n"
                                              "SX-2099-001,2026-10-21,员工子女入学,县教育局,\n")
                                   .toUtf8();
        QVERIFY(dialog.preview(csv, QStringLiteral("诉求.csv")));
        auto* confirm = dialog.findChild<QPushButton*>(QStringLiteral("confirmImport"));
        QCOMPARE(confirm->text(), QStringLiteral("导入 1 条"));
        auto* issues = dialog.findChild<QTableWidget*>();
        QCOMPARE(issues->rowCount(), 1);
        QCOMPARE(issues->item(0, 0)->text(), QStringLiteral("3"));
        QCOMPARE(issues->item(0, 1)->text(), QStringLiteral("协议编号"));
        whenDialogOpens<QMessageBox>([](QMessageBox* box) { box->accept(); });
        dialog.accept();
        QCOMPARE(ws.db().scalar("SELECT count(*) FROM service_request WHERE answered_on = '2026-10-26'").value(), 1);
    }

    // The 用地厂房 list filters by county, kind and state (declared code filters), alone and together.
    void siteListFilters()
    {
        test::WorkspaceFixture ws;
        ZS_VERIFY_OK(DemoData::sites(ws.db()));
        SyncController sync(ws.workspace());
        ui::WorkspaceView view(ws.workspace(), sync);
        view.resize(1366, 768);
        view.show();
        view.showPage(ui::WorkspaceView::Sites);
        ui::RecordListPage* list = view.listPage(ui::WorkspaceView::Sites);
        QVERIFY(list);
        const auto shown = [list] { return list->model()->list().count().value(); }; // what the list holds now
        const qint64 all = ws.db().scalar("SELECT count(*) FROM site").value();
        QCOMPARE(shown(), all);
        auto* region = list->findChild<QComboBox*>(QStringLiteral("filter_region"));
        auto* kind = list->findChild<QComboBox*>(QStringLiteral("filter_kind"));
        auto* state = list->findChild<QComboBox*>(QStringLiteral("filter_state"));
        QVERIFY(region && kind && state);
        QCOMPARE(region->itemText(0), QStringLiteral("全部县区"));
        state->setCurrentIndex(state->findData(QStringLiteral("idle")));
        QCOMPARE(shown(), ws.db().scalar("SELECT count(*) FROM site WHERE state = 'idle'").value());
        state->setCurrentIndex(0);
        region->setCurrentIndex(region->findData(QStringLiteral("shixing")));
        QCOMPARE(shown(), ws.db().scalar("SELECT count(*) FROM site WHERE region = 'shixing'").value());
        kind->setCurrentIndex(kind->findData(QStringLiteral("serviced-land")));
        QCOMPARE(shown(), 2); // A-07 and the PCB parcel
        QTRY_COMPARE(list->model()->rowCount(), 2);
        region->setCurrentIndex(0);
        kind->setCurrentIndex(0);
        QCOMPARE(shown(), all);
    }

    // 产业链图谱: the paper's example reads as it should — 始兴's PCB makers cover 电子元器件与电路板, the Delta's
    // terminal makers are only leads (薄弱), 电子材料 is a gap (空白) — with the names behind a count on hover.
    void chainMapPage()
    {
        test::WorkspaceFixture ws;
        ZS_VERIFY_OK(DemoData::chainExample(ws.db()));
        SyncController sync(ws.workspace());
        ui::WorkspaceView view(ws.workspace(), sync);
        view.showPage(ui::WorkspaceView::Chains);
        QTreeWidget* tree = view.chainMapPage()->tree();
        QTreeWidgetItem* electronics = nullptr;
        for (int i = 0; i < tree->topLevelItemCount(); ++i)
            if (tree->topLevelItem(i)->text(0) == QStringLiteral("电子信息"))
                electronics = tree->topLevelItem(i);
        QVERIFY(electronics);
        QCOMPARE(electronics->childCount(), 3);
        QCOMPARE(electronics->child(0)->text(0), QStringLiteral("电子材料"));
        QCOMPARE(electronics->child(0)->text(2), QStringLiteral("空白"));
        QCOMPARE(electronics->child(1)->text(2), QStringLiteral("已覆盖"));
        QVERIFY(electronics->child(1)->toolTip(3).contains(QStringLiteral("始兴县精诚电路有限公司")));
        QCOMPARE(electronics->child(2)->text(2), QStringLiteral("薄弱"));
        QCOMPARE(electronics->child(2)->text(5), QStringLiteral("2"));
        QVERIFY(view.chainMapPage()->summary()->text().contains(QStringLiteral("空白")));
    }

    // 选址匹配 on a lead's page: without a requirement it says what to do; with one, the city's open sites ranked with
    // their reasons (the score's making on hover), the excluded ones on request; a row opens the site's page.
    void leadSiteMatchTab()
    {
        test::WorkspaceFixture ws;
        ZS_VERIFY_OK(DemoData::sites(ws.db()));
        Company c;
        c.name = QStringLiteral("深圳市华讯电路科技有限公司");
        QVERIFY(CompanyRepository(ws.db()).create(c).ok());
        Lead l;
        l.companyId = c.id;
        l.title = QStringLiteral("华讯 PCB 扩产项目");
        l.industry = QStringLiteral("pcb");
        QVERIFY(LeadRepository(ws.db()).create(l).ok());
        SyncController sync(ws.workspace());
        ui::WorkspaceView view(ws.workspace(), sync);
        view.resize(1366, 768);
        view.show();
        view.openRecord(RecordKind::Lead, l.id);
        ui::RecordPage* page = view.recordPage();
        auto* tab = qobject_cast<ui::SiteMatchTab*>(page->tabs()->widget(1));
        QVERIFY(tab);
        QVERIFY(tab->requirement()->text().contains(QStringLiteral("还没有选址需求")));
        QCOMPARE(tab->table()->rowCount(), 0);
        QCOMPARE(tab->findChild<QPushButton*>(QStringLiteral("editRequirement"))->text(),
                 QStringLiteral("登记选址需求…"));

        ZS_VERIFY_OK(RecordStore(ws.db(), RecordKinds::get(RecordKind::SiteRequirement))
                         .create({{QStringLiteral("lead_id"), l.id},
                                  {QStringLiteral("need"), QStringLiteral("land")},
                                  {QStringLiteral("min_area"), 30},
                                  {QStringLiteral("max_area"), 50},
                                  {QStringLiteral("power_kva"), 4000},
                                  {QStringLiteral("wastewater"), true},
                                  {QStringLiteral("counties"), QStringLiteral("始兴县")}}));
        page->reload();
        tab = qobject_cast<ui::SiteMatchTab*>(page->tabs()->widget(1));
        QVERIFY(tab->requirement()->text().contains(QStringLiteral("面积 30 至 50 亩")));
        QTableWidget* table = tab->table();
        const int ranked = table->rowCount();
        QVERIFY(ranked >= 3);
        QCOMPARE(table->item(0, 0)->text(), QStringLiteral("1"));
        QCOMPARE(table->item(0, 1)->text(), QStringLiteral("始兴园区 A-07 地块"));
        QCOMPARE(table->item(0, 3)->text(), QStringLiteral("100.0"));
        QVERIFY(table->item(0, 3)->toolTip().contains(QStringLiteral("得分 = 100 ×")));
        QVERIFY(table->item(0, 4)->text().contains(QStringLiteral("属于始兴县产业转移工业园的主导产业")));
        // 预留所选载体: offered for a ranked site, said what happens next, then shown as this project's.
        QVERIFY(!tab->reserveButton()->isEnabled());
        table->selectRow(0);
        QVERIFY(tab->reserveButton()->isEnabled());
        QString told;
        whenDialogOpens<QMessageBox>([&told](QMessageBox* box) {
            told = box->text();
            box->accept();
        });
        tab->reserveButton()->click();
        QVERIFY(told.contains(QStringLiteral("下次同步时由总部确认")));
        QTRY_VERIFY(page->tabs()->widget(1) != tab);
        tab = qobject_cast<ui::SiteMatchTab*>(page->tabs()->widget(1));
        table = tab->table();
        QCOMPARE(table->item(0, 0)->text(), QStringLiteral("1 · 已预留"));
        QVERIFY(table->item(0, 4)->text().startsWith(QStringLiteral("已为本项目预留")));
        tab->showExcluded()->setChecked(true);
        QVERIFY(table->rowCount() > ranked);
        QCOMPARE(table->item(table->rowCount() - 1, 0)->text(), QStringLiteral("排除"));
        // 推荐清单…: the PDF previewed, then kept as handed out to the company.
        int pages = 0;
        whenDialogOpens<ui::MaterialViewer>([&pages](ui::MaterialViewer* viewer) {
            pages = viewer->document()->pageCount();
            whenDialogOpens<QMessageBox>([](QMessageBox* box) { box->button(QMessageBox::Yes)->click(); });
            viewer->reject();
        });
        tab->findChild<QPushButton*>(QStringLiteral("printSiteList"))->click();
        QVERIFY(pages >= 1);
        QCOMPARE(ws.db()
                     .scalar("SELECT count(*) FROM material_handout h JOIN material m ON m.id = h.material_id WHERE "
                             "m.title = '推荐载体清单 · 华讯 PCB 扩产项目'")
                     .value(),
                 1);
        QTRY_VERIFY(page->tabs()->widget(1) != tab);
        tab = qobject_cast<ui::SiteMatchTab*>(page->tabs()->widget(1));
        table = tab->table();
        Q_EMIT table->itemActivated(table->item(0, 1));
        QCOMPARE(page->kind(), RecordKind::Site);
        QCOMPARE(page->overview().title, QStringLiteral("始兴园区 A-07 地块"));
    }

    // The industry picker: industries under their chain and link headings (not choosable), found by typing.
    void industryPickerGroupsByChain()
    {
        test::WorkspaceFixture ws;
        QComboBox combo;
        ui::fillIndustryCombo(&combo, ws.db(), QStringLiteral("（未选）"));
        const auto* model = qobject_cast<QStandardItemModel*>(combo.model());
        QVERIFY(model);
        QCOMPARE(combo.itemText(0), QStringLiteral("（未选）"));
        QCOMPARE(combo.itemText(1), QStringLiteral("先进装备制造"));
        QCOMPARE(model->item(1)->flags(), Qt::NoItemFlags);
        QCOMPARE(combo.itemText(2).trimmed(), QStringLiteral("基础零部件"));
        QCOMPARE(model->item(2)->flags(), Qt::NoItemFlags);
        const int molds = combo.findData(QStringLiteral("molds"));
        QVERIFY(molds > 2);
        QCOMPARE(combo.itemText(molds), QStringLiteral("模具"));
        QVERIFY(model->item(molds)->flags() & Qt::ItemIsSelectable);
        ui::selectCode(&combo, QStringLiteral("molds"));
        QCOMPARE(combo.currentData().toString(), QStringLiteral("molds"));
        const int industries = int(ws.db().scalar("SELECT count(*) FROM ref_industry").value());
        int choosable = 0;
        for (int r = 1; r < model->rowCount(); ++r)
            choosable += (model->item(r)->flags() & Qt::ItemIsSelectable) ? 1 : 0;
        QCOMPARE(choosable, industries); // every industry, once
        QVERIFY(combo.isEditable() && combo.completer());
        combo.completer()->setCompletionPrefix(QStringLiteral("模具"));
        QVERIFY(combo.completer()->completionCount() >= 1);
        QCOMPARE(combo.completer()->currentCompletion(), QStringLiteral("模具"));
    }

    // A kind without a form of its own opens in the form built from its declaration: required fields refused on the
    // field in Chinese, a saved entry lands in its list.
    void genericFormEditsASimpleKind()
    {
        test::WorkspaceFixture ws;
        const KindDecl& kind = RecordKinds::get(RecordKind::Specialist);
        ui::GenericRecordDialog dialog(ws.workspace(), kind, QString());
        dialog.show();
        auto* save = dialog.findChild<QPushButton*>(QStringLiteral("save"));
        QVERIFY(save);
        save->click();
        QVERIFY(dialog.isVisible());
        QVERIFY(dialog.errorLabel(QStringLiteral("name"))->isVisible());
        QCOMPARE(dialog.errorLabel(QStringLiteral("name"))->text(), QStringLiteral("⚠ 请填写姓名。"));
        // The validation helper's states: the fields with a problem outlined, the first of them focused, Save off
        // with the reasons on hover; each field's mark goes as it is fixed (its line keeps its room), Save returns
        // when none is left.
        auto* name = dialog.findChild<QLineEdit*>(QStringLiteral("name"));
        QVERIFY(dialog.invalidFields().contains(QStringLiteral("name")));
        QVERIFY(dialog.invalidFields().contains(QStringLiteral("unit")));
        QVERIFY(name->property("invalid").toBool());
        QTRY_VERIFY(name->hasFocus() || !QApplication::focusWidget()); // offscreen may have no focus at all
        QVERIFY(!save->isEnabled());
        QVERIFY(save->toolTip().contains(QStringLiteral("请填写姓名。")));
        const int heightBefore = dialog.errorLabel(QStringLiteral("name"))->height();
        QTest::keyClicks(name, QStringLiteral("Huang"));
        QVERIFY(!name->property("invalid").toBool());
        QVERIFY(!dialog.invalidFields().contains(QStringLiteral("name")));
        QVERIFY(dialog.errorLabel(QStringLiteral("name"))->text().isEmpty());
        QVERIFY(dialog.errorLabel(QStringLiteral("name"))->isVisible()); // the room stays: the form does not jump
        QCOMPARE(dialog.errorLabel(QStringLiteral("name"))->height(), heightBefore);
        QVERIFY(!save->isEnabled()); // 所在单位 and 电话 still marked
        QVERIFY(!save->toolTip().contains(QStringLiteral("请填写姓名。")));
        name->setText(QStringLiteral("黄晓敏"));
        dialog.findChild<QLineEdit*>(QStringLiteral("unit"))->setText(QStringLiteral("翁源经济开发区管委会"));
        dialog.findChild<QLineEdit*>(QStringLiteral("phone"))->setText(QStringLiteral("0751-2819012"));
        auto* region = dialog.findChild<QComboBox*>(QStringLiteral("region"));
        QVERIFY(region && region->count() > 10);
        region->setCurrentIndex(region->findData(QStringLiteral("wengyuan")));
        QVERIFY(dialog.invalidFields().isEmpty());
        QVERIFY(save->isEnabled());
        QVERIFY(dialog.findChild<QCheckBox*>(QStringLiteral("active"))->isChecked()); // in office by default
        save->click();
        QVERIFY(!dialog.isVisible());
        QCOMPARE(ws.db()
                     .scalar("SELECT count(*) FROM specialist WHERE name = '黄晓敏' AND region = 'wengyuan' "
                             "AND active = 1")
                     .value(),
                 1);
        ui::GenericRecordDialog reopened(ws.workspace(), kind, dialog.savedId());
        QCOMPARE(reopened.findChild<QLineEdit*>(QStringLiteral("unit"))->text(),
                 QStringLiteral("翁源经济开发区管委会"));
        QCOMPARE(reopened.findChild<QComboBox*>(QStringLiteral("region"))->currentData().toString(),
                 QStringLiteral("wengyuan"));
    }

    void listModelIsSoundAndLazy()
    {
        test::WorkspaceFixture ws;
        ZS_VERIFY_OK(DemoData::generate(ws.db(), 1000, 11));
        ui::RecordTableModel model(ws.db(), RecordKind::Visit);
        // The first page is read when the model is made (the list opens with its rows), and only that page.
        QCOMPARE(model.rowCount(), ui::RecordTableModel::kPageSize);
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 2 * ui::RecordTableModel::kPageSize); // one more page, not everything
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.rowCount() < 1000);
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), 1000);
        QCOMPARE(model.totalCount(), qint64(1000));
        model.sort(2, Qt::AscendingOrder);
        if (model.rowCount() < 2)
            model.fetchMore({});
        QVERIFY(model.rowCount() < 1000); // back to the first page(s) only
        QVERIFY(model.data(model.index(0, 2)).toString() <= model.data(model.index(1, 2)).toString());
        ListFilter filter;
        filter.city = QStringLiteral("dongguan");
        model.setFilter(filter);
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), static_cast<int>(model.totalCount()));
        for (int r = 0; r < model.rowCount(); ++r)
            QCOMPARE(model.data(model.index(r, 1)).toString(), QStringLiteral("东莞"));
    }

    // A list refreshed in place (a material's download percentage): changed rows are updated without a reset, so
    // the selection and the scroll position stay; when the rows themselves moved, it reloads.
    void listRefreshesInPlace()
    {
        test::WorkspaceFixture ws;
        ZS_VERIFY_OK(DemoData::generate(ws.db(), 100, 5));
        ui::RecordTableModel model(ws.db(), RecordKind::Company);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.fetchMore({});
        QVERIFY(model.rowCount() > 3);
        const QPersistentModelIndex second = model.index(1, 3); // 总部城市
        const QString id = model.idAt(1);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.refreshLoaded();
        QCOMPARE(changed.count(), 0); // nothing changed, nothing announced
        ZS_VERIFY_OK(ws.db().run("UPDATE company SET hq_city = '韶关' WHERE id = ?1", id));
        model.refreshLoaded();
        QCOMPARE(resets.count(), 0);
        QCOMPARE(changed.count(), 1);
        QVERIFY(second.isValid());
        QCOMPARE(second.row(), 1);
        QCOMPARE(model.data(second).toString(), QStringLiteral("韶关"));
        QCOMPARE(model.idAt(1), id);
        // Another row's sort key changes: the rows moved, so the list reloads.
        ZS_VERIFY_OK(
            ws.db().run("UPDATE company SET updated_at = updated_at + 100000000 WHERE id = ?1", model.idAt(2)));
        model.refreshLoaded();
        QCOMPARE(resets.count(), 1);
    }
};

QTEST_MAIN(TestWorkspaceUi)
#include "tst_workspaceui.moc"
