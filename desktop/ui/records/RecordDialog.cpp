#include "desktop/ui/records/RecordDialog.h"

#include "desktop/ui/Style.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace zs::ui {

RecordDialog::RecordDialog(QWidget* parent)
    : QDialog(parent)
    , m_body(new QVBoxLayout(this))
    , m_form(new QFormLayout)
    , m_general(makeErrorLabel(this))
{
    m_body->addLayout(m_form);
    m_body->addWidget(m_general);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setText(tr("保存"));
    buttons->button(QDialogButtonBox::Save)->setToolTip(tr("保存 (Ctrl+S)"));
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("save"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("取消"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_body->addWidget(buttons);
    auto* saveShortcut = new QShortcut(QKeySequence::Save, this);
    connect(saveShortcut, &QShortcut::activated, this, &RecordDialog::accept);
}

void RecordDialog::addField(const QString& key, const QString& label, QWidget* field)
{
    // Plain containers (a combo with its hint, a row of widgets) keep their natural height; only text areas grow.
    if (field->metaObject() == &QWidget::staticMetaObject)
        field->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    auto* column = new QVBoxLayout;
    column->setSpacing(2);
    column->addWidget(field);
    QLabel* error = makeErrorLabel(this);
    error->setObjectName(QStringLiteral("error_") + key);
    column->addWidget(error);
    m_errors.insert(key, error);
    m_form->addRow(label, column);
    watch(field);
}

void RecordDialog::watch(QWidget* field)
{
    auto modified = [this] { m_modified = true; };
    if (auto* line = qobject_cast<QLineEdit*>(field))
        connect(line, &QLineEdit::textEdited, this, modified);
    else if (auto* text = qobject_cast<QPlainTextEdit*>(field))
        connect(text, &QPlainTextEdit::textChanged, this, modified);
    else if (auto* combo = qobject_cast<QComboBox*>(field))
        connect(combo, &QComboBox::currentIndexChanged, this, modified);
    else if (auto* date = qobject_cast<QDateTimeEdit*>(field))
        connect(date, &QDateTimeEdit::dateTimeChanged, this, modified);
    else if (auto* box = qobject_cast<QCheckBox*>(field))
        connect(box, &QCheckBox::toggled, this, modified);
}

void RecordDialog::clearErrors()
{
    for (QLabel* label : std::as_const(m_errors))
        label->hide();
    m_general->hide();
}

void RecordDialog::showError(const Error& error)
{
    clearErrors();
    bool placed = false;
    for (auto it = error.fields.begin(); it != error.fields.end(); ++it) {
        if (QLabel* label = m_errors.value(it.key())) {
            label->setText(it.value());
            label->show();
            placed = true;
        }
    }
    if (!placed || error.fields.isEmpty()) {
        m_general->setText(error.message);
        m_general->show();
    }
}

void RecordDialog::accept()
{
    clearErrors();
    auto saved = save();
    if (!saved.ok()) {
        showError(saved.error());
        return;
    }
    m_modified = false;
    QDialog::accept();
}

void RecordDialog::reject()
{
    if (m_modified) {
        const auto answer =
            QMessageBox::question(this, windowTitle(), tr("有未保存的修改。要保存吗？"),
                                  QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
        if (answer == QMessageBox::Cancel)
            return;
        if (answer == QMessageBox::Save) {
            accept();
            return;
        }
    }
    QDialog::reject();
}

} // namespace zs::ui
