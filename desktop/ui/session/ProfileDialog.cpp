#include "desktop/ui/session/ProfileDialog.h"

#include "desktop/core/Workspace.h"
#include "desktop/core/domain/RecordText.h"
#include "desktop/ui/Style.h"
#include "desktop/ui/records/ReferenceCombo.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>
#include <QLineEdit>

namespace zs::ui {

ProfileDialog::ProfileDialog(Workspace& workspace, QWidget* parent)
    : RecordDialog(parent)
    , m_workspace(workspace)
    , m_name(new QLineEdit(this))
    , m_title(new QLineEdit(this))
    , m_team(new QLineEdit(this))
    , m_city(new QComboBox(this))
    , m_phone(new QLineEdit(this))
    , m_email(new QLineEdit(this))
{
    setWindowTitle(tr("我的信息"));
    resize(560, 320);
    body()->insertWidget(0, makeHint(tr("宣传册的名片印这些信息，新的走访和项目线索也从这里带出驻点城市和负责人。"
                                        "只保存在这台电脑的加密工作区里，不上传。"),
                                     this));
    m_name->setObjectName(QStringLiteral("profileName"));
    m_title->setPlaceholderText(tr("如：招商专员"));
    m_team->setPlaceholderText(tr("如：韶关市驻深圳招商组"));
    m_phone->setPlaceholderText(tr("如：138 0000 0000"));
    m_email->setPlaceholderText(tr("如：name@example.cn"));
    m_city->addItem(tr("（未定）"), QString());
    for (const QString& code : RecordText::visitCities())
        m_city->addItem(RecordText::cityName(code), code);
    addField(QStringLiteral("name"), tr("姓名*"), m_name);
    addField(QStringLiteral("title"), tr("职务"), m_title);
    addField(QStringLiteral("team"), tr("所在招商组"), m_team);
    addField(QStringLiteral("city"), tr("驻点城市"), m_city);
    addField(QStringLiteral("phone"), tr("电话"), m_phone);
    addField(QStringLiteral("email"), tr("电子邮箱"), m_email);
    if (auto profile = OfficerProfile::load(workspace.db()); profile.ok()) {
        m_profile = profile.value();
        m_name->setText(m_profile.name);
        m_title->setText(m_profile.title);
        m_team->setText(m_profile.team);
        selectCode(m_city, m_profile.city);
        m_phone->setText(m_profile.phone);
        m_email->setText(m_profile.email);
    } else {
        generalError()->setText(profile.error().message);
        generalError()->show();
    }
    setModified(false);
}

Result<void> ProfileDialog::save()
{
    OfficerProfile p = m_profile;
    p.name = m_name->text().trimmed();
    p.title = m_title->text().trimmed();
    p.team = m_team->text().trimmed();
    p.city = m_city->currentData().toString();
    p.phone = m_phone->text().trimmed();
    p.email = m_email->text().trimmed();
    ZS_TRY(p.save(m_workspace.db()));
    m_profile = p;
    return {};
}

} // namespace zs::ui
