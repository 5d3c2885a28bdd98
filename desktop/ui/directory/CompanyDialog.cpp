#include "desktop/ui/directory/CompanyDialog.h"

#include "desktop/core/Workspace.h"
#include "desktop/core/directory/CompanyRepository.h"
#include "desktop/core/directory/ContactRepository.h"
#include "desktop/core/directory/CreditCode.h"
#include "desktop/core/domain/RecordText.h"
#include "desktop/ui/directory/ContactDialog.h"
#include "desktop/ui/records/ReferenceCombo.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDoubleValidator>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace zs::ui {

CompanyDialog::CompanyDialog(Workspace& workspace, const QString& id, QWidget* parent, const QString& name)
    : RecordDialog(parent)
    , m_workspace(workspace)
    , m_name(new QLineEdit(this))
    , m_creditCode(new QLineEdit(this))
    , m_industry(new QComboBox(this))
    , m_hqCity(new QLineEdit(this))
    , m_size(new QComboBox(this))
    , m_revenue(new QLineEdit(this))
    , m_tags(new QLineEdit(this))
    , m_hometown(new QCheckBox(tr("乡贤企业（韶关籍人士创办或主要经营）"), this))
    , m_source(new QLineEdit(this))
    , m_notes(new QPlainTextEdit(this))
{
    setWindowTitle(id.isEmpty() ? tr("新建客商") : tr("客商"));
    resize(720, id.isEmpty() ? 560 : 760);
    m_name->setObjectName(QStringLiteral("companyName"));
    m_creditCode->setObjectName(QStringLiteral("creditCode"));
    m_creditCode->setPlaceholderText(tr("18 位，可不填"));
    m_creditCode->setMaxLength(24);
    fillIndustryCombo(m_industry, workspace.db(), tr("（未选）"));
    m_size->addItem(tr("（未选）"), QString());
    for (const QString& code : RecordText::companySizes())
        m_size->addItem(RecordText::sizeName(code), code);
    m_revenue->setValidator(new QDoubleValidator(0, 1e12, 2, m_revenue));
    m_revenue->setPlaceholderText(tr("万元"));
    m_notes->setMaximumHeight(90);

    addField(QStringLiteral("name"), tr("企业名称*"), m_name);
    addField(QStringLiteral("credit_code"), tr("统一社会信用代码"), m_creditCode);
    addField(QStringLiteral("industry"), tr("产业"), m_industry);
    addField(QStringLiteral("hq_city"), tr("总部城市"), m_hqCity);
    addField(QStringLiteral("size"), tr("企业规模"), m_size);
    addField(QStringLiteral("revenue_wan"), tr("年营业收入（万元）"), m_revenue);
    addField(QStringLiteral("tags"), tr("标签"), m_tags);
    addField(QStringLiteral("hometown"), QString(), m_hometown);
    addField(QStringLiteral("source"), tr("信息来源"), m_source);
    addField(QStringLiteral("notes"), tr("备注"), m_notes);
    connect(m_creditCode, &QLineEdit::editingFinished, this, &CompanyDialog::checkCreditCode);

    // A duplicate points to the record that exists: offer to open it.
    m_openExisting = new QPushButton(tr("打开已有记录"), this);
    m_openExisting->setObjectName(QStringLiteral("openExisting"));
    m_openExisting->hide();
    body()->insertWidget(2, m_openExisting, 0, Qt::AlignLeft);
    connect(m_openExisting, &QPushButton::clicked, this, [this] {
        setModified(false);
        Q_EMIT openExisting(m_existingId);
        QDialog::reject();
    });

    // While the name is typed: the same company already in the directory (saving would be refused) or one whose name
    // differs only by its form or place (广州华达精密机械公司 beside 广州华达精密机械有限公司), offered to open
    // instead.
    m_similar = new QLabel(this);
    m_similar->setObjectName(QStringLiteral("similarCompany"));
    m_similar->setProperty("notice", QStringLiteral("warning"));
    m_similar->setWordWrap(true);
    m_similar->hide();
    body()->insertWidget(1, m_similar);
    m_similarDelay.setSingleShot(true);
    m_similarDelay.setInterval(300);
    connect(&m_similarDelay, &QTimer::timeout, this, &CompanyDialog::checkSimilar);
    connect(m_name, &QLineEdit::textEdited, &m_similarDelay, qOverload<>(&QTimer::start));
    connect(m_creditCode, &QLineEdit::textEdited, &m_similarDelay, qOverload<>(&QTimer::start));

    if (!id.isEmpty()) {
        auto company = CompanyRepository(workspace.db()).get(id);
        if (company.ok()) {
            m_company = company.value();
            m_name->setText(m_company.name);
            m_creditCode->setText(m_company.creditCode);
            selectCode(m_industry, m_company.industry);
            m_hqCity->setText(m_company.hqCity);
            selectCode(m_size, m_company.size);
            if (m_company.revenueWan)
                m_revenue->setText(QString::number(*m_company.revenueWan, 'f', 2));
            m_tags->setText(m_company.tags);
            m_hometown->setChecked(m_company.hometown);
            m_source->setText(m_company.source);
            m_notes->setPlainText(m_company.notes);
        }
        auto* tabs = new QTabWidget(this);
        auto* contactsPage = new QWidget(tabs);
        auto* contactsLayout = new QVBoxLayout(contactsPage);
        m_contacts = new QTableWidget(0, 4, contactsPage);
        m_contacts->setHorizontalHeaderLabels({tr("姓名"), tr("职务"), tr("电话"), tr("微信")});
        m_contacts->horizontalHeader()->setStretchLastSection(true);
        m_contacts->verticalHeader()->hide();
        m_contacts->setEditTriggers(QAbstractItemView::NoEditTriggers);
        auto* add = new QPushButton(tr("添加联系人…"), contactsPage);
        connect(add, &QPushButton::clicked, this, &CompanyDialog::addContact);
        contactsLayout->addWidget(m_contacts);
        contactsLayout->addWidget(add, 0, Qt::AlignLeft);
        tabs->addTab(contactsPage, tr("联系人"));
        // What happened with the company is its page's 动态 (RecordPage); the form edits it and its contacts.
        body()->insertWidget(1, tabs, 1);
        loadContacts();
    } else {
        m_name->setText(name);
    }
    setModified(false);
}

