#include "desktop/ui/materials/BrochureDialog.h"

#include "desktop/core/AppSettings.h"
#include "desktop/core/Workspace.h"
#include "desktop/core/materials/MaterialRepository.h"
#include "desktop/print/BrochureComposer.h"
#include "desktop/core/session/OfficerProfile.h"
#include "desktop/print/DocumentPrinter.h"
#include "desktop/ui/records/ReferenceCombo.h"
#include "desktop/ui/Style.h"

#include <QBuffer>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPdfDocument>
#include <QPdfView>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSaveFile>
#include <QVBoxLayout>

namespace zs::ui {

QGridLayout* brochureSectionGrid(QWidget* parent, const QStringList& checked, QList<QCheckBox*>* boxes)
{
    auto* grid = new QGridLayout;
    int i = 0;
    for (const QString& code : BrochureComposer::sectionCodes()) {
        auto* box = new QCheckBox(BrochureComposer::sectionTitle(code), parent);
        box->setProperty("code", code);
        box->setChecked(checked.isEmpty() || checked.contains(code));
        *boxes << box;
        grid->addWidget(box, i / 3, i % 3);
        ++i;
    }
    return grid;
}

BrochureDialog::BrochureDialog(Workspace& workspace, const QString& companyId, QWidget* parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_company(new QComboBox(this))
    , m_cover(new QComboBox(this))
    , m_name(new QLineEdit(this))
    , m_title(new QLineEdit(this))
    , m_phone(new QLineEdit(this))
    , m_email(new QLineEdit(this))
    , m_team(new QLineEdit(this))
    , m_status(makeHint(QString(), this))
    , m_view(new QPdfView(this))
    , m_document(new QPdfDocument(this))
    , m_buffer(new QBuffer(this))
{
    setWindowTitle(tr("编制宣传册"));
    resize(1200, 860);
    fillReferenceCombo(m_company, Choices(workspace.db()).companies(), tr("（请选择企业）"));
    m_company->setObjectName(QStringLiteral("brochureCompany"));
    makeSearchable(m_company);
    selectCode(m_company, companyId);
    // The card is the officer's profile (kept in the workspace); what is changed here is kept for the next one.
    if (auto profile = OfficerProfile::load(workspace.db()); profile.ok()) {
        m_profile = profile.value();
        m_name->setText(m_profile.name);
        m_title->setText(m_profile.title);
        m_phone->setText(m_profile.phone);
        m_email->setText(m_profile.email);
        m_team->setText(m_profile.team);
    }

    auto* form = new QFormLayout;
    form->addRow(tr("目标企业"), m_company);
    // What a new brochure holds by default is the officer's (设置 → 打印).
    const PrintPreferences preferences = AppSettings().printPreferences();
    m_maxParks = preferences.brochureParks;
    form->addRow(tr("政策章节"), brochureSectionGrid(this, preferences.brochureSections, &m_sections));
    // The cover's picture: a map or photo from the library (the newest first), or none.
    fillReferenceCombo(m_cover, Choices(workspace.db()).images(), tr("（不配图）"));
    m_cover->setObjectName(QStringLiteral("brochureCover"));
    m_cover->setCurrentIndex(m_cover->count() > 1 ? 1 : 0);
    m_cover->setToolTip(tr("资料库中的地图或照片，印在封面上。在“资料库”导入 PNG 或 JPEG 图片即可选用。"));
    form->addRow(tr("封面配图"), m_cover);
    auto* card = new QHBoxLayout;
    m_name->setPlaceholderText(tr("姓名"));
    m_title->setPlaceholderText(tr("职务"));
    m_phone->setPlaceholderText(tr("电话"));
    m_email->setPlaceholderText(tr("邮箱"));
    m_team->setPlaceholderText(tr("所在招商组"));
    for (QLineEdit* edit : {m_name, m_title, m_phone, m_email, m_team})
        card->addWidget(edit);
    form->addRow(tr("联系名片"), card);

    auto* buttons = new QHBoxLayout;
    auto add = [this, buttons](const QString& text, auto slot) {
        auto* b = new QPushButton(text, this);
        connect(b, &QPushButton::clicked, this, slot);
        buttons->addWidget(b);
        return b;
    };
    add(tr("生成预览"), [this] { compose(); })->setDefault(true);
    add(tr("保存到资料库并记为已发放"), [this] {
        const QString id = keepInLibrary();
        if (!id.isEmpty())
            QMessageBox::information(this, windowTitle(), tr("已保存到资料库，并记在该企业的动态里。"));
    });
    add(tr("打印…"), &BrochureDialog::print);
    add(tr("另存为 PDF…"), &BrochureDialog::saveAs);
    buttons->addStretch(1);
    buttons->addWidget(m_status);

    m_view->setDocument(m_document);
    m_view->setPageMode(QPdfView::PageMode::MultiPage);
    m_view->setZoomMode(QPdfView::ZoomMode::FitInView);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_view, 1);
}

BrochureDialog::~BrochureDialog()
{
    m_document->close();
}

bool BrochureDialog::compose()
{
    BrochureComposer::Request request;
    request.companyId = m_company->currentData().toString();
    if (request.companyId.isEmpty()) {
        m_status->setText(tr("请先选择目标企业。"));
        return false;
    }
    for (QCheckBox* box : std::as_const(m_sections))
        if (box->isChecked())
            request.sections << box->property("code").toString();
    if (request.sections.isEmpty()) {
        m_status->setText(tr("请至少选择一个政策章节。"));
        return false;
    }
    request.coverImageId = m_cover->currentData().toString();
    request.maxParks = m_maxParks;
    request.officer = {m_name->text().trimmed(), m_title->text().trimmed(), m_phone->text().trimmed(),
                       m_email->text().trimmed(), m_team->text().trimmed()};
    m_profile.name = request.officer.name;
    m_profile.title = request.officer.title;
    m_profile.phone = request.officer.phone;
    m_profile.email = request.officer.email;
    m_profile.team = request.officer.team;
    (void)m_profile.save(m_workspace.db()); // the card to start from next time; the brochure does not depend on it
    QElapsedTimer timer;
    timer.start();
    auto pdf = [&] {
        const BusyCursor busy;
        return BrochureComposer(m_workspace.db()).pdf(request);
    }();
    if (!pdf.ok()) {
        m_status->setText(pdf.error().message);
        return false;
    }
    m_document->close();
    m_pdf = pdf.value();
    m_buffer->close();
    m_buffer->setData(m_pdf);
    m_buffer->open(QIODevice::ReadOnly);
    m_document->load(m_buffer);
    m_status->setText(
        tr("%1 页，%2 KB，用时 %3 毫秒").arg(m_document->pageCount()).arg(m_pdf.size() / 1024).arg(timer.elapsed()));
    return true;
}

QString BrochureDialog::keepInLibrary()
{
    if (m_pdf.isEmpty() && !compose())
        return {};
    Material m;
    m.kind = QStringLiteral("brochure");
    m.title = tr("政策宣传册 · %1").arg(m_company->currentText());
    m.version = QDate::currentDate().toString(Qt::ISODate);
    m.publisher = m_team->text().trimmed();
    m.mime = QStringLiteral("application/pdf");
    m.pages = m_document->pageCount();
    m.companyId = m_company->currentData().toString();
    MaterialRepository repo(m_workspace.db());
    auto id = repo.add(m, m_pdf);
    if (!id.ok()) {
        QMessageBox::warning(this, windowTitle(), id.error().message);
        return {};
    }
    auto handed = repo.recordHandout(id.value(), QString(), QString(), m.companyId);
    if (!handed.ok()) {
        QMessageBox::warning(this, windowTitle(), handed.error().message);
        return {};
    }
    return id.value();
}

void BrochureDialog::print()
{
    if (m_pdf.isEmpty() && !compose())
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(tr("政策宣传册 · %1").arg(m_company->currentText()));
    DocumentPrinter::configure(printer, AppSettings().printPreferences());
    QPrintDialog dialog(&printer, this);
    dialog.setMinMax(1, m_document->pageCount());
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto printed = DocumentPrinter::print(m_pdf, printer);
    if (!printed.ok())
        QMessageBox::warning(this, windowTitle(), printed.error().message);
}

void BrochureDialog::saveAs()
{
    if (m_pdf.isEmpty() && !compose())
        return;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("另存为 PDF"), tr("政策宣传册-%1.pdf").arg(m_company->currentText()), tr("PDF 文件 (*.pdf)"));
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(m_pdf) != m_pdf.size() || !file.commit())
        QMessageBox::warning(this, windowTitle(), tr("无法写入文件：%1").arg(file.errorString()));
}

} // namespace zs::ui
