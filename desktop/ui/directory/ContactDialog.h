#pragma once

#include "desktop/core/domain/Records.h"
#include "desktop/ui/records/RecordDialog.h"

class QLineEdit;
class QPlainTextEdit;

namespace zs {
class Workspace;
}

namespace zs::ui {

// A person at a company: name, title, phones, e-mail, WeChat, relation notes.
class ContactDialog : public RecordDialog
{
    Q_OBJECT

public:
    ContactDialog(Workspace& workspace, const QString& companyId, QWidget* parent = nullptr);

protected:
    Result<void> save() override;

private:
    Workspace& m_workspace;
    QString m_companyId;
    QLineEdit* m_name;
    QLineEdit* m_title;
    QLineEdit* m_phones;
    QLineEdit* m_email;
    QLineEdit* m_wechat;
    QPlainTextEdit* m_notes;
};

} // namespace zs::ui
