#include "desktop/ui/records/ReferenceCombo.h"

#include <QComboBox>

namespace zs::ui {

void fillReferenceCombo(QComboBox* combo, const Result<QList<Choice>>& choices, const QString& emptyText)
{
    combo->addItem(emptyText, QString());
    if (!choices.ok())
        return;
    for (const Choice& c : choices.value())
        combo->addItem(c.text, c.value);
}

void selectCode(QComboBox* combo, const QString& code)
{
    const int at = combo->findData(code);
    combo->setCurrentIndex(at < 0 ? 0 : at);
}

} // namespace zs::ui
