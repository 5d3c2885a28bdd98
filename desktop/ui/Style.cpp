#include "desktop/ui/Style.h"

#include <QApplication>
#include <QFont>
#include <QFontDatabase>
#include <QLabel>

namespace zs::ui {

void applyApplicationStyle(QApplication& app)
{
    // Noto Sans CJK (fonts-noto-cjk) renders Chinese everywhere; fall back to whatever fontconfig offers.
    const QStringList families = QFontDatabase::families();
    for (const QString& family :
         {QStringLiteral("Noto Sans CJK SC"), QStringLiteral("Noto Sans SC"), QStringLiteral("WenQuanYi Micro Hei")}) {
        if (families.contains(family)) {
            QFont font(family);
            font.setPointSize(10);
            app.setFont(font);
            break;
        }
    }
    app.setStyleSheet(
        QStringLiteral("QListWidget#navigation { background: #1f3b57; color: #e8eef5; border: none; font-size: 11pt; }"
                       "QListWidget#navigation::item { padding: 10px 18px; border: none; }"
                       "QListWidget#navigation::item:selected { background: #2f6da3; color: white; }"
                       "QLabel#pageTitle { font-size: 17pt; font-weight: 600; color: #1f3b57; }"
                       "QLabel#hint { color: #5b6b7a; }"
                       "QLabel#error { color: #b3261e; }"
                       "QFrame#card { background: white; border: 1px solid #d8dee6; border-radius: 8px; }"));
}

QLabel* makeTitle(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setObjectName(QStringLiteral("pageTitle"));
    return label;
}

QLabel* makeHint(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setObjectName(QStringLiteral("hint"));
    label->setWordWrap(true);
    return label;
}

QLabel* makeErrorLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(QStringLiteral("error"));
    label->setWordWrap(true);
    label->hide();
    return label;
}

} // namespace zs::ui
