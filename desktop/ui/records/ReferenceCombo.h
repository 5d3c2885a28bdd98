#pragma once

#include <QString>

class QComboBox;

namespace zs {
class Database;
}

namespace zs::ui {

// Fills a combo with (code, name) rows from a reference query; the first entry, with an empty code, reads
// `emptyText` ("全部产业" in a filter, "（未选）" in a form).
void fillReferenceCombo(Database& db, QComboBox* combo, const char* sql, const QString& emptyText);
// Selects the entry with this code (the empty entry when not found).
void selectCode(QComboBox* combo, const QString& code);

} // namespace zs::ui
