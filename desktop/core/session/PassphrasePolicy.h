#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace zs {

// Rules a new workspace passphrase must meet. Messages are for the user, next to the field.
class PassphrasePolicy
{
    Q_DECLARE_TR_FUNCTIONS(PassphrasePolicy)

public:
    static constexpr int kMinLength = 10;
    static constexpr int kLongEnough = 16; // from here one kind of character is enough

    // Empty when acceptable.
    static QStringList problems(const QString& passphrase);
    // 0 (unusable) … 4 (strong), for a meter.
    static int strength(const QString& passphrase);
    static QString strengthLabel(int strength);
};

} // namespace zs
