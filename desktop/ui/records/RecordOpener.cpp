#include "desktop/ui/records/RecordOpener.h"

#include "desktop/core/Workspace.h"
#include "desktop/core/directory/ContactRepository.h"
#include "desktop/core/materials/MaterialRepository.h"
#include "desktop/ui/directory/CompanyDialog.h"
#include "desktop/ui/events/EventDialog.h"
#include "desktop/ui/records/GenericRecordDialog.h"
#include "desktop/ui/pipeline/LeadDialog.h"
#include "desktop/ui/materials/MaterialImport.h"
#include "desktop/ui/materials/MaterialViewer.h"
#include "desktop/core/sync/SyncController.h"
#include "desktop/ui/visits/VisitDialog.h"

#include <QMessageBox>

#include <algorithm>

namespace zs::ui {

bool openRecordDialog(Workspace& workspace, SyncController& sync, RecordKind kind, const QString& id, QWidget* parent,
                      const QString& companyId)
{
    switch (kind) {
    case RecordKind::Company: {
        CompanyDialog dialog(workspace, id, parent);
        QString existing;
        QObject::connect(&dialog, &CompanyDialog::openExisting, &dialog,
                         [&existing](const QString& other) { existing = other; });
        const bool saved = dialog.exec() == QDialog::Accepted;
        if (!existing.isEmpty())
            return openRecordDialog(workspace, sync, RecordKind::Company, existing, parent);
        return saved;
    }
    case RecordKind::Contact: {
        auto contact = ContactRepository(workspace.db()).get(id);
        return contact.ok() && openRecordDialog(workspace, sync, RecordKind::Company, contact->companyId, parent);
    }
    case RecordKind::Visit: {
        VisitDialog dialog(workspace, id, parent, companyId);
        return dialog.exec() == QDialog::Accepted;
    }
    case RecordKind::Lead: {
        LeadDialog dialog(workspace, id, parent, companyId);
        return dialog.exec() == QDialog::Accepted;
    }
    case RecordKind::Event: {
        EventDialog dialog(workspace, id, parent);
        return dialog.exec() == QDialog::Accepted;
    }
    case RecordKind::Material: {
        if (id.isEmpty())
            return importMaterial(workspace, parent);
        MaterialRepository materials(workspace.db());
        auto state = materials.fileState(id);
        if (state.ok() && state->kind != MaterialRepository::FileState::Here &&
            state->kind != MaterialRepository::FileState::LocalOnly) {
            // The row came from HQ before its file: it goes to the front of the download queue.
            auto queued = materials.requestFile(id);
            sync.fetchFilesNow();
            QMessageBox::information(
                parent, QObject::tr("文件尚未下载"),
                QObject::tr("这份资料的文件还没有下载到本机（%1）。\n\n已把它排到下载队列的最前面，"
                            "联网并登记到总部后会自动下载，下载完成后即可打开。")
                    .arg(queued.ok() ? queued->text() : state->text()));
            return false;
        }
        MaterialViewer viewer(workspace, id, parent);
        viewer.exec();
        return false;
    }
    default: // a simple kind: the form built from its declaration
        break;
    }
    // Made for a record (an agreement's progress report): the kind's first reference starts at it.
    const KindDecl& declared = RecordKinds::get(kind);
    QVariantMap prefill;
    if (id.isEmpty() && !companyId.isEmpty()) {
        const auto ref = std::find_if(declared.fields.cbegin(), declared.fields.cend(),
                                      [](const FieldDecl& f) { return f.type == FieldType::Ref; });
        if (ref != declared.fields.cend())
            prefill.insert(ref->name(), companyId);
    }
    GenericRecordDialog dialog(workspace, declared, id, parent, prefill);
    return dialog.exec() == QDialog::Accepted;
}

} // namespace zs::ui
