#include "desktop/core/session/PassphrasePolicy.h"

#include <QSet>

#include <algorithm>

namespace zs {

namespace {
int codePoints(const QString& s)
{
    return static_cast<int>(s.toUcs4().size());
}

int characterKinds(const QString& s)
{
    bool lower = false, upper = false, digit = false, other = false, cjk = false;
    for (const uint c : s.toUcs4()) {
        if (c >= 'a' && c <= 'z')
            lower = true;
        else if (c >= 'A' && c <= 'Z')
            upper = true;
        else if (c >= '0' && c <= '9')
            digit = true;
        else if ((c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x20000 && c <= 0x2FA1F))
            cjk = true;
        else
            other = true;
    }
    return int(lower) + int(upper) + int(digit) + int(other) + int(cjk);
}

bool isMonotoneRun(const QString& s)
{
    const auto u = s.toUcs4();
    if (u.size() < 2)
        return true;
    const qint64 step = qint64(u[1]) - qint64(u[0]);
    if (step < -1 || step > 1)
        return false;
    for (qsizetype i = 2; i < u.size(); ++i)
        if (qint64(u[i]) - qint64(u[i - 1]) != step)
            return false;
    return true;
}

bool isKeyboardSequence(const QString& s)
{
    static const QString rows[] = {QStringLiteral("01234567890"), QStringLiteral("abcdefghijklmnopqrstuvwxyz"),
                                   QStringLiteral("qwertyuiop"), QStringLiteral("asdfghjkl"),
                                   QStringLiteral("zxcvbnm")};
    const QString lower = s.toLower();
    QString reversed = lower;
    std::reverse(reversed.begin(), reversed.end());
    for (const QString& row : rows)
        if (row.contains(lower) || row.contains(reversed))
            return true;
    return false;
}

bool isCommon(const QString& s)
{
    static const QSet<QString> common = {
        QStringLiteral("password"),   QStringLiteral("passw0rd"), QStringLiteral("qwerty"),
        QStringLiteral("qwertyuiop"), QStringLiteral("admin"),    QStringLiteral("zhaoshang"),
        QStringLiteral("shaoguan"),   QStringLiteral("iloveyou"), QStringLiteral("woaini"),
        QStringLiteral("abc"),        QStringLiteral("changeme"), QStringLiteral("welcome")};
    QString core;
    for (const QChar c : s.toLower())
        if (c.isLetter())
            core.append(c);
    return core.isEmpty() || common.contains(core);
}
} // namespace

QStringList PassphrasePolicy::problems(const QString& passphrase)
{
    QStringList out;
    const int length = codePoints(passphrase);
    if (length < kMinLength)
        out << tr("至少需要 %1 个字符（现在 %2 个）。").arg(kMinLength).arg(length);
    if (passphrase.trimmed() != passphrase)
        out << tr("开头或结尾不能是空格。");
    if (length >= 2 && (isMonotoneRun(passphrase) || isKeyboardSequence(passphrase)))
        out << tr("不能是同一个字符重复或连续的序列（如 1234567890）。");
    else if (length < kLongEnough && characterKinds(passphrase) < 2)
        out << tr("少于 %1 个字符时，请混合至少两类字符：小写字母、大写字母、数字、符号、汉字。").arg(kLongEnough);
    if (length < kLongEnough && length > 0 && isCommon(passphrase))
        out << tr("太常见，容易被猜到。请换一个只有您知道的短语。");
    return out;
}

int PassphrasePolicy::strength(const QString& passphrase)
{
    if (!problems(passphrase).isEmpty())
        return 0;
    const int length = codePoints(passphrase);
    const int kinds = characterKinds(passphrase);
    int score = 1;
    if (length >= 12)
        ++score;
    if (length >= kLongEnough)
        ++score;
    if (kinds >= 3)
        ++score;
    return qMin(score, 4);
}

QString PassphrasePolicy::strengthLabel(int strength)
{
    switch (strength) {
    case 0:
        return tr("不可用");
    case 1:
        return tr("一般");
    case 2:
        return tr("良好");
    case 3:
        return tr("强");
    default:
        return tr("很强");
    }
}

} // namespace zs
