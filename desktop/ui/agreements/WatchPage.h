#pragma once

#include "desktop/core/agreements/AgreementWatchService.h"
#include "desktop/core/domain/RecordKind.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QTableWidget;

namespace zs {
class Workspace;
}

namespace zs::ui {

// 履约监测: the agreement watch over every agreement this laptop holds, as of a date (today by default): one row per
// agreement and exit condition, the most severe and oldest first, filtered by state, county and condition; the
// reason on the row, the dates and figures behind it on hover; a double click opens the agreement's page. Above the
// rows: how many conditions stand where, and which agreements have stopped reporting.
class WatchPage : public QWidget
{
    Q_OBJECT

public:
    explicit WatchPage(Workspace& workspace, QWidget* parent = nullptr);
    void reload();
    QTableWidget* table() const { return m_table; }
    QDateEdit* asOf() const { return m_asOf; }
    QComboBox* stateFilter() const { return m_state; }
    QLabel* summary() const { return m_summary; }

    // The watch's table, shared with an agreement's 履约监测 tab: one row per entry, the basis on hover, the
    // agreement's id on the first cell (Qt::UserRole).
    enum Column
    {
        Number,
        Company,
        County,
        Condition,
        State,
        Since,
        Reason,
        Next,
        Columns
    };
    static QTableWidget* makeTable(QWidget* parent);
    static void fillTable(QTableWidget* table, const QList<AgreementWatchService::Entry>& entries);

Q_SIGNALS:
    void openRecord(zs::RecordKind kind, const QString& id);

private:
    void fill();

    Workspace& m_workspace;
    QDateEdit* m_asOf;
    QComboBox* m_state;
    QComboBox* m_county;
    QComboBox* m_condition;
    QLabel* m_summary;
    QTableWidget* m_table;
    AgreementWatchService::Watch m_watch;
};

} // namespace zs::ui
