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
#include <QStyle>
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
    m_save = buttons->button(QDialogButtonBox::Save);
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
    m_fields.insert(key, field);
    m_form->addRow(label, column);
    watch(field);
}

QStringList RecordDialog::invalidFields() const
{
    QStringList keys;
    for (auto it = m_fields.begin(); it != m_fields.end(); ++it)
        if (it.value()->property("invalid").toBool())
            keys << it.key();
    return keys;
}

void RecordDialog::markField(const QString& key, bool invalid)
{
    QWidget* field = m_fields.value(key);
    if (!field)
        return;
    // The field and the inputs inside it (a combo with its hint, a row of widgets) take the outline.
    QList<QWidget*> widgets = field->findChildren<QWidget*>();
    widgets.prepend(field);
    for (QWidget* w : std::as_const(widgets)) {
        if (w->property("invalid").toBool() == invalid)
            continue;
        w->setProperty("invalid", invalid);
        w->style()->unpolish(w);
        w->style()->polish(w);
    }
}

void RecordDialog::fieldEdited(QWidget* widget)
{
    for (auto it = m_fields.begin(); it != m_fields.end(); ++it) {
        QWidget* field = it.value();
        if (field->property("invalid").toBool() && (field == widget || field->isAncestorOf(widget))) {
            markField(it.key(), false);
            if (QLabel* label = m_errors.value(it.key())) {
                label->setText(QString()); // its room stays until the next save: the form does not jump
                label->setVisible(true);
            }
        }
    }
    updateSaveButton();
}

void RecordDialog::updateSaveButton()
{
    QStringList problems;
    for (const QString& key : invalidFields())
        if (QLabel* label = m_errors.value(key))
            problems << label->text().mid(2); // without the "⚠ "
    m_save->setEnabled(problems.isEmpty());
    m_save->setToolTip(problems.isEmpty() ? tr("保存 (Ctrl+S)")
                                          : tr("请先修改标红的字段：\n%1").arg(problems.join(QLatin1Char('\n'))));
}

void RecordDialog::watch(QWidget* field)
{
    // Edits by the officer mark the form modified; any change of the value (typed or set) clears the field's mark.
    auto modified = [this] { m_modified = true; };
    auto changed = [this, field] { fieldEdited(field); };
    if (auto* line = qobject_cast<QLineEdit*>(field)) {
        connect(line, &QLineEdit::textEdited, this, modified);
        connect(line, &QLineEdit::textChanged, this, changed);
    } else if (auto* text = qobject_cast<QPlainTextEdit*>(field)) {
        connect(text, &QPlainTextEdit::textChanged, this, modified);
        connect(text, &QPlainTextEdit::textChanged, this, changed);
    } else if (auto* combo = qobject_cast<QComboBox*>(field)) {
        connect(combo, &QComboBox::currentIndexChanged, this, modified);
        connect(combo, &QComboBox::currentIndexChanged, this, changed);
        if (combo->isEditable())
            connect(combo, &QComboBox::editTextChanged, this, changed);
    } else if (auto* date = qobject_cast<QDateTimeEdit*>(field)) {
        connect(date, &QDateTimeEdit::dateTimeChanged, this, modified);
        connect(date, &QDateTimeEdit::dateTimeChanged, this, changed);
    } else if (auto* box = qobject_cast<QCheckBox*>(field)) {
        connect(box, &QCheckBox::toggled, this, modified);
        connect(box, &QCheckBox::toggled, this, changed);
    } else {
        // A container (a combo with its hint, a row of inputs): its inputs are watched one by one.
        for (QWidget* child : field->findChildren<QWidget*>(Qt::FindDirectChildrenOnly))
            if (qobject_cast<QLineEdit*>(child) || qobject_cast<QComboBox*>(child) ||
                qobject_cast<QPlainTextEdit*>(child) || qobject_cast<QDateTimeEdit*>(child) ||
                qobject_cast<QCheckBox*>(child))
                watch(child);
    }
}

void RecordDialog::clearErrors()
{
    for (auto it = m_errors.begin(); it != m_errors.end(); ++it) {
        it.value()->hide();
        markField(it.key(), false);
    }
    m_general->hide();
    updateSaveButton();
}

void RecordDialog::showError(const Error& error)
{
    clearErrors();
    bool placed = false;
    for (auto it = error.fields.begin(); it != error.fields.end(); ++it) {
        if (QLabel* label = m_errors.value(it.key())) {
            label->setText(QStringLiteral("⚠ ") + it.value());
            label->show();
            markField(it.key(), true);
            placed = true;
        }
    }
    if (!placed || error.fields.isEmpty()) {
        m_general->setText(error.message);
        m_general->show();
    }
    updateSaveButton();
    // The first marked field takes the focus, so the officer types where the problem is.
    for (auto it = m_fields.begin(); it != m_fields.end(); ++it) {
        QWidget* field = it.value();
        if (!field->property("invalid").toBool())
            continue;
        if (field->focusPolicy() == Qt::NoFocus) // a container: its first input
            for (QWidget* child : field->findChildren<QWidget*>())
                if (child->focusPolicy() != Qt::NoFocus) {
                    field = child;
                    break;
                }
        field->setFocus();
        break;
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
