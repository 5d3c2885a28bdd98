#pragma once

#include <QWidget>

namespace zs::ui {

// A page whose records do not exist yet: says what will be here and how to start.
class EmptyStatePage : public QWidget
{
    Q_OBJECT

public:
    EmptyStatePage(const QString& title, const QString& description, QWidget* parent = nullptr);
};

} // namespace zs::ui
