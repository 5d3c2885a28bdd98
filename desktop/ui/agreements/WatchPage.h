#pragma once

#include "desktop/core/agreements/AgreementWatchService.h"
#include "desktop/core/domain/RecordKind.h"

#include <QColor>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QTabWidget;
class QTableWidget;

namespace zs {
class Workspace;
}

namespace zs::ui {

// 履约监测: the agreement watch over every agreement this laptop holds, as of a date (today by default), in three
// tabs: 退出情形 — one row per agreement and exit condition, the most severe and oldest first, filtered by state,
// county and condition, the reason on the row and the dates and figures behind it on hover; 三未清单 — projects
// signed but not started, started but not built, built but not producing; 县区指标 — per county and for the city,
// 履约率, 开工率, 资金到位率 and 建成投产率, each with how it was computed on hover. A double click opens the
// agreement's page. Above the tabs: how many conditions stand where, and which agreements have stopped reporting.
class WatchPage : public QWidget
{
    Q_OBJECT

public:
    explicit WatchPage(Workspace& workspace, QWidget* parent = nullptr);
    void reload();
    QTableWidget* table() const { return m_table; }
    QDateEdit* asOf() const { return m_asOf; }
    QComboBox* stateFilter() const { return m_state; }
    QComboBox* specialistFilter() const { return m_specialist; }
    QLabel* summary() const { return m_summary; }
    const AgreementWatchService::Watch& watch() const { return m_watch; }
    QTableWidget* stages() const { return m_stages; }
    QTableWidget* kpis() const { return m_kpis; }

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
    // A state's colour: 触发 red, 临近 amber, 已处置 blue, 正常 green (the project-service tab uses them too).
    static QColor stateColor(WatchState state);
    static void fillTable(QTableWidget* table, const QList<AgreementWatchService::Entry>& entries);

Q_SIGNALS:
    void openRecord(zs::RecordKind kind, const QString& id);

private:
    void fill();
    void fillStages(const QString& county);
    void fillKpis(const QString& county);

    Workspace& m_workspace;
    QDateEdit* m_asOf;
    QComboBox* m_state;
    QComboBox* m_county;
    QComboBox* m_condition;
    QComboBox* m_park;
    QComboBox* m_team;
    QComboBox* m_specialist;
    QLabel* m_summary;
    QTabWidget* m_tabs;
    QTableWidget* m_table;
    QTableWidget* m_stages; // 三未清单
    QTableWidget* m_kpis;   // 县区指标
    AgreementWatchService::Watch m_watch;
};

} // namespace zs::ui
