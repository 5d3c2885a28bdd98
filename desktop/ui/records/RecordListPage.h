#pragma once

#include "desktop/core/domain/RecordKind.h"

#include <QStringList>
#include <QVariantMap>
#include <QMap>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;
class QPushButton;

namespace zs {
class Workspace;
}

namespace zs::ui {

class RecordTableModel;

// One list screen (客商, 走访, 项目线索, 推介活动): filters, a lazily filled table, create/import/export.
// Column widths, order and visibility are remembered per list.
class RecordListPage : public QWidget
{
    Q_OBJECT

public:
    RecordListPage(Workspace& workspace, RecordKind kind, const QString& title, QWidget* parent = nullptr);
    RecordKind kind() const { return m_kind; }
    ~RecordListPage() override;

    RecordTableModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    QLineEdit* quickFilter() const { return m_quick; }
    QStringList selectedIds() const; // in the list's order

public Q_SLOTS:
    void reload();
    void refreshLoaded(); // RecordTableModel::refreshLoaded

Q_SIGNALS:
    void openRecord(zs::RecordKind kind, const QString& id);
    void createRecord(zs::RecordKind kind);
    // A visit or lead for the company (its row's context menu).
    void createFor(zs::RecordKind kind, const QString& companyId);
    void composeBrochure(const QString& companyId = {});
    void deleteRecords(zs::RecordKind kind, const QStringList& ids);
    void mergeRecords(zs::RecordKind kind, const QStringList& ids);
    // Leads: the selected ones moved to a stage, or handed to an officer.
    void moveLeads(const QStringList& ids, const QString& stage);
    void assignLeads(const QStringList& ids);

private:
    void applyFilter();
    void updateCount();
    void exportList(const QStringList& onlyIds = {}); // the list as filtered, or only the rows selected
    void importCsv(RecordKind kind);
    void showColumnMenu(const QPoint& at);
    void showRowMenu(const QPoint& at);
    // Saved filters (筛选方案): the filter row's values under a name, per list, in the settings.
    QVariantMap filterState() const;
    void restoreFilterState(const QVariantMap& state);
    void showSavedFilters();
    void updateGroups(); // the 分组 strip: counts per group under the filter, a click filters by it
    QString savedFiltersKey() const;
    QString settingsKey() const;

    Workspace& m_workspace;
    RecordKind m_kind;
    RecordTableModel* m_model;
    QTableView* m_view;
    QLabel* m_count;
    QComboBox* m_city = nullptr;
    QComboBox* m_stage = nullptr;
    QComboBox* m_industry = nullptr;
    QMap<QString, QComboBox*> m_codes; // ListDecl::codes by key
    QLineEdit* m_officer = nullptr;
    QLineEdit* m_quick = nullptr;
    QTimer* m_quickDelay = nullptr;
    QPushButton* m_saved = nullptr;
    QComboBox* m_grouping = nullptr;
    QWidget* m_groups = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
};

} // namespace zs::ui
