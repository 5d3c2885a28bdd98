#pragma once

#include "desktop/core/registry/Choices.h"

#include <QString>

class QComboBox;

namespace zs::ui {

// Fills a combo with a reference list (core's Choices); the first entry, with an empty code, reads `emptyText`
// ("全部产业" in a filter, "（未选）" in a form). A list that could not be read leaves only that entry.
void fillReferenceCombo(QComboBox* combo, const Result<QList<Choice>>& choices, const QString& emptyText);
// Selects the entry with this code (the empty entry when not found).
void selectCode(QComboBox* combo, const QString& code);

} // namespace zs::ui
