#include "desktop/ui/sync/EnrollDialog.h"

#include "desktop/ui/Style.h"
#include "desktop/core/sync/SyncController.h"

#include <QCheckBox>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSslCertificate>
#include <QSysInfo>
#include <QUrl>
#include <QVBoxLayout>

namespace zs::ui {

namespace {
constexpr qint64 kMaxCaFileBytes = 1024 * 1024;

bool isLoopback(const QString& host)
{
    return host == QLatin1String("127.0.0.1") || host == QLatin1String("localhost") || host == QLatin1String("::1");
}
} // namespace

EnrollDialog::EnrollDialog(SyncController& sync, QWidget* parent)
    : QDialog(parent)
    , m_sync(sync)
    , m_server(new QLineEdit(this))
    , m_caPath(new QLineEdit(this))
    , m_caChoose(new QPushButton(tr("选择…"), this))
    , m_fingerprintBox(new QWidget(this))
    , m_caSubject(new QLabel(m_fingerprintBox))
    , m_fingerprint(new QLabel(m_fingerprintBox))
    , m_fingerprintChecked(new QCheckBox(tr("我已与总部核对此指纹"), m_fingerprintBox))
    , m_user(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_deviceLabel(new QLineEdit(this))
    , m_busyBox(new QWidget(this))
{
    setWindowTitle(tr("登记到总部"));
    setMinimumWidth(700);
    m_server->setObjectName(QStringLiteral("enrollServer"));
    m_server->setPlaceholderText(QStringLiteral("https://hq.example.cn:8443"));
    m_caPath->setObjectName(QStringLiteral("enrollCaPath"));
    m_caPath->setReadOnly(true);
    m_caPath->setPlaceholderText(tr("总部提供的 ca.pem"));
    m_caChoose->setObjectName(QStringLiteral("enrollCaChoose"));
    m_fingerprint->setObjectName(QStringLiteral("enrollFingerprint"));
    m_fingerprint->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_fingerprint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_fingerprint->setWordWrap(true);
    m_fingerprintChecked->setObjectName(QStringLiteral("enrollFingerprintChecked"));
    m_user->setObjectName(QStringLiteral("enrollUser"));
    m_user->setPlaceholderText(tr("总部为您开设的账号"));
    m_password->setObjectName(QStringLiteral("enrollPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_deviceLabel->setObjectName(QStringLiteral("enrollDeviceLabel"));
    m_deviceLabel->setText(QSysInfo::machineHostName());
    m_deviceLabel->setMaxLength(60);

    auto* caRow = new QWidget(this);
    auto* caLayout = new QHBoxLayout(caRow);
    caLayout->setContentsMargins(0, 0, 0, 0);
    caLayout->addWidget(m_caPath, 1);
    caLayout->addWidget(m_caChoose);
    auto* fingerprintLayout = new QVBoxLayout(m_fingerprintBox);
    fingerprintLayout->setContentsMargins(0, 6, 0, 2);
    fingerprintLayout->setSpacing(2);
    fingerprintLayout->addWidget(m_caSubject);
    fingerprintLayout->addWidget(m_fingerprint);
    fingerprintLayout->addSpacing(4);
    fingerprintLayout->addWidget(m_fingerprintChecked);
    m_fingerprintBox->hide();

    // A grid rather than a form layout: each label faces its input line, not the middle of input and explanation.
    auto* form = new QGridLayout;
    form->setColumnStretch(1, 1);
    form->setHorizontalSpacing(12);
    const int lineHeight = m_server->sizeHint().height();
    const std::pair<QString, QWidget*> rows[] = {
        {tr("服务器地址"),
         fieldColumn(QStringLiteral("server"), m_server,
                     tr("以 https:// 开头，例如 https://hq.example.cn:8443。http:// 只能用于本机的演示服务器"
                        "（127.0.0.1 或 localhost）。"))},
        {tr("CA 证书文件"),
         fieldColumn(QStringLiteral("ca"), caRow,
                     tr("总部随账号一起提供的证书（PEM 格式）。本机只信任由它签发的服务器证书。"), m_fingerprintBox)},
        {tr("账号"), fieldColumn(QStringLiteral("user"), m_user)},
        {tr("密码"), fieldColumn(QStringLiteral("password"), m_password, tr("只在登记时使用一次，不会保存在本机。"))},
        {tr("本机名称"),
         fieldColumn(QStringLiteral("device"), m_deviceLabel, tr("显示在总部的设备列表中，便于识别这台电脑。"))},
    };
    int row = 0;
    for (const auto& [text, field] : rows) {
        auto* label = new QLabel(text, this);
        label->setMinimumHeight(lineHeight);
        label->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
        form->addWidget(label, row, 0, Qt::AlignTop);
        form->addWidget(field, row, 1);
        ++row;
    }

    auto* busyLayout = new QHBoxLayout(m_busyBox);
    busyLayout->setContentsMargins(0, 0, 0, 0);
    auto* bar = new QProgressBar(m_busyBox);
    bar->setRange(0, 0);
    bar->setMaximumWidth(160);
    bar->setMaximumHeight(14);
    bar->setTextVisible(false);
    busyLayout->addWidget(bar);
    busyLayout->addWidget(new QLabel(tr("正在连接总部并核对账号…"), m_busyBox), 1);
    m_busyBox->setObjectName(QStringLiteral("enrollBusy"));
    m_busyBox->hide();
    QLabel* general = makeErrorLabel(this);
    general->setObjectName(QStringLiteral("enrollError"));
    m_errors.insert(QStringLiteral("general"), general);

    auto* buttons = new QDialogButtonBox(this);
    m_submit = buttons->addButton(tr("登记"), QDialogButtonBox::AcceptRole);
    m_submit->setObjectName(QStringLiteral("enrollSubmit"));
    m_submit->setDefault(true);
    m_cancel = buttons->addButton(tr("取消"), QDialogButtonBox::RejectRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &EnrollDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &EnrollDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(
        makeHint(tr("登记后，这个工作区以您的总部账号与总部同步。请准备好总部提供的服务器地址、CA 证书文件和"
                    "账号密码。"),
                 this));
    layout->addSpacing(6);
    layout->addLayout(form);
    layout->addWidget(m_busyBox);
    layout->addWidget(general);
    layout->addWidget(buttons);

    connect(m_caChoose, &QPushButton::clicked, this, &EnrollDialog::chooseCaFile);
    connect(m_fingerprintChecked, &QCheckBox::toggled, this, [this] { m_errors.value(QStringLiteral("ca"))->hide(); });
    const std::pair<QString, QLineEdit*> edits[] = {{QStringLiteral("server"), m_server},
                                                    {QStringLiteral("user"), m_user},
                                                    {QStringLiteral("password"), m_password}};
    for (const auto& [key, edit] : edits)
        connect(edit, &QLineEdit::textEdited, m_errors.value(key), &QWidget::hide);
    connect(&m_sync, &SyncController::enrolled, this, &EnrollDialog::onEnrolled);
}

QWidget* EnrollDialog::fieldColumn(const QString& key, QWidget* field, const QString& hint, QWidget* extra)
{
    auto* column = new QWidget(this);
    auto* layout = new QVBoxLayout(column);
    layout->setContentsMargins(0, 0, 0, 4);
    layout->setSpacing(2);
    layout->addWidget(field);
    if (!hint.isEmpty())
        layout->addWidget(makeHint(hint, column));
    if (extra)
        layout->addWidget(extra);
    QLabel* error = makeErrorLabel(column);
    error->setObjectName(QStringLiteral("error_") + key);
    layout->addWidget(error);
    m_errors.insert(key, error);
    return column;
}

QString EnrollDialog::fingerprint(const QByteArray& pem)
{
    const QList<QSslCertificate> certificates = QSslCertificate::fromData(pem, QSsl::Pem);
    if (certificates.isEmpty() || certificates.first().isNull())
        return {};
    return QString::fromLatin1(certificates.first().digest(QCryptographicHash::Sha256).toHex(':').toUpper());
}

QString EnrollDialog::caFingerprint() const
{
    return fingerprint(m_caPem);
}

void EnrollDialog::chooseCaFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("选择总部的 CA 证书"), m_caPath->text(),
                                                      tr("PEM 证书 (*.pem *.crt *.cer);;所有文件 (*)"));
    if (!path.isEmpty())
        loadCaFile(path);
}

bool EnrollDialog::loadCaFile(const QString& path)
{
    QLabel* error = m_errors.value(QStringLiteral("ca"));
    m_caPem.clear();
    m_fingerprintBox->hide();
    m_fingerprintChecked->setChecked(false);
    m_caPath->setText(QDir::toNativeSeparators(path));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.size() > kMaxCaFileBytes) {
        showFieldError(QStringLiteral("ca"),
                       file.size() > kMaxCaFileBytes ? tr("这个文件太大，不像证书。") : tr("无法读取这个文件。"));
        return false;
    }
    const QByteArray pem = file.readAll();
    const QString digest = fingerprint(pem);
    if (digest.isEmpty()) {
        showFieldError(QStringLiteral("ca"), tr("这个文件不是 PEM 格式的证书。请选择总部提供的 ca.pem。"));
        return false;
    }
    error->hide();
    m_caPem = pem;
    const QSslCertificate certificate = QSslCertificate::fromData(pem, QSsl::Pem).first();
    const QString issuedTo = certificate.subjectInfo(QSslCertificate::CommonName).join(QLatin1Char(' '));
    // Two lines of 16 bytes: easier to read aloud over the phone.
    const QString shown = digest.left(47) + QLatin1Char('\n') + digest.mid(48);
    m_caSubject->setText(tr("%1 · 有效期至 %2 · SHA-256 指纹：")
                             .arg(issuedTo.isEmpty() ? tr("（未命名）") : issuedTo,
                                  QLocale().toString(certificate.expiryDate().date(), tr("yyyy年M月d日"))));
    m_fingerprint->setText(shown);
    m_fingerprintBox->show();
    if (certificate.expiryDate() < QDateTime::currentDateTime())
        showFieldError(QStringLiteral("ca"), tr("这个证书已经过期，请向总部索取新的证书。"));
    return true;
}

void EnrollDialog::showFieldError(const QString& key, const QString& message)
{
    QLabel* error = m_errors.value(key);
    error->setText(message);
    error->show();
}

void EnrollDialog::clearErrors()
{
    for (QLabel* error : std::as_const(m_errors))
        error->hide();
}

bool EnrollDialog::validate()
{
    clearErrors();
    bool ok = true;
    auto problem = [&ok, this](const QString& key, const QString& message) {
        if (m_errors.value(key)->isVisible())
            return; // the first problem of a field is the one to fix
        showFieldError(key, message);
        ok = false;
    };
    const QString text = m_server->text().trimmed();
    const QUrl url(text, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (text.isEmpty())
        problem(QStringLiteral("server"), tr("请填写总部服务器地址。"));
    else if (!text.contains(QLatin1String("://")))
        problem(QStringLiteral("server"), tr("地址要以 https:// 开头，例如 https://hq.example.cn:8443。"));
    else if (!url.isValid() || url.host().isEmpty() ||
             (scheme != QLatin1String("https") && scheme != QLatin1String("http")))
        problem(QStringLiteral("server"),
                tr("地址格式不对，应为 https://主机:端口，例如 https://hq.example.cn:8443。"));
    else if (scheme == QLatin1String("http") && !isLoopback(url.host()))
        problem(QStringLiteral("server"), tr("只有本机的演示服务器（127.0.0.1 或 localhost）可以用 http://。其他服务器"
                                             "请用 https://，否则账号和数据会在网络上明文传输。"));
    if (!m_caPem.isEmpty() && !m_fingerprintChecked->isChecked())
        problem(QStringLiteral("ca"), tr("请先与总部核对上面的指纹（电话或当面），一致后勾选“我已与总部核对此指纹”。"));
    else if (m_caPem.isEmpty() && scheme == QLatin1String("https"))
        problem(QStringLiteral("ca"), tr("请选择总部提供的 CA 证书文件（通常名为 ca.pem）。"));
    if (m_user->text().trimmed().isEmpty())
        problem(QStringLiteral("user"), tr("请填写总部为您开设的账号。"));
    if (m_password->text().isEmpty())
        problem(QStringLiteral("password"), tr("请填写密码。"));
    return ok;
}

void EnrollDialog::accept()
{
    if (m_busy || !validate())
        return;
    setBusy(true);
    const QString label = m_deviceLabel->text().trimmed();
    m_sync.enroll(QUrl(m_server->text().trimmed()), m_user->text().trimmed(), m_password->text(), m_caPem,
                  label.isEmpty() ? QSysInfo::machineHostName() : label);
}

void EnrollDialog::reject()
{
    if (m_busy)
        return; // HQ is answering; it takes at most the request timeout
    QDialog::reject();
}

void EnrollDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_busyBox->setVisible(busy);
    for (QWidget* w : std::initializer_list<QWidget*>{m_server, m_caChoose, m_fingerprintChecked, m_user, m_password,
                                                      m_deviceLabel, m_submit, m_cancel})
        w->setEnabled(!busy);
}

void EnrollDialog::onEnrolled(bool ok, const QString& message)
{
    if (!m_busy)
        return; // not our request
    setBusy(false);
    if (ok) {
        m_password->clear();
        QDialog::accept();
        return;
    }
    showFieldError(QStringLiteral("general"), tr("登记没有成功：%1").arg(message));
    m_password->setFocus();
    m_password->selectAll();
}

} // namespace zs::ui
