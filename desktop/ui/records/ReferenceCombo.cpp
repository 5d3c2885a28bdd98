#include "desktop/ui/records/ReferenceCombo.h"

#include <QComboBox>
#include <QCompleter>
#include <QLineEdit>

namespace zs::ui {

void fillReferenceCombo(QComboBox* combo, const Result<QList<Choice>>& choices, const QString& emptyText)
{
    combo->addItem(emptyText, QString());
    if (!choices.ok())
        return;
    for (const Choice& c : choices.value())
        combo->addItem(c.text, c.value);
}

void makeSearchable(QComboBox* combo, const QString& placeholder)
{
    combo->setEditable(true);
    combo->setInsertPolicy(QComboBox::NoInsert);
    auto* completer = new QCompleter(combo->model(), combo);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    combo->setCompleter(completer);
    if (!placeholder.isEmpty())
        combo->lineEdit()->setPlaceholderText(placeholder);
}

void selectCode(QComboBox* combo, const QString& code)
{
    const int at = combo->findData(code);
    combo->setCurrentIndex(at < 0 ? 0 : at);
}

} // namespace zs::ui
