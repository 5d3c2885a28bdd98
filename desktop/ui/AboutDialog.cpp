#include "desktop/ui/AboutDialog.h"

#include "desktop/core/AppInfo.h"

#include <QCoreApplication>
#include <QMessageBox>

namespace zs::ui {

void showAboutDialog(QWidget* parent)
{
    const QString text =
        QCoreApplication::translate("AboutDialog",
                                    "<h3>招商外勤 %1</h3>"
                                    "<p>韶关市外驻招商人员的离线加密工作平台：客商名录、走访记录、项目线索、推介活动、"
                                    "资料与宣传册，每天与市招商总部同步。</p>"
                                    "<p>Qt %2<br>SQLCipher %3（SQLite %4）</p>")
            .arg(AppInfo::appVersion(), AppInfo::qtVersion(), AppInfo::sqlcipherVersion(), AppInfo::sqliteVersion());
    QMessageBox::about(parent, QCoreApplication::translate("AboutDialog", "关于招商外勤"), text);
}

} // namespace zs::ui
