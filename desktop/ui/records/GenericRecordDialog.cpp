#include "desktop/ui/records/GenericRecordDialog.h"

#include "desktop/core/Workspace.h"
#include "desktop/core/registry/Choices.h"
#include "desktop/ui/records/ReferenceCombo.h"
#include "desktop/core/registry/RecordStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDoubleValidator>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace zs::ui {

namespace {
const QDate kNoDate(1900, 1, 1); // the date editor's "none" (its minimum, shown as special text)
}

GenericRecordDialog::GenericRecordDialog(Workspace& workspace, const KindDecl& kind, const QString& id, QWidget* parent,
                                         const QVariantMap& prefill)
    : RecordDialog(parent)
    , m_workspace(workspace)
    , m_kind(kind)
    , m_id(id)
{
    setObjectName(QStringLiteral("genericRecordDialog"));
    setWindowTitle(id.isEmpty() ? RecordKinds::createLabel(kind) : RecordKinds::label(kind));
    resize(560, 120 + 44 * int(RecordStore::editable(kind).size()));
    for (const FieldDecl& f : RecordStore::editable(kind)) {
        QWidget* editor = makeEditor(f);
        editor->setObjectName(f.name());
        m_editors.insert(f.name(), editor);
        addField(f.name(), RecordKinds::fieldLabel(f) + (f.required ? QStringLiteral("*") : QString()), editor);
    }
    if (!id.isEmpty()) {
        auto values = RecordStore(workspace.db(), kind).get(id);
        if (values.ok()) {
            for (const FieldDecl& f : RecordStore::editable(kind))
                display(f, values->value(f.name()));
        } else {
            showError(values.error());
        }
    } else {
        for (const FieldDecl& f : RecordStore::editable(kind)) {
            if (prefill.contains(f.name()))
                display(f, prefill.value(f.name()));
            else if (f.type == FieldType::Bool && qstrcmp(f.column, "active") == 0)
                display(f, true); // a new entry is in office
            else if (f.type == FieldType::Date && f.required)
                display(f, QDate::currentDate());
        }
    }
    setModified(false);
}

QWidget* GenericRecordDialog::makeEditor(const FieldDecl& f)
{
    const QString hint = f.hint ? QCoreApplication::translate("zs::RecordKinds", f.hint) : QString();
    switch (f.type) {
    case FieldType::LongText: {
        auto* edit = new QPlainTextEdit(this);
        edit->setPlaceholderText(hint);
        edit->setMaximumHeight(90);
        edit->setTabChangesFocus(true);
        return edit;
    }
    case FieldType::Bool:
        return new QCheckBox(this);
    case FieldType::Date: {
        auto* date = new QDateEdit(this);
        date->setCalendarPopup(true);
        date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        date->setMinimumDate(kNoDate);
        date->setSpecialValueText(tr("未填"));
        date->setDate(kNoDate);
        return date;
    }
    case FieldType::Code:
    case FieldType::Ref: {
        auto* combo = new QComboBox(this);
        combo->addItem(f.required ? tr("请选择…") : tr("（无）"), QString());
        if (auto choices = Choices(m_workspace.db()).forField(f); choices.ok()) {
            for (const Choice& c : choices.value())
                combo->addItem(c.text, c.value);
        }
        if (combo->count() > 12) // long lists: type to find
            makeSearchable(combo);
        return combo;
    }
    default: {
        auto* line = new QLineEdit(this);
        line->setPlaceholderText(f.unit ? QCoreApplication::translate("zs::RecordKinds", f.unit) : hint);
        if (f.type == FieldType::Real || f.type == FieldType::Integer) {
            auto* numbers = new QDoubleValidator(0, 1e12, f.type == FieldType::Integer ? 0 : 4, line);
            numbers->setNotation(QDoubleValidator::StandardNotation);
            line->setValidator(numbers);
        }
        return line;
    }
    }
}

void GenericRecordDialog::display(const FieldDecl& f, const QVariant& value)
{
    QWidget* editor = m_editors.value(f.name());
    if (auto* line = qobject_cast<QLineEdit*>(editor))
        line->setText(value.toString());
    else if (auto* text = qobject_cast<QPlainTextEdit*>(editor))
        text->setPlainText(value.toString());
    else if (auto* check = qobject_cast<QCheckBox*>(editor))
        check->setChecked(value.toBool());
    else if (auto* date = qobject_cast<QDateEdit*>(editor))
        date->setDate(value.toDate().isValid() ? value.toDate() : kNoDate);
    else if (auto* combo = qobject_cast<QComboBox*>(editor)) {
        const int at = combo->findData(value.toString());
        combo->setCurrentIndex(qMax(0, at));
    }
}

QVariant GenericRecordDialog::valueOf(const FieldDecl& f) const
{
    QWidget* editor = m_editors.value(f.name());
    if (auto* line = qobject_cast<QLineEdit*>(editor))
        return line->text().trimmed();
    if (auto* text = qobject_cast<QPlainTextEdit*>(editor))
        return text->toPlainText().trimmed();
    if (auto* check = qobject_cast<QCheckBox*>(editor))
        return check->isChecked();
    if (auto* date = qobject_cast<QDateEdit*>(editor))
        return date->date() == kNoDate ? QVariant() : QVariant(date->date());
    if (auto* combo = qobject_cast<QComboBox*>(editor)) {
        // A typed text that names an entry counts as choosing it.
        const int at = combo->isEditable() ? combo->findText(combo->currentText()) : combo->currentIndex();
        return at > 0 ? combo->itemData(at).toString() : QString();
    }
    return {};
}

Result<void> GenericRecordDialog::save()
{
    RecordStore::Values values;
    for (const FieldDecl& f : RecordStore::editable(m_kind))
        values.insert(f.name(), valueOf(f));
    RecordStore store(m_workspace.db(), m_kind);
    if (m_id.isEmpty()) {
        auto created = store.create(values);
        if (!created.ok())
            return created.error();
        m_id = created.value();
        return {};
    }
    return store.update(m_id, values);
}

} // namespace zs::ui
