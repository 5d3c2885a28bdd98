#include "desktop/core/directory/CreditCode.h"

#include "desktop/core/domain/RecordText.h"

namespace zs {

namespace {
const QLatin1String kAlphabet("0123456789ABCDEFGHJKLMNPQRTUWXY");
constexpr int kWeights[17] = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
} // namespace

QString CreditCode::normalize(const QString& input)
{
    QString out;
    out.reserve(input.size());
    for (QChar c : input) {
        const QChar folded = RecordText::foldFullWidth(c);
        if (folded.isSpace() || folded == QLatin1Char('-'))
            continue;
        out.append(folded.toUpper());
    }
    return out;
}

QChar CreditCode::checkCharacter(const QString& first17)
{
    if (first17.size() < 17)
        return QChar();
    int sum = 0;
    for (int i = 0; i < 17; ++i) {
        const int value = static_cast<int>(kAlphabet.indexOf(first17.at(i)));
        if (value < 0)
            return QChar();
        sum += value * kWeights[i];
    }
    const int check = (31 - sum % 31) % 31;
    return QChar(kAlphabet.at(check));
}

QString CreditCode::problem(const QString& code)
{
    if (code.size() != kLength)
        return tr("统一社会信用代码应为 18 位，现在是 %1 位。").arg(code.size());
    for (QChar c : code) {
        if (kAlphabet.indexOf(c) < 0) {
            return tr("含有不允许的字符「%1」。统一社会信用代码只用数字和大写字母，不用 I、O、S、V、Z。").arg(c);
        }
    }
    for (int i = 2; i < 8; ++i) {
        if (!code.at(i).isDigit())
            return tr("第 3–8 位是行政区划码，应为数字。");
    }
    const QChar expected = checkCharacter(code.left(17));
    if (code.at(17) != expected)
        return tr("校验位不符：按前 17 位计算，最后一位应为「%1」。请核对是否抄错。").arg(expected);
    return {};
}

} // namespace zs
