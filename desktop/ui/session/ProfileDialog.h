#pragma once

#include "desktop/core/session/OfficerProfile.h"
#include "desktop/ui/records/RecordDialog.h"

class QComboBox;
class QLineEdit;

namespace zs {
class Workspace;
}

namespace zs::ui {

// 我的信息: the officer's name, title, team as printed, stationed city, phone and email, kept in the encrypted
// workspace. The brochure's card prints it; new visits and leads start from it.
class ProfileDialog : public RecordDialog
{
    Q_OBJECT

public:
    explicit ProfileDialog(Workspace& workspace, QWidget* parent = nullptr);

protected:
    Result<void> save() override;

private:
    Workspace& m_workspace;
    OfficerProfile m_profile;
    QLineEdit* m_name;
    QLineEdit* m_title;
    QLineEdit* m_team;
    QComboBox* m_city;
    QLineEdit* m_phone;
    QLineEdit* m_email;
};

} // namespace zs::ui
