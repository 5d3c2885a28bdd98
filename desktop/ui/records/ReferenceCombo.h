#pragma once

#include "desktop/core/registry/Choices.h"

#include <QString>

class QComboBox;

namespace zs {
class Database;
}

namespace zs::ui {

// Fills a combo with a reference list (core's Choices); the first entry, with an empty code, reads `emptyText`
// ("全部产业" in a filter, "（未选）" in a form). A list that could not be read leaves only that entry.
void fillReferenceCombo(QComboBox* combo, const Result<QList<Choice>>& choices, const QString& emptyText);
// Type-to-find over a long list: the combo becomes editable and offers, in a popup, the entries containing what was
// typed. Never inline completion: it writes the rest of a match into the line while an input method is composing,
// so typing 华达 gave 华达华达精密机械有限公司.
void makeSearchable(QComboBox* combo, const QString& placeholder = {});
// The industry picker: the industries grouped under their chain and link (headers that cannot be chosen), with
// type-to-find over the industries' names. Codes select as in any reference combo (selectCode, currentData).
void fillIndustryCombo(QComboBox* combo, Database& db, const QString& emptyText);
// Selects the entry with this code (the empty entry when not found).
void selectCode(QComboBox* combo, const QString& code);

} // namespace zs::ui
