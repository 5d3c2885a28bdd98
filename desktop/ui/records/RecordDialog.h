#pragma once

#include "sync/store/Error.h"

#include <QDialog>
#include <QMap>
#include <QStringList>

class QFormLayout;
class QLabel;
class QPushButton;
class QVBoxLayout;

namespace zs::ui {

// Common ground of the record forms: a form layout with an error line under each field, Ctrl+S to save,
// Esc/close asks before throwing away unsaved changes, and errors from the repositories shown where they belong.
class RecordDialog : public QDialog
{
    Q_OBJECT

public:
    explicit RecordDialog(QWidget* parent = nullptr);

    void accept() override;
    void reject() override;
    bool isModified() const { return m_modified; }
    // The field error label for a field key (for tests).
    QLabel* errorLabel(const QString& field) const { return m_errors.value(field); }
    // The keys of the fields marked with a problem now.
    QStringList invalidFields() const;

protected:
    // Adds a labelled field with its (hidden) error line; edits of the widget mark the form modified.
    void addField(const QString& key, const QString& label, QWidget* field);
    QFormLayout* form() const { return m_form; }
    QVBoxLayout* body() const { return m_body; }
    void watch(QWidget* field);
    void setModified(bool modified = true) { m_modified = modified; }
    // Saves; returns the error to show (fields are matched by key), or nothing on success.
    virtual Result<void> save() = 0;
    void showError(const Error& error);
    void clearErrors();
    QLabel* generalError() const { return m_general; }

private:
    // A field was edited: its mark and message go (the line keeps its room, so the form does not jump), and Save
    // comes back once no field is marked.
    void fieldEdited(QWidget* widget);
    void markField(const QString& key, bool invalid);
    void updateSaveButton();

    QVBoxLayout* m_body;
    QFormLayout* m_form;
    QLabel* m_general;
    QMap<QString, QLabel*> m_errors;
    QMap<QString, QWidget*> m_fields;
    QPushButton* m_save = nullptr;
    bool m_modified = false;
};

} // namespace zs::ui
