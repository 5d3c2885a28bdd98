#include "desktop/ui/materials/MaterialImport.h"

#include "desktop/core/Workspace.h"
#include "desktop/core/materials/MaterialRepository.h"
#include "desktop/print/PdfInspector.h"
#include "desktop/ui/records/RecordDialog.h"
#include "desktop/ui/records/ReferenceCombo.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QLineEdit>
#include <QMessageBox>

namespace zs::ui {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(MaterialImport)
};

// Describes a checked file and stores it.
class MaterialDialog : public RecordDialog
{
public:
    MaterialDialog(Workspace& workspace, QByteArray bytes, const PdfInspector::Info& info, const QString& fileName,
                   QWidget* parent)
        : RecordDialog(parent)
        , m_workspace(workspace)
        , m_bytes(std::move(bytes))
        , m_info(info)
        , m_title(new QLineEdit(this))
        , m_kind(new QComboBox(this))
        , m_language(new QComboBox(this))
        , m_version(new QLineEdit(this))
        , m_publisher(new QLineEdit(this))
        , m_validTo(new QDateEdit(this))
        , m_tags(new QLineEdit(this))
        , m_supersedes(new QComboBox(this))
    {
        setWindowTitle(Text::tr("导入资料"));
        m_title->setText(info.title.isEmpty() ? QFileInfo(fileName).completeBaseName() : info.title);
        for (const QString& code : MaterialRepository::kinds())
            m_kind->addItem(MaterialRepository::kindName(code), code);
        m_language->addItem(Text::tr("中文"), QStringLiteral("zh"));
        m_language->addItem(Text::tr("英文"), QStringLiteral("en"));
        m_language->addItem(Text::tr("中英双语"), QStringLiteral("zh,en"));
        m_publisher->setPlaceholderText(Text::tr("如：韶关市商务局"));
        m_validTo->setCalendarPopup(true);
        m_validTo->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        m_validTo->setMinimumDate(QDate(2000, 1, 1));
        m_validTo->setSpecialValueText(Text::tr("长期有效"));
        m_validTo->setDate(m_validTo->minimumDate());
        fillReferenceCombo(m_supersedes, Choices(workspace.db()).materialVersions(), Text::tr("（不取代其他资料）"));
        addField(QStringLiteral("title"), Text::tr("资料名称*"), m_title);
        addField(QStringLiteral("kind"), Text::tr("类型*"), m_kind);
        addField(QStringLiteral("language"), Text::tr("语言"), m_language);
        addField(QStringLiteral("version"), Text::tr("版本"), m_version);
        addField(QStringLiteral("publisher"), Text::tr("发布单位"), m_publisher);
        addField(QStringLiteral("valid_to"), Text::tr("有效期至"), m_validTo);
        addField(QStringLiteral("tags"), Text::tr("标签"), m_tags);
        addField(QStringLiteral("supersedes"), Text::tr("取代旧版本"), m_supersedes);
    }
    bool existed() const { return m_existed; }

protected:
    Result<void> save() override
    {
        Material m;
        m.title = m_title->text();
        m.kind = m_kind->currentData().toString();
        m.language = m_language->currentData().toString();
        m.version = m_version->text().trimmed();
        m.publisher = m_publisher->text().trimmed();
        if (m_validTo->date() != m_validTo->minimumDate())
            m.validTo = m_validTo->date();
        m.tags = m_tags->text().trimmed();
        m.supersedesId = m_supersedes->currentData().toString();
        m.mime = m_info.mime;
        m.pages = m_info.pages;
        auto id = MaterialRepository(m_workspace.db()).add(m, m_bytes, &m_existed);
        if (!id.ok())
            return id.error();
        return {};
    }

private:
    Workspace& m_workspace;
    QByteArray m_bytes;
    PdfInspector::Info m_info;
    QLineEdit* m_title;
    QComboBox* m_kind;
    QComboBox* m_language;
    QLineEdit* m_version;
    QLineEdit* m_publisher;
    QDateEdit* m_validTo;
    QLineEdit* m_tags;
    QComboBox* m_supersedes;
    bool m_existed = false;
};
} // namespace

bool importMaterial(Workspace& workspace, QWidget* parent)
{
    const QString path = QFileDialog::getOpenFileName(parent, Text::tr("导入资料"), QString(),
                                                      Text::tr("PDF 与图片 (*.pdf *.png *.jpg *.jpeg)"));
    if (path.isEmpty())
        return false;
    QFile file(path);
    if (file.size() > MaterialRepository::kMaxBytes) {
        QMessageBox::warning(parent, Text::tr("导入资料"),
                             Text::tr("文件太大（%1 MB），资料库最多接受 100 MB 的文件。请压缩或拆分后再导入。")
                                 .arg(file.size() / (1024 * 1024)));
        return false;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        QMessageBox::warning(parent, Text::tr("导入资料"), Text::tr("无法读取文件：%1").arg(file.errorString()));
        return false;
    }
    const QByteArray bytes = file.readAll();
    auto info = PdfInspector::inspect(bytes);
    if (!info.ok()) {
        QMessageBox::warning(parent, Text::tr("导入资料"), info.error().message);
        return false;
    }
    MaterialDialog dialog(workspace, bytes, info.value(), path, parent);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    if (dialog.existed())
        QMessageBox::information(parent, Text::tr("导入资料"), Text::tr("资料库里已有同一份文件，没有重复保存。"));
    return !dialog.existed();
}

} // namespace zs::ui