void CompanyDialog::checkCreditCode()
{
    const QString code = CreditCode::normalize(m_creditCode->text());
    QLabel* error = errorLabel(QStringLiteral("credit_code"));
    const QString problem = code.isEmpty() ? QString() : CreditCode::problem(code);
    error->setText(problem);
    error->setVisible(!problem.isEmpty());
    if (problem.isEmpty() && !code.isEmpty())
        m_creditCode->setText(code);
}

Result<void> CompanyDialog::save()
{
    Company c = m_company;
    c.name = m_name->text();
    c.creditCode = m_creditCode->text();
    c.industry = m_industry->currentData().toString();
    c.hqCity = m_hqCity->text().trimmed();
    c.size = m_size->currentData().toString();
    bool ok = false;
    const double revenue = QLocale().toDouble(m_revenue->text(), &ok);
    c.revenueWan = m_revenue->text().trimmed().isEmpty() ? std::nullopt : std::optional<double>(ok ? revenue : -1);
    c.tags = m_tags->text().trimmed();
    c.hometown = m_hometown->isChecked();
    c.source = m_source->text().trimmed();
    c.notes = m_notes->toPlainText().trimmed();
    CompanyRepository repo(m_workspace.db());
    Result<void> saved = c.id.isEmpty() ? [&]() -> Result<void> {
        auto id = repo.create(c);
        if (!id.ok())
            return id.error();
        return {};
    }()
        : repo.update(c);
    if (!saved.ok()) {
        m_existingId = saved.error().code == ErrorCode::AlreadyExists ? saved.error().detail : QString();
        m_openExisting->setVisible(!m_existingId.isEmpty());
        return saved;
    }
    m_company = c;
    return {};
}

void CompanyDialog::checkSimilar()
{
    Company probe;
    probe.id = m_company.id;
    probe.name = m_name->text().trimmed();
    probe.creditCode = m_creditCode->text().trimmed();
    CompanyRepository repo(m_workspace.db());
    QString text;
    m_existingId.clear();
    if (auto same = repo.findDuplicate(probe); same.ok() && same->has_value()) {
        m_existingId = same->value().id;
        text = tr("已有这家企业：「%1」（同名或同一统一社会信用代码），保存会被拒绝。可以打开已有的记录。")
                   .arg(same->value().name);
    } else if (auto alike = repo.similar(probe); alike.ok() && !alike->isEmpty()) {
        m_existingId = alike->first().id;
        QStringList names;
        for (const Company& c : alike.value())
            names << QStringLiteral("「%1」").arg(c.name);
        text = tr("已有名称相近的客商：%1。是同一家企业吗？是的话请打开已有的记录，不要重复录入。")
                   .arg(names.join(tr("、", "list separator")));
    }
    m_similar->setText(text);
    m_similar->setVisible(!text.isEmpty());
    m_openExisting->setVisible(!m_existingId.isEmpty());
}

void CompanyDialog::loadContacts()
{
    if (!m_contacts)
        return;
    auto people = ContactRepository(m_workspace.db()).forCompany(m_company.id);
    m_contacts->setRowCount(0);
    if (!people.ok())
        return;
    for (const Contact& p : people.value()) {
        const int r = m_contacts->rowCount();
        m_contacts->insertRow(r);
        m_contacts->setItem(r, 0, new QTableWidgetItem(p.name));
        m_contacts->setItem(r, 1, new QTableWidgetItem(p.title));
        m_contacts->setItem(r, 2, new QTableWidgetItem(p.phones));
        m_contacts->setItem(r, 3, new QTableWidgetItem(p.wechat));
    }
}

void CompanyDialog::addContact()
{
    ContactDialog dialog(m_workspace, m_company.id, this);
    if (dialog.exec() == QDialog::Accepted)
        loadContacts();
}

} // namespace zs::ui
