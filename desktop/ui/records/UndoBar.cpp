#include "desktop/ui/records/UndoBar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QToolButton>

namespace zs::ui {

namespace {
constexpr int kShownMs = 30'000;
}

UndoBar::UndoBar(QWidget* parent)
    : QFrame(parent)
    , m_message(new QLabel(this))
    , m_undoButton(new QPushButton(tr("撤销（Ctrl+Z）"), this))
{
    setObjectName(QStringLiteral("undoBar"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    QPalette pal = palette();
    pal.setColor(QPalette::Window, QColor(0xff, 0xf4, 0xd6));
    setPalette(pal);
    m_undoButton->setObjectName(QStringLiteral("undoButton"));
    auto* close = new QToolButton(this);
    close->setText(QStringLiteral("✕"));
    close->setToolTip(tr("关闭"));
    close->setAutoRaise(true);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(16, 6, 8, 6);
    layout->addWidget(m_message, 1);
    layout->addWidget(m_undoButton);
    layout->addWidget(close);
    connect(m_undoButton, &QPushButton::clicked, this, &UndoBar::undo);
    connect(close, &QToolButton::clicked, this, &UndoBar::dismiss);
    // Ctrl+Z anywhere in the workspace while the strip shows (a form's own Ctrl+Z, in its text fields, comes first).
    auto* shortcut = new QShortcut(QKeySequence::Undo, parentWidget() ? parentWidget() : this);
    shortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(shortcut, &QShortcut::activated, this, [this] {
        if (isVisible() && canUndo())
            undo();
    });
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, &UndoBar::dismiss);
    hide();
}

void UndoBar::offer(const QString& message, Undo undo)
{
    m_message->setText(message);
    m_undo = std::move(undo);
    m_undoButton->setVisible(bool(m_undo)); // none: a notice only
    if (m_undo)
        m_undoButton->setFocus();
    show();
    m_timeout.start(kShownMs);
}

void UndoBar::undo()
{
    if (!m_undo)
        return;
    const Undo undo = std::exchange(m_undo, {});
    const Result<void> done = undo();
    m_undoButton->setVisible(false);
    if (done.ok()) {
        m_message->setText(tr("已撤销。"));
        m_timeout.start(4000);
    } else {
        m_message->setText(tr("无法撤销：%1").arg(done.error().message));
        m_timeout.start(kShownMs);
    }
    Q_EMIT undone();
}

void UndoBar::dismiss()
{
    m_timeout.stop();
    m_undo = {};
    hide();
}

} // namespace zs::ui
