#include "desktop/ui/EmptyStatePage.h"

#include "desktop/ui/Style.h"

#include <QLabel>
#include <QVBoxLayout>

namespace zs::ui {

EmptyStatePage::EmptyStatePage(const QString& title, const QString& description, QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 24, 32, 24);
    layout->addWidget(makeTitle(title, this));
    layout->addSpacing(24);
    auto* body = makeHint(description, this);
    body->setAlignment(Qt::AlignHCenter);
    layout->addStretch(1);
    layout->addWidget(body);
    layout->addStretch(2);
}

} // namespace zs::ui
