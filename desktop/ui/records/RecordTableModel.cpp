#include "desktop/ui/records/RecordTableModel.h"

#include "desktop/core/io/RecordFormat.h"

#include <QScopeGuard>

namespace zs::ui {

RecordTableModel::RecordTableModel(Database& db, RecordKind kind, QObject* parent)
    : QAbstractTableModel(parent)
    , m_list(db, kind)
{
    // The first page is read here, before any view asks: a list opens with its rows (one query), and the view lays
    // itself out once instead of laying out empty and again when the rows arrive.
    fetchMore(QModelIndex());
}

void RecordTableModel::setFilter(const ListFilter& filter)
{
    m_list.setFilter(filter);
    reload();
}

void RecordTableModel::reload()
{
    // Listeners of modelReset may ask for more rows; they get them on their next request, not in the middle of
    // the reset notification.
    m_fetching = true;
    const auto done = qScopeGuard([this] { m_fetching = false; });
    beginResetModel();
    m_rows.clear();
    m_atEnd = false;
    endResetModel();
}

void RecordTableModel::refreshLoaded()
{
    if (m_fetching || m_rows.isEmpty())
        return;
    auto fresh = m_list.fetch(std::nullopt, static_cast<int>(m_rows.size()));
    if (!fresh.ok()) {
        m_lastError = fresh.error().message;
        Q_EMIT loadFailed(m_lastError);
        return;
    }
    if (fresh->size() != m_rows.size())
        return reload();
    for (qsizetype i = 0; i < m_rows.size(); ++i)
        if (fresh->at(i).id != m_rows.at(i).id)
            return reload();
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (fresh->at(i).values == m_rows.at(i).values)
            continue;
        m_rows[i] = fresh->at(i);
        const int row = static_cast<int>(i);
        Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1));
    }
}

QString RecordTableModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : QString();
}

qint64 RecordTableModel::totalCount()
{
    auto n = m_list.count();
    return n.ok() ? n.value() : -1;
}

int RecordTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int RecordTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_list.columns().size());
}

QVariant RecordTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RecordList::Row& row = m_rows.at(index.row());
    const ListColumn& column = m_list.columns().at(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return RecordFormat::display(column.type, row.values.at(index.column()));
    case Qt::ToolTipRole:
        return column.type == ColumnType::Text ? row.values.at(index.column()) : QVariant();
    case Qt::TextAlignmentRole:
        if (column.type == ColumnType::Wan || column.type == ColumnType::Mu || column.type == ColumnType::Number)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case IdRole:
        return row.id;
    default:
        return {};
    }
}

QVariant RecordTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0 && section < m_list.columns().size())
        return m_list.columns().at(section).header;
    return QAbstractTableModel::headerData(section, orientation, role);
}

bool RecordTableModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_atEnd && !m_fetching;
}

void RecordTableModel::fetchMore(const QModelIndex& parent)
{
    if (parent.isValid() || m_atEnd || m_fetching)
        return;
    m_fetching = true;
    const auto done = qScopeGuard([this] { m_fetching = false; });
    std::optional<RecordList::Row> after;
    if (!m_rows.isEmpty())
        after = m_rows.constLast();
    auto page = m_list.fetch(after, kPageSize);
    if (!page.ok()) {
        m_atEnd = true;
        m_lastError = page.error().message;
        Q_EMIT loadFailed(m_lastError);
        return;
    }
    if (page->size() < kPageSize)
        m_atEnd = true;
    if (page->isEmpty())
        return;
    const int first = static_cast<int>(m_rows.size());
    beginInsertRows({}, first, first + static_cast<int>(page->size()) - 1);
    m_rows.append(page.value());
    endInsertRows();
}

void RecordTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= m_list.columns().size())
        return;
    m_list.setSort(column, order);
    reload();
}

} // namespace zs::ui
