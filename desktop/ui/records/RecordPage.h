#pragma once

#include "desktop/core/registry/RecordOverview.h"

#include <QWidget>

#include <functional>

class QGridLayout;
class QLabel;
class QPushButton;
class QTabWidget;
class QTreeWidget;

namespace zs {
class Workspace;
}

namespace zs::ui {

// A tab a feature adds to its kind's pages (an agreement's 履约监测 and 项目服务): what it asks of the workspace view
// goes through the page.
class RecordPageTab : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;

Q_SIGNALS:
    void openRecord(zs::RecordKind kind, const QString& id);         // its page (another record's)
    void removeRecords(zs::RecordKind kind, const QStringList& ids); // deleted with undo (RecordActions)
    void changed();                                                  // it changed records: pages and lists reload
};

// The factory of a feature tab that is made from the workspace and the record's id (RecordPage::addTab).
template <typename Tab> RecordPageTab* makeTab(Workspace& workspace, const QString& id, QWidget* parent)
{
    return new Tab(workspace, id, parent);
}

// A record's page in the main area (客商, 项目线索, 推介活动; any kind, from RecordOverview): the name and key facts on
// top, actions (edit, log a visit, new lead, compose a brochure), then tabs: 动态 (everything that happened, newest
// first) and one per kind referring to it with its count. An entry opens with a double click or Enter. Back and forward
// are the workspace view's (Alt+← / Alt+→, the buttons here).
class RecordPage : public QWidget
{
    Q_OBJECT

public:
    explicit RecordPage(Workspace& workspace, QWidget* parent = nullptr);
    // A tab a feature adds to its kind's pages (an agreement's 履约监测), first among the tabs or right after 动态
    // (a lead's 选址匹配); made anew each time the page is filled.
    using TabFactory = std::function<RecordPageTab*(Workspace& workspace, const QString& id, QWidget* parent)>;
    enum class TabPlace
    {
        First,
        AfterActivity,
    };
    static void addTab(RecordKind kind, const QString& title, TabFactory make, TabPlace place = TabPlace::First);

    // Every kind opens on a page, but a contact: it is shown on its company's (RecordOpener opens the company).
    static bool hasPage(RecordKind kind) { return kind != RecordKind::Contact; }

    // False (and nothing changed) when the record is not there: merged or deleted.
    bool showRecord(RecordKind kind, const QString& id);
    RecordKind kind() const { return m_kind; }
    QString recordId() const { return m_id; }
    const RecordOverview::Overview& overview() const { return m_overview; }
    QTabWidget* tabs() const { return m_tabs; }
    void setHistory(bool canGoBack, bool canGoForward);

public Q_SLOTS:
    void reload();

Q_SIGNALS:
    void openRecord(zs::RecordKind kind, const QString& id);
    void editRecord(zs::RecordKind kind, const QString& id);
    void createFor(zs::RecordKind kind, const QString& companyId);
    void composeBrochure(const QString& companyId);
    void findDuplicate(zs::RecordKind kind, const QString& id); // 合并重复…: choose the other one
    void removeRecords(zs::RecordKind kind, const QStringList& ids);
    void changed(); // a tab changed records
    void back();
    void forward();
    void gone(); // the record is no longer there (merged or deleted elsewhere)

private:
    QTreeWidget* makeEntryList(const QList<RecordOverview::Entry>& entries, bool withKind);
    void fill();

    Workspace& m_workspace;
    RecordKind m_kind = RecordKind::Company;
    QString m_id;
    RecordOverview::Overview m_overview;
    QPushButton* m_back;
    QPushButton* m_forward;
    QLabel* m_title;
    QLabel* m_kindLabel;
    QGridLayout* m_facts;
    QWidget* m_actions;
    QTabWidget* m_tabs;
};

} // namespace zs::ui
