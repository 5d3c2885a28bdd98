#pragma once

#include "desktop/core/registry/RecordList.h"

#include <QAbstractTableModel>

#include <optional>

namespace zs::ui {

// A table model over a RecordList that reads a page at a time as the view scrolls (canFetchMore/fetchMore), so a
// list of 100,000 visits opens at once. Sorting and filtering re-run the query from the first page.
class RecordTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr int kPageSize = 200;
    static constexpr int IdRole = Qt::UserRole + 1;

    RecordTableModel(Database& db, RecordKind kind, QObject* parent = nullptr);

    RecordList& list() { return m_list; }
    void setFilter(const ListFilter& filter);
    QString idAt(int row) const;
    // Total rows matching the filter (one count query; the model itself holds only what was fetched).
    qint64 totalCount();
    QString lastError() const { return m_lastError; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    void sort(int column, Qt::SortOrder order) override;

public Q_SLOTS:
    // Re-reads from the first page (after an edit elsewhere).
    void reload();
    // Re-reads the rows already shown and updates those whose values changed, keeping the selection and the scroll
    // position (a material's file arriving piece by piece). Rows added, removed or reordered: reload().
    void refreshLoaded();

Q_SIGNALS:
    void loadFailed(const QString& message);

private:
    RecordList m_list;
    QList<RecordList::Row> m_rows;
    bool m_atEnd = false;
    bool m_fetching = false; // views may ask for more while rows are inserted or the model is reset
    QString m_lastError;
};

} // namespace zs::ui
