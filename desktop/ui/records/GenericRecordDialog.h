#pragma once

#include "desktop/core/registry/RecordKinds.h"
#include "desktop/ui/records/RecordDialog.h"

#include <QMap>

namespace zs {
class Workspace;
}

namespace zs::ui {

// The form of a simple kind, built from its declaration (RecordKinds): a line per editable field — text, notes,
// a list for codes and references, a date, a yes/no, a number with its unit — the required ones marked, each
// problem RecordStore finds shown under its field. Kinds without a form of their own open in it.
class GenericRecordDialog : public RecordDialog
{
    Q_OBJECT

public:
    // A new record (id empty) starts from `prefill` (column → value: the agreement a service log is for); its
    // required dates not given start at today.
    GenericRecordDialog(Workspace& workspace, const KindDecl& kind, const QString& id, QWidget* parent = nullptr,
                        const QVariantMap& prefill = {});
    QString savedId() const { return m_id; }

protected:
    Result<void> save() override;

private:
    QWidget* makeEditor(const FieldDecl& field);
    QVariant valueOf(const FieldDecl& field) const;
    void display(const FieldDecl& field, const QVariant& value);

    Workspace& m_workspace;
    const KindDecl& m_kind;
    QString m_id;
    QMap<QString, QWidget*> m_editors;
};

} // namespace zs::ui
