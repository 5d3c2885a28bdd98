#pragma once

#include <QDialog>
#include <QMap>

class QCheckBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QWidget;

namespace zs {
class SyncController;
}

namespace zs::ui {

// 登记到总部: server address, the HQ's CA certificate (its SHA-256 fingerprint checked with HQ by the officer),
// account and password. Enrolling runs asynchronously on the engine; the dialog stays responsive, shows a busy
// line, shows HQ's refusal in place and closes on success. The password is sent once and never stored.
class EnrollDialog : public QDialog
{
    Q_OBJECT

public:
    explicit EnrollDialog(SyncController& sync, QWidget* parent = nullptr);

    // SHA-256 of the first certificate in `pem` as AA:BB:…, empty when `pem` holds no certificate.
    static QString fingerprint(const QByteArray& pem);
    // Loads the CA certificate (what the file chooser does; tests call it directly). False: the error is shown.
    bool loadCaFile(const QString& path);
    QString caFingerprint() const;
    bool isBusy() const { return m_busy; }
    // The error line under a field ("server", "ca", "user", "password") or the general one ("general").
    QLabel* errorLabel(const QString& field) const { return m_errors.value(field); }

    void accept() override; // validates and starts enrolling; closes when HQ has answered yes
    void reject() override; // not while HQ is being asked

private:
    // The field, its explanation, an optional extra part (the CA's fingerprint) and its error line, stacked.
    QWidget* fieldColumn(const QString& key, QWidget* field, const QString& hint = {}, QWidget* extra = nullptr);
    void chooseCaFile();
    bool validate();
    void showFieldError(const QString& key, const QString& message);
    void clearErrors();
    void setBusy(bool busy);
    void onEnrolled(bool ok, const QString& message);

    SyncController& m_sync;
    QLineEdit* m_server;
    QLineEdit* m_caPath;
    QPushButton* m_caChoose;
    QWidget* m_fingerprintBox;
    QLabel* m_caSubject;
    QLabel* m_fingerprint;
    QCheckBox* m_fingerprintChecked;
    QLineEdit* m_user;
    QLineEdit* m_password;
    QLineEdit* m_deviceLabel;
    QWidget* m_busyBox;
    QPushButton* m_submit;
    QPushButton* m_cancel;
    QMap<QString, QLabel*> m_errors;
    QByteArray m_caPem;
    bool m_busy = false;
};

} // namespace zs::ui
