#pragma once

#include <QCoreApplication>
#include <QString>

namespace zs {

// 统一社会信用代码 (GB 32100-2015): 18 characters from "0-9 A-H J-N P-R T U W-Y", the last one a check character
// computed over the first 17 with weights 3^i mod 31.
class CreditCode
{
    Q_DECLARE_TR_FUNCTIONS(CreditCode)

public:
    static constexpr int kLength = 18;
    // Folds full-width characters, removes spaces and hyphens, upper-cases.
    static QString normalize(const QString& input);
    // Empty when valid; otherwise a message for the user, next to the field. Expects normalize()d input.
    static QString problem(const QString& code);
    static bool isValid(const QString& code) { return problem(code).isEmpty(); }
    // The check character for the first 17 characters (which must be from the alphabet); '\0' if they are not.
    static QChar checkCharacter(const QString& first17);
};

} // namespace zs
