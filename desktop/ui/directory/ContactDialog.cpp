#include "desktop/ui/directory/ContactDialog.h"

#include "desktop/core/Workspace.h"
#include "desktop/core/directory/ContactRepository.h"

#include <QLineEdit>
#include <QPlainTextEdit>

namespace zs::ui {

ContactDialog::ContactDialog(Workspace& workspace, const QString& companyId, QWidget* parent)
    : RecordDialog(parent)
    , m_workspace(workspace)
    , m_companyId(companyId)
    , m_name(new QLineEdit(this))
    , m_title(new QLineEdit(this))
    , m_phones(new QLineEdit(this))
    , m_email(new QLineEdit(this))
    , m_wechat(new QLineEdit(this))
    , m_notes(new QPlainTextEdit(this))
{
    setWindowTitle(tr("添加联系人"));
    m_phones->setPlaceholderText(tr("多个号码用顿号分开"));
    m_notes->setMaximumHeight(80);
    m_notes->setPlaceholderText(tr("关系说明：如何认识、谁引荐、关注什么"));
    addField(QStringLiteral("name"), tr("姓名*"), m_name);
    addField(QStringLiteral("title"), tr("职务"), m_title);
    addField(QStringLiteral("phones"), tr("电话"), m_phones);
    addField(QStringLiteral("email"), tr("电子邮箱"), m_email);
    addField(QStringLiteral("wechat"), tr("微信号"), m_wechat);
    addField(QStringLiteral("notes"), tr("关系备注"), m_notes);
}

Result<void> ContactDialog::save()
{
    Contact c;
    c.companyId = m_companyId;
    c.name = m_name->text();
    c.title = m_title->text().trimmed();
    c.phones = m_phones->text();
    c.email = m_email->text();
    c.wechat = m_wechat->text().trimmed();
    c.notes = m_notes->toPlainText().trimmed();
    auto id = ContactRepository(m_workspace.db()).create(c);
    if (!id.ok())
        return id.error();
    return {};
}

} // namespace zs::ui
