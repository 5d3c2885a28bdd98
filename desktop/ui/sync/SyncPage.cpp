#include "desktop/ui/sync/SyncPage.h"

#include "desktop/core/Workspace.h"
#include "desktop/ui/sync/EnrollDialog.h"
#include "desktop/ui/Style.h"
#include "desktop/ui/sync/SyncIssuesView.h"
#include "desktop/ui/sync/SyncText.h"

#include <QDateTime>
#include <QFontDatabase>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>
#include <QStyle>
#include <QVBoxLayout>

namespace zs::ui {

namespace {
QLabel* valueLabel(const char* name, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(QLatin1String(name));
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QPushButton* primaryButton(const QString& text, QWidget* parent)
{
    auto* button = new QPushButton(text, parent);
    button->setProperty("primary", true);
    button->setCursor(Qt::PointingHandCursor);
    return button;
}

QString duration(qint64 ms)
{
    const qint64 seconds = (ms + 999) / 1000;
    if (seconds < 60)
        return SyncPage::tr("%1 秒").arg(seconds);
    return SyncPage::tr("%1 分钟").arg((seconds + 59) / 60);
}
} // namespace

SyncPage::SyncPage(Workspace& workspace, SyncController& sync, QWidget* parent)
    : QWidget(parent)
    , m_sync(sync)
    , m_notice(new QLabel(this))
    , m_issues(new SyncIssuesView(workspace, sync, this))
{
    setObjectName(QStringLiteral("syncPage"));
    m_notice->setObjectName(QStringLiteral("syncNotice"));
    m_notice->setWordWrap(true);
    m_notice->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_notice->hide();

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 18, 24, 12);
    layout->addWidget(makeTitle(tr("与总部同步"), this));
    layout->addWidget(
        makeHint(tr("与市招商总部交换记录：上传本机的新增和修改，下载总部和同事共享的记录。离线时照常工作，"
                    "联网后自动同步。"),
                 this));
    layout->addSpacing(6);
    layout->addWidget(m_notice);
    layout->addWidget(buildWelcome());
    layout->addWidget(buildStatus());
    layout->addWidget(m_issues, 1);
    // Takes the room of the conflict tabs while not enrolled, so the welcome card stays at the top.
    auto* filler = new QWidget(this);
    filler->setProperty("syncMode", QStringLiteral("welcome"));
    layout->addWidget(filler, 1);

    for (const QKeySequence& keys : {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S), QKeySequence(Qt::Key_F5)}) {
        // A window shortcut on this page is live only while the page is the one shown.
        auto* shortcut = new QShortcut(keys, this);
        connect(shortcut, &QShortcut::activated, this, &SyncPage::syncNow);
    }

    connect(&m_sync, &SyncController::started, this, &SyncPage::onStarted);
    connect(&m_sync, &SyncController::progress, this, &SyncPage::onProgress);
    connect(&m_sync, &SyncController::finished, this, &SyncPage::onFinished);
    connect(&m_sync, &SyncController::enrolled, this, &SyncPage::onEnrolled);
    connect(&m_sync, &SyncController::statusChanged, this, &SyncPage::refresh);
    connect(&m_sync, &SyncController::filesChanged, this, &SyncPage::updateFiles);
    connect(&m_sync, &SyncController::scheduleChanged, this, &SyncPage::updateSchedule);
    connect(m_issues, &SyncIssuesView::openRecord, this, &SyncPage::openRecord);
    connect(m_issues, &SyncIssuesView::failed, this, [this](const QString& message) { showNotice(message, true); });
    connect(m_issues, &SyncIssuesView::restored, this, [this](const QString& message) { showNotice(message, false); });
    m_minute.setInterval(60 * 1000);
    connect(&m_minute, &QTimer::timeout, this, &SyncPage::refresh);
    m_minute.start();
    setBusy(m_sync.isBusy());
    refresh();
}

