#pragma once

#include <QByteArray>
#include "desktop/core/session/OfficerProfile.h"

#include <QDialog>

class QBuffer;
class QCheckBox;
class QComboBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QPdfDocument;
class QPdfView;

namespace zs {
class Workspace;
}

namespace zs::ui {

// The brochure's policy sections as check boxes, three to a row, checked as `checked` says (empty: all): the composer
// and 设置 → 打印 offer the same grid. The boxes carry their section code in the property "code".
QGridLayout* brochureSectionGrid(QWidget* parent, const QStringList& checked, QList<QCheckBox*>* boxes);

// Brochure composer: pick the company and the policy sections, check the contact card, see the A4 pages, then
// print, save as PDF, or keep it in the materials library recorded as handed out to that company.
class BrochureDialog : public QDialog
{
    Q_OBJECT

public:
    BrochureDialog(Workspace& workspace, const QString& companyId, QWidget* parent = nullptr);
    ~BrochureDialog() override;
    // Composes and shows the preview; false (with the reason shown) when it cannot.
    bool compose();
    const QByteArray& pdf() const { return m_pdf; }
    // Stores the current brochure in the library and records the handout; returns the material id.
    QString keepInLibrary();

private:
    void print();
    void saveAs();

    Workspace& m_workspace;
    QComboBox* m_company;
    QComboBox* m_cover; // a picture from the library, or none
    QList<QCheckBox*> m_sections;
    int m_maxParks = 2;
    QLineEdit* m_name;
    QLineEdit* m_title;
    QLineEdit* m_phone;
    QLineEdit* m_email;
    QLineEdit* m_team;
    OfficerProfile m_profile; // the card's other fields (the stationed city) kept as they were
    QLabel* m_status;
    QPdfView* m_view;
    QPdfDocument* m_document;
    QBuffer* m_buffer;
    QByteArray m_pdf;
};

} // namespace zs::ui
