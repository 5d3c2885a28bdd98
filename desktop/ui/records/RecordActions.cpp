#include "desktop/ui/records/RecordActions.h"

#include "desktop/core/Workspace.h"
#include "desktop/core/directory/CompanyRepository.h"
#include "desktop/core/pipeline/LeadService.h"
#include "desktop/core/registry/Choices.h"
#include "desktop/core/registry/RecordRemoval.h"
#include "desktop/core/session/OfficerProfile.h"
#include "desktop/core/registry/RecordStore.h"
#include "desktop/ui/records/MergeDialog.h"
#include "desktop/ui/records/UndoBar.h"

#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>

namespace zs::ui {

// 「甲」、「乙」等 3 条: the first few names of what is about to change.
QString RecordActions::names(Workspace& workspace, const KindDecl& kind, const QStringList& ids)
{
    RecordStore store(workspace.db(), kind);
    QStringList shown;
    for (const QString& id : ids.mid(0, 3)) {
        auto title = store.title(id);
        shown << tr("「%1」").arg(title.ok() ? title.value() : id);
    }
    QString text = shown.join(tr("、"));
    if (ids.size() > shown.size())
        text = tr("%1等 %2 条").arg(text).arg(ids.size());
    return text;
}

bool RecordActions::remove(Workspace& workspace, RecordKind kind, const QStringList& ids, UndoBar& undo,
                           QWidget* parent)
{
    if (ids.isEmpty())
        return false;
    const KindDecl& declared = RecordKinds::get(kind);
    const QString label = RecordKinds::label(declared);
    const QString what = names(workspace, declared, ids);
    const auto answer = QMessageBox::question(
        parent, tr("删除%1").arg(label),
        tr("删除%1%2？\n\n删除会同步到总部和本组的其他电脑；删除后可以立即撤销（Ctrl+Z）。").arg(label, what),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return false;
    auto removed = RecordRemoval(workspace.db()).remove(declared, ids);
    if (!removed.ok()) {
        QMessageBox::warning(parent, tr("无法删除"), removed.error().message);
        return false;
    }
    Workspace* ws = &workspace;
    undo.offer(tr("已删除%1%2。").arg(label, what), [ws, &declared, ids]() -> Result<void> {
        auto restored = RecordRemoval(ws->db()).restore(declared, ids);
        if (!restored.ok())
            return restored.error();
        return {};
    });
    return true;
}

bool RecordActions::merge(Workspace& workspace, RecordKind kind, const QStringList& ids, UndoBar& undo, QWidget* parent)
{
    const KindDecl& declared = RecordKinds::get(kind);
    if (ids.size() != 2) {
        QMessageBox::information(parent, tr("合并重复%1").arg(RecordKinds::label(declared)),
                                 tr("请在列表里选中两条重复的记录（按住 Ctrl 点选）再合并。"));
        return false;
    }
    MergeDialog dialog(workspace, declared, ids[0], ids[1], parent);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    Workspace* ws = &workspace;
    const QString mergeId = dialog.mergeId();
    undo.offer(dialog.summary(), [ws, mergeId] { return RecordMerge(ws->db()).undo(mergeId); });
    return true;
}

bool RecordActions::mergeWithChosen(Workspace& workspace, RecordKind kind, const QString& id, UndoBar& undo,
                                    QWidget* parent)
{
    const KindDecl& declared = RecordKinds::get(kind);
    // The candidates: for a company, those with a similar name first (RecordText::nameCore), then every other one.
    QList<Choice> candidates;
    if (kind == RecordKind::Company) {
        CompanyRepository companies(workspace.db());
        auto self = companies.get(id);
        auto similar = self.ok() ? companies.similar(self.value(), 10) : Result<QList<Company>>(self.error());
        if (similar.ok())
            for (const Company& c : similar.value())
                candidates.append({c.id, tr("%1（名称相近）").arg(c.name)});
    }
    auto all = Choices(workspace.db()).forField({"id", "", FieldType::Ref, nullptr, declared.key});
    if (all.ok())
        for (const Choice& c : all.value())
            if (c.value != id && std::none_of(candidates.cbegin(), candidates.cend(),
                                              [&c](const Choice& known) { return known.value == c.value; }))
                candidates.append(c);
    if (candidates.isEmpty()) {
        QMessageBox::information(parent, tr("合并重复%1").arg(RecordKinds::label(declared)),
                                 tr("没有可以合并的其他记录。"));
        return false;
    }
    QStringList names;
    for (const Choice& c : std::as_const(candidates))
        names << c.text;
    bool ok = false;
    const QString chosen = QInputDialog::getItem(parent, tr("合并重复%1").arg(RecordKinds::label(declared)),
                                                 tr("与哪一条是同一家？"), names, 0, false, &ok);
    if (!ok)
        return false;
    const QString other = candidates.at(names.indexOf(chosen)).value;
    return merge(workspace, kind, {id, other}, undo, parent);
}

bool RecordActions::moveLeads(Workspace& workspace, const QStringList& ids, const QString& stage, QWidget* parent)
{
    LeadService leads(workspace.db());
    auto moved = leads.moveManyToStage(ids, stage, QString());
    if (!moved.ok() && moved.error().fields.contains(QStringLiteral("stage_reason"))) {
        // 退回, 搁置 and 终止 need a reason: one for all of them.
        bool ok = false;
        const QString reason =
            QInputDialog::getText(parent, tr("需要写明原因"), moved.error().message + u'\n' + tr("原因："),
                                  QLineEdit::Normal, QString(), &ok)
                .trimmed();
        if (!ok || reason.isEmpty())
            return false;
        moved = leads.moveManyToStage(ids, stage, reason);
    }
    if (!moved.ok()) {
        QMessageBox::warning(parent, tr("无法修改阶段"), moved.error().message);
        return false;
    }
    return moved.value() > 0;
}

bool RecordActions::assignLeads(Workspace& workspace, const QStringList& ids, QWidget* parent)
{
    if (ids.isEmpty())
        return false;
    bool ok = false;
    const auto me = OfficerProfile::load(workspace.db()); // the officer's own name as the first suggestion
    const QString officer =
        QInputDialog::getText(parent, tr("指定负责人"), tr("%1 条项目线索的负责人：").arg(ids.size()),
                              QLineEdit::Normal, me.ok() ? me.value().name : QString(), &ok);
    if (!ok)
        return false;
    auto changed = LeadService(workspace.db()).assign(ids, officer);
    if (!changed.ok()) {
        QMessageBox::warning(parent, tr("无法指定负责人"), changed.error().message);
        return false;
    }
    return changed.value() > 0;
}

} // namespace zs::ui
