#pragma once

#include "desktop/core/registry/RecordMerge.h"

#include <QDialog>
#include <optional>

class QLabel;
class QRadioButton;
class QTableWidget;

namespace zs {
class Workspace;
}

namespace zs::ui {

// 合并重复客商: the two records side by side, field by field (a difference marked), and what merging does with the
// one chosen to stay: the other's visits, leads and contacts move onto it, its empty fields are filled, the other is
// marked deleted. The merge itself is RecordMerge's (one transaction in core); the dialog only asks which one stays.
class MergeDialog : public QDialog
{
    Q_OBJECT

public:
    MergeDialog(Workspace& workspace, const KindDecl& kind, const QString& first, const QString& second,
                QWidget* parent = nullptr);

    bool isValid() const { return m_plans[0].has_value() && m_plans[1].has_value(); }
    QString loadError() const { return m_loadError; }
    // After accept(): the merge made, and what the undo bar says of it.
    QString mergeId() const { return m_mergeId; }
    QString summary() const;
    void keep(int side); // 0: the first record stays, 1: the second (the radio buttons)

    void accept() override;

private:
    void showPlan();
    const RecordMerge::Plan& plan() const { return *m_plans[m_keep]; }

    Workspace& m_workspace;
    const KindDecl& m_kind;
    // m_plans[0] keeps the first record and merges the second into it; m_plans[1] the other way round.
    std::optional<RecordMerge::Plan> m_plans[2];
    int m_keep = 0;
    QString m_loadError;
    QString m_mergeId;
    QRadioButton* m_keepButtons[2] = {};
    QTableWidget* m_table;
    QLabel* m_effect;
    QLabel* m_error;
};

} // namespace zs::ui
