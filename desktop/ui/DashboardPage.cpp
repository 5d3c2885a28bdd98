#include "desktop/ui/DashboardPage.h"

#include "desktop/core/Workspace.h"
#include "desktop/ui/Style.h"

#include <QDateTime>
#include <QFormLayout>
#include <QFrame>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace zs::ui {

DashboardPage::DashboardPage(Workspace& workspace, QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 24, 32, 24);
    const QDate today = QDate::currentDate();
    layout->addWidget(makeTitle(tr("工作台"), this));
    layout->addWidget(makeHint(QLocale().toString(today, tr("yyyy年M月d日 dddd")), this));
    layout->addSpacing(16);

    auto* card = new QFrame(this);
    card->setObjectName(QStringLiteral("card"));
    auto* form = new QFormLayout(card);
    form->setContentsMargins(20, 16, 20, 16);
    auto stats = workspace.stats();
    if (stats.ok()) {
        const QJsonObject& s = stats.value();
        const QDateTime created = QDateTime::fromString(s.value(QStringLiteral("created_at")).toString(), Qt::ISODate);
        form->addRow(tr("工作区"), new QLabel(s.value(QStringLiteral("path")).toString(), card));
        form->addRow(tr("创建于"),
                     new QLabel(QLocale().toString(created.toLocalTime(), tr("yyyy年M月d日 HH:mm")), card));
        form->addRow(tr("加密"), new QLabel(tr("SQLCipher %1 · AES-256 · 密钥由 Argon2id 保护")
                                                .arg(s.value(QStringLiteral("sqlcipher_version")).toString()),
                                            card));
        form->addRow(tr("数据版本"),
                     new QLabel(QString::number(s.value(QStringLiteral("schema_version")).toInt()), card));
        form->addRow(tr("本机标识"), new QLabel(s.value(QStringLiteral("device_id")).toString(), card));
    } else {
        QLabel* error = makeErrorLabel(card);
        error->setText(stats.error().message);
        error->show();
        form->addRow(error);
    }
    layout->addWidget(card);
    layout->addSpacing(16);
    layout->addWidget(makeHint(tr("还没有待办事项。记下第一次走访后，今天和逾期的跟进事项会显示在这里。"
                                  "\n快捷键：Ctrl+1…7 切换栏目，Ctrl+L 锁定工作区。"),
                               this));
    layout->addStretch(1);
}

} // namespace zs::ui
