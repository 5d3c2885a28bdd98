// zhaoshang: the officer's desktop application.
#include "desktop/core/AppInfo.h"
#include "desktop/core/AppSettings.h"
#include "desktop/core/session/SessionController.h"
#include "desktop/core/Translations.h"
#include "desktop/core/directory/CompanyRepository.h"
#include "desktop/core/registry/RecordKinds.h"
#include "desktop/ui/ActivityMonitor.h"
#include "desktop/ui/MainWindow.h"
#include "desktop/ui/Style.h"
#include "desktop/ui/sync/SyncPage.h"
#include "desktop/ui/SystemLockMonitor.h"
#include "desktop/ui/WorkspaceView.h"
#include "desktop/ui/records/RecordPage.h"
#include "sync/store/Hardening.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLoggingCategory>
#include <QLineEdit>
#include <QMessageBox>
#include <QDialog>
#include <QPushButton>
#include <QTabWidget>
#include <QTimer>

#include <cstdio>
#include <cstring>

int main(int argc, char** argv)
{
    zs::Hardening::disableCoreDumps();
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--version") == 0) {
            std::printf("%s\n", qPrintable(zs::AppInfo::versionLine(QStringLiteral("zhaoshang"))));
            return zs::AppInfo::sqlcipherVersion().isEmpty() ? 1 : 0;
        }
    }

    QApplication app(argc, argv);
    // Our debug output is for developers (QT_LOGGING_RULES turns it back on).
    QLoggingCategory::setFilterRules(QStringLiteral("zs.*.debug=false"));
    QApplication::setOrganizationName(QStringLiteral("Shaoguan"));
    QApplication::setApplicationName(QStringLiteral("zhaoshang"));
    QApplication::setApplicationVersion(zs::AppInfo::appVersion());
    zs::AppSettings settings;
    zs::Translations::install(app, settings.language());
    QApplication::setApplicationDisplayName(QApplication::translate("main", "招商外勤"));
    zs::ui::applyApplicationStyle(app, settings.fontScale());

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "招商外勤：外驻招商人员的离线加密工作平台"));
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption workspaceOption(QStringList{QStringLiteral("w"), QStringLiteral("workspace")},
                                       QApplication::translate("main", "打开指定的工作区文件。"),
                                       QStringLiteral("PATH"));
    QCommandLineOption screenshotOption(QStringLiteral("screenshot"),
                                        QApplication::translate("main", "显示窗口后截图保存到文件并退出（开发用）。"),
                                        QStringLiteral("PNG"));
    QCommandLineOption pageOption(QStringLiteral("page"),
                                  QApplication::translate("main", "解锁后显示的栏目序号 0–6（开发用）。"),
                                  QStringLiteral("N"));
    QCommandLineOption searchOption(QStringLiteral("search"), QApplication::translate("main", "解锁后搜索（开发用）。"),
                                    QStringLiteral("TEXT"));
    QCommandLineOption dialogOption(
        QStringLiteral("dialog"), QApplication::translate("main", "解锁后打开新建表单并截图（开发用）。"),
        QStringLiteral("company|visit|lead|event|brochure|enroll|profile|merge|record|record-lead|record-event"));
    parser.addOption(workspaceOption);
    parser.addOption(screenshotOption);
    parser.addOption(pageOption);
    parser.addOption(dialogOption);
    parser.addOption(searchOption);
    parser.process(app);

    // Self-test: this binary must carry SQLCipher, never a plain SQLite.
    if (zs::AppInfo::sqlcipherVersion().isEmpty()) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "招商外勤"),
                              QApplication::translate("main", "加密数据库组件缺失，程序不能安全运行。请重新安装。"));
        return 1;
    }

    const QString path = parser.isSet(workspaceOption) ? parser.value(workspaceOption) : settings.workspacePath();
    zs::SessionController session(path);
    session.setIdleTimeoutMs(qint64(settings.idleLockMinutes()) * 60 * 1000);
    QObject::connect(&session, &zs::SessionController::stateChanged, &app, [&session, &settings](auto state) {
        if (state == zs::SessionController::State::Unlocked)
            settings.setWorkspacePath(session.workspacePath());
    });

    zs::ui::ActivityMonitor activity;
    app.installEventFilter(&activity);
    QObject::connect(&activity, &zs::ui::ActivityMonitor::activity, &session, &zs::SessionController::noteActivity);

    zs::ui::SystemLockMonitor systemLock;
    QObject::connect(&systemLock, &zs::ui::SystemLockMonitor::lockRequested, &session, &zs::SessionController::lock);

    zs::ui::MainWindow window(session);
    window.show();

    if (parser.isSet(screenshotOption)) {
        // Development hook: optionally unlock with ZHAOSHANG_PASSPHRASE, then grab the window and quit.
        const QString file = parser.value(screenshotOption);
        const QByteArray passphrase = qgetenv("ZHAOSHANG_PASSPHRASE");
        const int page = parser.value(pageOption).toInt();
        const QString query = parser.value(searchOption);
        const QString dialog = parser.value(dialogOption);
        auto grab = [&window, &session, file, page, query, dialog] {
            if (auto* view = window.workspaceView()) {
                view->showPage(static_cast<zs::ui::WorkspaceView::Page>(page));
                if (!query.isEmpty()) {
                    view->searchBox()->setText(query);
                    Q_EMIT view->searchBox()->returnPressed();
                }
                if (!dialog.isEmpty()) {
                    // ZHAOSHANG_SCREENSHOT_SUBMIT=1: the form is saved as it is first (its problems shown).
                    const bool submit = qEnvironmentVariableIntValue("ZHAOSHANG_SCREENSHOT_SUBMIT") == 1;
                    if (submit) {
                        QTimer::singleShot(300, view, [] {
                            if (auto* modal = qobject_cast<QDialog*>(QApplication::activeModalWidget()))
                                if (auto* save = modal->findChild<QPushButton*>(QStringLiteral("save")))
                                    save->click();
                        });
                    }
                    // The form, or the window when saving closed it (a merge made: the undo bar shows).
                    QTimer::singleShot(submit ? 800 : 500, view, [file, &window] {
                        if (QWidget* modal = QApplication::activeModalWidget())
                            modal->grab().save(file);
                        else
                            window.grab().save(file);
                        QApplication::exit(0);
                    });
                    if (dialog == QLatin1String("brochure")) {
                        view->composeBrochure();
                        return;
                    }
                    if (dialog == QLatin1String("profile")) {
                        window.editProfile();
                        return;
                    }
                    if (dialog.startsWith(QLatin1String("settings"))) { // settings, settings-sync, settings-print
                        QTimer::singleShot(100, view, [dialog] {
                            if (auto* modal = QApplication::activeModalWidget())
                                if (auto* tabs = modal->findChild<QTabWidget*>())
                                    tabs->setCurrentIndex(dialog.endsWith(QLatin1String("sync"))    ? 1
                                                          : dialog.endsWith(QLatin1String("print")) ? 2
                                                                                                    : 0);
                        });
                        window.openSettings();
                        return;
                    }
                    if (dialog == QLatin1String("merge")) {
                        // The demo's duplicate left to merge (DemoData::duplicates) and the company it repeats.
                        zs::CompanyRepository companies(session.workspace()->db());
                        auto dup = session.workspace()->db().prepare(
                            "SELECT id FROM company WHERE source = '展会名片' AND deleted = 0 LIMIT 1");
                        if (dup.ok() && dup->step().value()) {
                            auto company = companies.get(dup->text(0));
                            auto similar = company.ok() ? companies.similar(company.value(), 1)
                                                        : zs::Result<QList<zs::Company>>(company.error());
                            if (similar.ok() && !similar->isEmpty())
                                view->mergeRecords(zs::RecordKind::Company, {similar->first().id, company->id});
                        }
                        return;
                    }
                    // A record's page: the company visited most, the lead with most stage changes, the event with
                    // most attending companies.
                    const struct
                    {
                        const char* name;
                        zs::RecordKind kind;
                        const char* sql;
                    } pages[] = {
                        {"record", zs::RecordKind::Company,
                         "SELECT company_id FROM visit WHERE deleted = 0 GROUP BY 1 ORDER BY count(*) DESC LIMIT 1"},
                        {"record-lead", zs::RecordKind::Lead,
                         "SELECT lead_id FROM lead_stage WHERE deleted = 0 GROUP BY 1 ORDER BY count(*) DESC LIMIT 1"},
                        {"record-event", zs::RecordKind::Event,
                         "SELECT event_id FROM event_attendee WHERE deleted = 0 GROUP BY 1 ORDER BY count(*) DESC "
                         "LIMIT 1"},
                        {"record-visit", zs::RecordKind::Visit,
                         "SELECT visit_id FROM visit_contact WHERE deleted = 0 GROUP BY 1 ORDER BY count(*) DESC "
                         "LIMIT 1"},
                        {"record-agreement", zs::RecordKind::Agreement,
                         "SELECT a.id FROM agreement a LEFT JOIN agreement_progress p ON p.agreement_id = a.id AND "
                         "p.deleted = 0 GROUP BY a.id ORDER BY a.number = 'SX-2024-018' DESC, count(p.id) DESC LIMIT "
                         "1"},
                        // its 项目服务 tab: the agreement whose construction permit is blocked
                        {"record-agreement-service", zs::RecordKind::Agreement,
                         "SELECT id FROM agreement WHERE deleted = 0 ORDER BY number = 'SX-2025-003' DESC LIMIT 1"},
                        // its 选址匹配 tab: a lead with a site requirement
                        {"record-lead-match", zs::RecordKind::Lead,
                         "SELECT lead_id FROM site_requirement WHERE deleted = 0 ORDER BY need = 'land' DESC, "
                         "updated_at LIMIT 1"},
                        {"record-material", zs::RecordKind::Material,
                         "SELECT id FROM material WHERE deleted = 0 ORDER BY mime LIKE 'image/%' DESC, created_at DESC "
                         "LIMIT 1"},
                    };
                    for (const auto& p : pages) {
                        if (dialog != QLatin1String(p.name))
                            continue;
                        auto top = session.workspace()->db().prepare(p.sql);
                        if (top.ok() && top->step().value())
                            view->openRecord(p.kind, top->text(0));
                        if (dialog.endsWith(QLatin1String("-service")) || dialog.endsWith(QLatin1String("-match")))
                            view->recordPage()->tabs()->setCurrentIndex(1);
                        return;
                    }
                    if (dialog == QLatin1String("enroll")) {
                        view->syncPage()->openEnrollDialog();
                        return;
                    }
                    // Any declared kind by its name (company, visit, lead, event, specialist…).
                    const zs::KindDecl* kind = zs::RecordKinds::byName(dialog);
                    view->createRecord(kind ? kind->kind : zs::RecordKind::Visit);
                    return;
                }
            }
            QTimer::singleShot(500, &window, [&window, file] {
                window.grab().save(file);
                QApplication::quit();
            });
        };
        if (!passphrase.isEmpty() && session.state() == zs::SessionController::State::Locked) {
            QObject::connect(&session, &zs::SessionController::stateChanged, &window, [grab](auto state) {
                if (state == zs::SessionController::State::Unlocked)
                    grab();
            });
            QObject::connect(&session, &zs::SessionController::attemptFailed, &window, [grab] { grab(); });
            session.unlock(QString::fromUtf8(passphrase));
        } else {
            grab();
        }
    }
    return QApplication::exec();
}
