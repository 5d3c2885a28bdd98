#include "desktop/cli/PassphraseInput.h"

#include <QFile>

#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace zs::cli {

Result<QString> PassphraseInput::obtainText(const QString& file, const char* environmentVariable, const QString& prompt,
                                            bool confirmOnPrompt)
{
    if (!file.isEmpty()) {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly))
            return makeError(ErrorCode::Io, tr("无法读取口令文件：%1").arg(file), f.errorString());
        QByteArray line = f.readLine(4096);
        while (line.endsWith('\n') || line.endsWith('\r'))
            line.chop(1);
        QString text = QString::fromUtf8(line);
        wipe(line);
        if (text.isEmpty())
            return makeError(ErrorCode::Invalid, tr("口令文件是空的：%1").arg(file));
        return text;
    }
    if (environmentVariable && qEnvironmentVariableIsSet(environmentVariable)) {
        QString text = qEnvironmentVariable(environmentVariable);
        if (text.isEmpty())
            return makeError(ErrorCode::Invalid, tr("环境变量 %1 是空的。").arg(QLatin1String(environmentVariable)));
        return text;
    }
    auto first = readFromTerminal(prompt);
    if (!first.ok() || !confirmOnPrompt)
        return first;
    auto second = readFromTerminal(tr("再输入一次："));
    if (!second.ok())
        return second;
    const bool same = first.value() == second.value();
    wipe(second.value());
    if (!same) {
        wipe(first.value());
        return makeError(ErrorCode::Invalid, tr("两次输入的口令不一致。"));
    }
    return first;
}

Result<SecureBytes> PassphraseInput::obtain(const QString& file, const char* environmentVariable, const QString& prompt,
                                            bool confirmOnPrompt)
{
    auto text = obtainText(file, environmentVariable, prompt, confirmOnPrompt);
    if (!text.ok())
        return text.error();
    SecureBytes bytes = SecureBytes::fromPassphrase(text.value());
    wipe(text.value());
    return bytes;
}

Result<QString> PassphraseInput::readFromTerminal(const QString& prompt)
{
    FILE* tty = std::fopen("/dev/tty", "r+");
    if (!tty) {
        return makeError(ErrorCode::Invalid,
                         tr("需要口令：请用 --passphrase-file 或环境变量 ZHAOSHANG_PASSPHRASE 提供，或在终端中运行。"));
    }
    const int fd = fileno(tty);
    termios saved{};
    const bool isTerminal = tcgetattr(fd, &saved) == 0;
    if (isTerminal) {
        termios quiet = saved;
        quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        tcsetattr(fd, TCSAFLUSH, &quiet);
    }
    std::fputs(prompt.toLocal8Bit().constData(), tty);
    std::fflush(tty);
    char buffer[1024] = {};
    const bool got = std::fgets(buffer, sizeof buffer, tty) != nullptr;
    if (isTerminal)
        tcsetattr(fd, TCSAFLUSH, &saved);
    std::fputs("\n", tty);
    std::fclose(tty);
    QByteArray line(buffer);
    explicit_bzero(buffer, sizeof buffer);
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    QString text = QString::fromLocal8Bit(line);
    wipe(line);
    if (!got || text.isEmpty())
        return makeError(ErrorCode::Invalid, tr("没有输入口令。"));
    return text;
}

} // namespace zs::cli
