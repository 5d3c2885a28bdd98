#pragma once

#include "sync/store/Error.h"

#include <QFrame>
#include <QTimer>

#include <functional>

class QLabel;
class QPushButton;

namespace zs::ui {

// The strip above the pages after a delete or a merge: "已删除 2 条客商记录" with 撤销 (also Ctrl+Z while it shows).
// It closes by itself after a while or when the next undoable action replaces it; the action stays undoable from the
// record's history (a merge) or the CLI after it has closed. The undo runs a core use case (RecordRemoval::restore,
// RecordMerge::undo); an undo that fails (the record was changed since) says why in the strip.
class UndoBar : public QFrame
{
    Q_OBJECT

public:
    using Undo = std::function<Result<void>()>;

    explicit UndoBar(QWidget* parent = nullptr);
    void offer(const QString& message, Undo undo); // an empty undo: the strip is a notice (这条记录已被合并或删除)
    bool canUndo() const { return bool(m_undo); }

public Q_SLOTS:
    void undo();
    void dismiss();

Q_SIGNALS:
    void undone(); // the records changed back: the pages read them again

private:
    QLabel* m_message;
    QPushButton* m_undoButton;
    Undo m_undo;
    QTimer m_timeout;
};

} // namespace zs::ui
