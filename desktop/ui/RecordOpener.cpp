#include "desktop/ui/RecordOpener.h"

#include "desktop/core/Workspace.h"
#include "desktop/core/domain/ContactRepository.h"
#include "desktop/ui/CompanyDialog.h"
#include "desktop/ui/EventDialog.h"
#include "desktop/ui/LeadDialog.h"
#include "desktop/ui/MaterialImport.h"
#include "desktop/ui/MaterialViewer.h"
#include "desktop/ui/VisitDialog.h"

namespace zs::ui {

bool openRecordDialog(Workspace& workspace, RecordKind kind, const QString& id, QWidget* parent)
{
    switch (kind) {
    case RecordKind::Company: {
        CompanyDialog dialog(workspace, id, parent);
        QString existing;
        QObject::connect(&dialog, &CompanyDialog::openExisting, &dialog,
                         [&existing](const QString& other) { existing = other; });
        const bool saved = dialog.exec() == QDialog::Accepted;
        if (!existing.isEmpty())
            return openRecordDialog(workspace, RecordKind::Company, existing, parent);
        return saved;
    }
    case RecordKind::Contact: {
        auto contact = ContactRepository(workspace.db()).get(id);
        return contact.ok() && openRecordDialog(workspace, RecordKind::Company, contact->companyId, parent);
    }
    case RecordKind::Visit: {
        VisitDialog dialog(workspace, id, parent);
        return dialog.exec() == QDialog::Accepted;
    }
    case RecordKind::Lead: {
        LeadDialog dialog(workspace, id, parent);
        return dialog.exec() == QDialog::Accepted;
    }
    case RecordKind::Event: {
        EventDialog dialog(workspace, id, parent);
        return dialog.exec() == QDialog::Accepted;
    }
    case RecordKind::Material: {
        if (id.isEmpty())
            return importMaterial(workspace, parent);
        MaterialViewer viewer(workspace, id, parent);
        viewer.exec();
        return false;
    }
    }
    return false;
}

} // namespace zs::ui