QWidget* SyncPage::buildWelcome()
{
    auto* card = new QFrame(this);
    card->setObjectName(QStringLiteral("card"));
    card->setProperty("syncMode", QStringLiteral("welcome"));
    card->setMaximumWidth(980); // lines a reader can follow on a wide screen
    auto* layout = new QVBoxLayout(card);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(10);
    auto* heading = new QLabel(tr("这个工作区还没有登记到总部"), card);
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.3);
    font.setBold(true);
    heading->setFont(font);
    layout->addWidget(heading);
    m_wiped = new QLabel(card);
    m_wiped->setObjectName(QStringLiteral("syncWiped"));
    m_wiped->setProperty("notice", QStringLiteral("warning"));
    m_wiped->setWordWrap(true);
    m_wiped->hide();
    layout->addWidget(m_wiped);
    auto* what = new QLabel(
        tr("登记后，这台电脑与市招商总部同步：\n"
           "  · 您录入的客商、联系人、走访、项目线索和推介活动上传到总部，全市各组的工作汇成一盘棋；\n"
           "  · 全市共享的客商和联系人、本组同事的走访和线索下载到本机，外出时离线也能查；\n"
           "  · 联网时自动同步（每天至少一次，网络恢复时也会同步），也可以随时点“立即同步”；\n"
           "  · 两边改了同一处时以较晚的修改为准，被覆盖的值保留在“冲突”里，可以恢复；\n"
           "  · 传输全程加密，只信任总部发放的证书；账号权限由总部管理，电脑丢失时总部可以远程清除本机数据。"),
        card);
    what->setWordWrap(true);
    layout->addWidget(what);
    layout->addWidget(
        makeHint(tr("登记需要：总部服务器地址、总部的 CA 证书文件（ca.pem），以及总部为您开设的账号和密码。"), card));
    m_welcomePending = makeHint(QString(), card);
    m_welcomePending->setObjectName(QStringLiteral("syncWelcomePending"));
    layout->addWidget(m_welcomePending);
    auto* enroll = primaryButton(tr("登记到总部…"), card);
    enroll->setObjectName(QStringLiteral("enrollButton"));
    connect(enroll, &QPushButton::clicked, this, &SyncPage::openEnrollDialog);
    layout->addSpacing(4);
    layout->addWidget(enroll, 0, Qt::AlignLeft);
    return card;
}

