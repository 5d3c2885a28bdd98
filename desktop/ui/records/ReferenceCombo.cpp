#include "desktop/ui/records/ReferenceCombo.h"

#include "sync/store/Database.h"

#include <QComboBox>

namespace zs::ui {

void fillReferenceCombo(Database& db, QComboBox* combo, const char* sql, const QString& emptyText)
{
    combo->addItem(emptyText, QString());
    auto stmt = db.prepare(sql);
    if (!stmt.ok())
        return;
    while (stmt->step().value())
        combo->addItem(stmt->text(1), stmt->text(0));
}

void selectCode(QComboBox* combo, const QString& code)
{
    const int at = combo->findData(code);
    combo->setCurrentIndex(at < 0 ? 0 : at);
}

} // namespace zs::ui
