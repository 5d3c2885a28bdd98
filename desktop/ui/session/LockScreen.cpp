#include "desktop/ui/session/LockScreen.h"

#include "desktop/core/session/SessionController.h"
#include "desktop/ui/session/CreateWorkspaceWidget.h"
#include "desktop/ui/session/UnlockWidget.h"

#include <QFrame>
#include <QGridLayout>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace zs::ui {

LockScreen::LockScreen(SessionController& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_stack(new QStackedWidget(this))
    , m_create(new CreateWorkspaceWidget(session, this))
    , m_unlock(new UnlockWidget(session, this))
{
    m_stack->addWidget(m_create);
    m_stack->addWidget(m_unlock);

    auto* card = new QFrame(this);
    card->setObjectName(QStringLiteral("card"));
    card->setMinimumWidth(520);
    card->setMaximumWidth(620);
    auto* cardLayout = new QVBoxLayout(card);
    cardLayout->setContentsMargins(32, 28, 32, 28);
    cardLayout->addWidget(m_stack);

    auto* grid = new QGridLayout(this);
    grid->addWidget(card, 1, 1);
    grid->setRowStretch(0, 1);
    grid->setRowStretch(2, 2);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(2, 1);
    setAutoFillBackground(true);
    QPalette pal = palette();
    pal.setColor(QPalette::Window, QColor(0xee, 0xf2, 0xf6));
    setPalette(pal);

    connect(&m_session, &SessionController::stateChanged, this, &LockScreen::showForState);
    showForState();
}

void LockScreen::showForState()
{
    if (m_session.state() == SessionController::State::NeedsWorkspace) {
        m_stack->setCurrentWidget(m_create);
        m_create->focusFirstField();
    } else if (m_session.state() == SessionController::State::Locked) {
        m_stack->setCurrentWidget(m_unlock);
        m_unlock->focusPassphrase();
    }
}

} // namespace zs::ui