QWidget* SyncPage::buildStatus()
{
    auto* panel = new QWidget(this);
    panel->setProperty("syncMode", QStringLiteral("status"));
    auto* row = new QHBoxLayout(panel);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(16);

    auto* card = new QFrame(panel);
    card->setObjectName(QStringLiteral("card"));
    auto* form = new QFormLayout(card);
    form->setContentsMargins(18, 14, 18, 14);
    form->setHorizontalSpacing(18);
    form->setVerticalSpacing(7);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    m_account = valueLabel("syncAccount", card);
    m_team = valueLabel("syncTeam", card);
    m_role = valueLabel("syncRole", card);
    m_server = valueLabel("syncServer", card);
    m_device = valueLabel("syncDevice", card);
    m_pending = valueLabel("syncPending", card);
    m_lastSuccess = valueLabel("syncLastSuccess", card);
    m_lastError = valueLabel("syncLastError", card);
    m_fingerprint = valueLabel("syncFingerprint", card);
    form->addRow(tr("登记为"), m_account);
    form->addRow(tr("组"), m_team);
    form->addRow(tr("角色"), m_role);
    form->addRow(tr("服务器"), m_server);
    form->addRow(tr("本机设备"), m_device);
    form->addRow(tr("待上传的修改"), m_pending);
    form->addRow(tr("上次成功同步"), m_lastSuccess);
    form->addRow(tr("上次错误"), m_lastError);
    form->addRow(tr("CA 指纹"), m_fingerprint);
    row->addWidget(card, 3);

    auto* actions = new QVBoxLayout;
    actions->setSpacing(8);
    m_syncButton = primaryButton(tr("立即同步"), panel);
    m_syncButton->setObjectName(QStringLiteral("syncNow"));
    m_syncButton->setToolTip(tr("立即与总部同步（Ctrl+Shift+S 或 F5）"));
    m_syncButton->setMinimumWidth(200);
    connect(m_syncButton, &QPushButton::clicked, this, &SyncPage::syncNow);
    actions->addWidget(m_syncButton, 0, Qt::AlignLeft);
    actions->addWidget(makeHint(tr("快捷键 Ctrl+Shift+S 或 F5"), panel));

    m_progressBox = new QWidget(panel);
    m_progressBox->setObjectName(QStringLiteral("syncProgressBox"));
    auto* progress = new QVBoxLayout(m_progressBox);
    progress->setContentsMargins(0, 4, 0, 0);
    progress->setSpacing(4);
    m_stage = new QLabel(m_progressBox);
    m_stage->setObjectName(QStringLiteral("syncStage"));
    m_progress = new QProgressBar(m_progressBox);
    m_progress->setObjectName(QStringLiteral("syncProgress"));
    m_progress->setRange(0, 0); // how much is left is unknown until HQ says there is no more
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(12);
    m_cancelButton = new QPushButton(tr("取消"), m_progressBox);
    m_cancelButton->setObjectName(QStringLiteral("syncCancel"));
    m_cancelButton->setToolTip(tr("停止这次同步。已完成的部分保留，下次从这里继续。"));
    connect(m_cancelButton, &QPushButton::clicked, &m_sync, &SyncController::cancel);
    auto* barRow = new QHBoxLayout;
    barRow->addWidget(m_progress, 1);
    barRow->addWidget(m_cancelButton);
    progress->addWidget(m_stage);
    progress->addLayout(barRow);
    actions->addWidget(m_progressBox);

    // Material files move on their own after the rows (never holding up a sync): their own line, bar and stop.
    m_filesBox = new QWidget(panel);
    auto* files = new QVBoxLayout(m_filesBox);
    files->setContentsMargins(0, 6, 0, 0);
    m_filesStage = new QLabel(m_filesBox);
    m_filesStage->setObjectName(QStringLiteral("syncFiles"));
    m_filesStage->setWordWrap(true);
    m_filesProgress = new QProgressBar(m_filesBox);
    m_filesProgress->setObjectName(QStringLiteral("syncFilesProgress"));
    m_filesProgress->setRange(0, 1000);
    m_filesProgress->setTextVisible(false);
    m_filesStop = new QPushButton(tr("暂停下载"), m_filesBox);
    m_filesStop->setObjectName(QStringLiteral("syncFilesStop"));
    m_filesStop->setToolTip(tr("暂停下载资料文件。已下载的部分保留，下次同步后从断点继续。"));
    connect(m_filesStop, &QPushButton::clicked, &m_sync, &SyncController::pauseDownloads);
    auto* filesRow = new QHBoxLayout;
    filesRow->addWidget(m_filesProgress, 1);
    filesRow->addWidget(m_filesStop);
    files->addWidget(m_filesStage);
    files->addLayout(filesRow);
    actions->addWidget(m_filesBox);

    m_result = new QLabel(panel);
    m_result->setObjectName(QStringLiteral("syncResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    actions->addWidget(m_result);
    m_schedule = makeHint(QString(), panel);
    m_schedule->setObjectName(QStringLiteral("syncSchedule"));
    actions->addWidget(m_schedule);
    actions->addStretch(1);
    row->addLayout(actions, 2);
    return panel;
}

void SyncPage::updateFiles()
{
    const auto status = m_sync.filesStatus();
    const bool running = m_sync.isDownloading();
    m_filesBox->setVisible(status.waiting > 0 || running);
    const double mb = 1024.0 * 1024.0;
    QString text;
    if (running)
        text = tr("资料文件：正在下载，还有 %n 个（已收到 %1 / %2 MB）", "", status.waiting)
                   .arg(double(status.bytesReceived) / mb, 0, 'f', 1)
                   .arg(double(status.bytesTotal) / mb, 0, 'f', 1);
    else if (status.failed > 0)
        text = tr("资料文件：%n 个下载失败（%1），下次同步时重试", "", status.failed).arg(status.lastError);
    else if (status.waiting > 0)
        text = tr("资料文件：%n 个等待下载，下次同步后继续", "", status.waiting);
    m_filesStage->setText(text);
    m_filesProgress->setValue(status.bytesTotal > 0 ? int(status.bytesReceived * 1000 / status.bytesTotal) : 0);
    m_filesStop->setVisible(running);
}

void SyncPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    refresh();
    updateFiles();
    m_issues->reload();
}

void SyncPage::showNotice(const QString& text, bool warning)
{
    m_notice->setProperty("notice", warning ? QStringLiteral("warning") : QStringLiteral("info"));
    m_notice->style()->unpolish(m_notice);
    m_notice->style()->polish(m_notice);
    m_notice->setText(text);
    m_notice->setVisible(!text.isEmpty());
}

void SyncPage::openEnrollDialog()
{
    if (m_sync.isBusy())
        return;
    EnrollDialog dialog(m_sync, this);
    dialog.exec();
}

void SyncPage::syncNow()
{
    if (m_sync.isBusy())
        return;
    if (!m_sync.isEnrolled()) {
        showNotice(tr("这个工作区还没有登记到总部，请先点“登记到总部…”。"), true);
        return;
    }
    m_sync.syncNow();
}

// Asked for here or started by the schedule (daily, network back, a retry): the page shows it either way.
void SyncPage::onStarted()
{
    setBusy(true);
    onProgress(tr("正在连接总部"), 0);
}

void SyncPage::setBusy(bool busy)
{
    m_progressBox->setVisible(busy);
    m_syncButton->setEnabled(!busy);
    m_syncButton->setText(busy ? tr("正在同步…") : tr("立即同步"));
    if (busy)
        m_result->clear();
    updateIndicator();
}

void SyncPage::onProgress(const QString& stage, int rows)
{
    m_stage->setText(rows > 0 ? tr("%1 · 已处理 %2 条").arg(stage).arg(rows) : tr("%1…").arg(stage));
}

void SyncPage::onFinished(const SyncController::Summary& summary, bool cancelled)
{
    setBusy(false);
    QString result;
    if (cancelled)
        result = tr("已取消。已完成的部分都已保存，下次同步从这里继续。");
    // The tables first: the count of new conflicts is the count the officer will see in them.
    const int conflictsBefore = m_issues->openConflicts();
    m_issues->reload();
    const int newConflicts = m_issues->openConflicts() - conflictsBefore;
    if (summary.ok) {
        QStringList parts{tr("上传 %1 条").arg(summary.pushed), tr("下载 %1 条").arg(summary.pulled)};
        if (newConflicts > 0)
            parts << tr("%1 处冲突（见下方“冲突”）").arg(newConflicts);
        if (summary.refused > 0)
            parts << tr("%1 笔修改被总部退回（见“被总部退回”）").arg(summary.refused);
        if (summary.purged > 0)
            parts << tr("按总部的权限移除了 %1 条记录").arg(summary.purged);
        result = tr("同步完成：%1。%2")
                     .arg(parts.join(tr("，")),
                          summary.durationMs < 1000
                              ? tr("用时不到 1 秒。")
                              : tr("用时 %1 秒。").arg(QString::number(double(summary.durationMs) / 1000.0, 'f', 1)));
    } else if (result.isEmpty()) {
        result = tr("同步没有完成：%1").arg(summary.error);
        if (m_sync.retryAt() > 0)
            result += tr("。稍后会自动重试。");
    }
    m_result->setText(result);
    // What an information notice said (enrolled, a value restored) is now history; the result line says what happened.
    if (m_notice->property("notice").toString() == QLatin1String("info"))
        showNotice(QString(), false);
    if (summary.wiped) {
        const QString text = tr(
            "总部已远程清除这台电脑：同步过的客商、联系人、走访、项目线索、推介活动和本机资料库都已删除，登记也已作废。"
            "如果这台电脑已经找回并要继续使用，请先联系总部，再重新登记。");
        showNotice(QString(), false); // the page now says it in its welcome card
        auto* box = new QMessageBox(QMessageBox::Warning, tr("本机数据已被总部清除"), text, QMessageBox::Ok, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->setObjectName(QStringLiteral("wipedMessage"));
        box->open(); // not exec(): the sync that brought the news has finished, nothing waits for the answer
    }
    refresh();
}

void SyncPage::onEnrolled(bool ok, const QString& message, const QString& adoptError)
{
    Q_UNUSED(message) // the enrolment dialog shows the refusal where the officer typed
    if (!ok)
        return;
    if (!adoptError.isEmpty()) {
        showNotice(tr("已登记到总部，但未能把本机的走访、线索和活动归入本组：%1").arg(adoptError), true);
    } else {
        const QJsonObject status = m_sync.status();
        showNotice(tr("已登记到总部：%1（%2）。正在进行第一次同步…")
                       .arg(status.value(QStringLiteral("display_name")).toString(), SyncText::teamName(status)),
                   false);
    }
    refresh();
}

void SyncPage::refresh()
{
    m_status = m_sync.status();
    const bool enrolled = m_status.value(QStringLiteral("enrolled")).toBool();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 pending = m_status.value(QStringLiteral("pending")).toInteger();
    const qint64 lastSuccess = m_status.value(QStringLiteral("last_success")).toInteger();
    for (QWidget* w : findChildren<QWidget*>(Qt::FindDirectChildrenOnly)) {
        const QString mode = w->property("syncMode").toString();
        if (!mode.isEmpty())
            w->setVisible((mode == QLatin1String("status")) == enrolled);
    }
    m_issues->setVisible(enrolled);

    const qint64 wipedAt = m_status.value(QStringLiteral("wiped_at")).toInteger();
    m_wiped->setText(
        tr("总部已于 %1 远程清除了这台电脑上同步过的数据，原来的登记已作废。如果这台电脑已经找回并要继续使用，"
           "请先联系总部，再重新登记。")
            .arg(SyncText::absoluteTime(wipedAt)));
    m_wiped->setVisible(!enrolled && wipedAt > 0);
    m_welcomePending->setText(
        pending > 0 ? tr("本机现有 %1 条记录或修改，登记后第一次同步时会上传到总部。").arg(pending) : QString());
    m_welcomePending->setVisible(pending > 0);

    const QString name = m_status.value(QStringLiteral("display_name")).toString();
    const QString user = m_status.value(QStringLiteral("user")).toString();
    m_account->setText(name.isEmpty() ? user : tr("%1（%2）").arg(name, user));
    const QString team = m_status.value(QStringLiteral("team")).toString();
    const QString teamName = SyncText::teamName(m_status);
    m_team->setText(team.isEmpty() ? tr("（无）") : teamName);
    m_team->setToolTip(tr("本机新建的走访、项目线索和推介活动归入此组（team:%1）").arg(team));
    m_role->setText(SyncText::roleName(m_status.value(QStringLiteral("role")).toString()));
    const QString server = m_status.value(QStringLiteral("server")).toString();
    m_server->setText(server);
    m_device->setText(m_status.value(QStringLiteral("device")).toString());
    m_pending->setText(pending < 0    ? tr("（无法读取）")
                       : pending == 0 ? tr("0 条（都已上传）")
                                      : tr("%1 条").arg(pending));
    m_lastSuccess->setText(
        lastSuccess > 0
            ? tr("%1（%2）").arg(SyncText::relativeTime(lastSuccess, now), SyncText::absoluteTime(lastSuccess))
            : tr("从未同步"));
    const QString lastError = m_status.value(QStringLiteral("last_error")).toString();
    m_lastError->setText(lastError.isEmpty() ? tr("无") : lastError);
    m_lastError->setStyleSheet(lastError.isEmpty() ? QString() : QStringLiteral("color: #b3261e;"));
    // Plain http (the demo server on this computer) uses no CA, whatever the status computes for an empty one.
    const QString fingerprint = m_status.value(QStringLiteral("ca_fingerprint")).toString();
    if (server.startsWith(QLatin1String("http:")))
        m_fingerprint->setText(tr("未使用（本机演示服务器，连接不加密）"));
    else if (fingerprint.isEmpty())
        m_fingerprint->setText(tr("（无）"));
    else
        m_fingerprint->setText(fingerprint.left(47) + QLatin1Char('\n') + fingerprint.mid(48));
    const bool hex = !fingerprint.isEmpty() && !server.startsWith(QLatin1String("http:"));
    m_fingerprint->setFont(hex ? QFontDatabase::systemFont(QFontDatabase::FixedFont) : font());

    updateSchedule();
    updateIndicator();
}

void SyncPage::updateSchedule()
{
    if (!m_status.value(QStringLiteral("enrolled")).toBool()) {
        m_schedule->clear();
        return;
    }
    const SyncPreferences& preferences = m_sync.preferences();
    if (!preferences.automatic) {
        m_schedule->setText(tr("自动同步已关闭：点“同步”时才会同步（设置 → 同步）。"));
        return;
    }
    const QString every = preferences.intervalHours >= SyncPreferences::kMaxIntervalHours
                              ? tr("每天", "sync interval in a sentence")
                              : tr("每 %1 小时").arg(preferences.intervalHours);
    QString text = preferences.whenNetworkBack ? tr("自动同步已开启：%1至少一次，网络恢复时也会同步。").arg(every)
                                               : tr("自动同步已开启：%1至少一次。").arg(every);
    if (m_sync.retryAt() > 0) {
        // A clock time, not "in 2 minutes": it stays true while the page is left open.
        const qint64 wait = std::max<qint64>(0, m_sync.retryAt() - Clock::system().monotonicMs());
        const QDateTime at = QDateTime::currentDateTime().addMSecs(wait);
        text += QLatin1Char('\n') + tr("上次同步失败（连续 %1 次），%2 左右自动重试（间隔 %3）。")
                                        .arg(m_sync.failures())
                                        .arg(at.toString(QStringLiteral("HH:mm:ss")), duration(wait));
    }
    m_schedule->setText(text);
}

void SyncPage::updateIndicator()
{
    QString text;
    if (!m_status.value(QStringLiteral("enrolled")).toBool()) {
        text = tr("同步：未登记");
    } else if (m_sync.isBusy()) {
        text = tr("同步：正在同步…");
    } else {
        const qint64 pending = m_status.value(QStringLiteral("pending")).toInteger();
        const qint64 last = m_status.value(QStringLiteral("last_success")).toInteger();
        text = tr("同步：%1 · %2")
                   .arg(pending > 0 ? tr("待上传 %1 条").arg(pending) : tr("已全部上传"),
                        last > 0 ? tr("上次 %1").arg(SyncText::shortTime(last, QDateTime::currentMSecsSinceEpoch()))
                                 : tr("尚未同步"));
        if (!m_status.value(QStringLiteral("last_error")).toString().isEmpty())
            text += tr(" · 最近一次失败");
    }
    if (text != m_indicator) {
        m_indicator = text;
        Q_EMIT indicatorChanged(text);
    }
}

} // namespace zs::ui
