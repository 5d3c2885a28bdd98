#include "desktop/ui/Style.h"

#include <QApplication>
#include <QFont>
#include <QFontDatabase>
#include <QLabel>

namespace zs::ui {

void applyApplicationStyle(QApplication& app, int fontScale)
{
    const double scale = fontScale / 100.0;
    const auto pt = [scale](double points) -> QString {
        return QString::number(points * scale, 'f', 1) + QStringLiteral("pt");
    };
    // Noto Sans CJK (fonts-noto-cjk) renders Chinese everywhere; fall back to whatever fontconfig offers.
    const QStringList families = QFontDatabase::families();
    for (const QString& family :
         {QStringLiteral("Noto Sans CJK SC"), QStringLiteral("Noto Sans SC"), QStringLiteral("WenQuanYi Micro Hei")}) {
        if (families.contains(family)) {
            QFont font(family);
            font.setPointSizeF(10 * scale);
            app.setFont(font);
            break;
        }
    }
    app.setStyleSheet(
        QStringLiteral("QListWidget#navigation { background: #1f3b57; color: #e8eef5; border: none; font-size: %1; }"
                       "QListWidget#navigation::item { padding: 10px 18px; border: none; }"
                       "QListWidget#navigation::item:selected { background: #2f6da3; color: white; }"
                       "QLabel#pageTitle { font-size: %2; font-weight: 600; color: #1f3b57; }"
                       "QLabel#hint { color: #5b6b7a; }"
                       // A field's problem: its message in red under it, the field itself outlined (RecordDialog).
                       "QLabel[error=\"true\"] { color: #b3261e; }"
                       "QLineEdit[invalid=\"true\"], QComboBox[invalid=\"true\"], QPlainTextEdit[invalid=\"true\"],"
                       " QDateTimeEdit[invalid=\"true\"], QListWidget[invalid=\"true\"]"
                       " { border: 1px solid #b3261e; border-radius: 3px; background: #fff8f7; }"
                       "QFrame#card { background: white; border: 1px solid #d8dee6; border-radius: 8px; }"
                       // The one action a page is about (立即同步, 登记到总部…).
                       "QPushButton[primary=\"true\"] { background: #2f6da3; color: white; border: none;"
                       " border-radius: 6px; padding: 9px 26px; font-size: %3; font-weight: 600; }"
                       "QPushButton[primary=\"true\"]:hover { background: #3a7cb5; }"
                       "QPushButton[primary=\"true\"]:disabled { background: #9fb8cf; }"
                       // Page-wide notices: information, and what the officer must not miss.
                       "QLabel[notice=\"info\"] { background: #e8f1fa; border: 1px solid #b7d0e8; border-radius: 6px;"
                       " padding: 8px 12px; color: #1f3b57; }"
                       "QLabel[notice=\"warning\"] { background: #fdecea; border: 1px solid #f1b5ae;"
                       " border-radius: 6px; padding: 8px 12px; color: #8c1d18; }")
            .arg(pt(11), pt(17), pt(12)));
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
    label->setProperty("error", true); // styled by the property: forms rename their error lines per field
    label->setWordWrap(true);
    label->hide();
    return label;
}

BusyCursor::BusyCursor()
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
}

BusyCursor::~BusyCursor()
{
    QApplication::restoreOverrideCursor();
}

} // namespace zs::ui
