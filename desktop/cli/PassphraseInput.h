#pragma once

#include "sync/store/Error.h"
#include "sync/store/SecureBytes.h"

#include <QString>

namespace zs::cli {

// Where a passphrase comes from, in order: a file (first line), an environment variable, a prompt on the
// terminal with echo off. Never from the command line, where other users could read it.
class PassphraseInput
{
    Q_DECLARE_TR_FUNCTIONS(PassphraseInput)

public:
    static Result<SecureBytes> obtain(const QString& file, const char* environmentVariable, const QString& prompt,
                                      bool confirmOnPrompt);
    // The text form, for the passphrase policy check. The caller wipes it.
    static Result<QString> obtainText(const QString& file, const char* environmentVariable, const QString& prompt,
                                      bool confirmOnPrompt);

private:
    static Result<QString> readFromTerminal(const QString& prompt);
};

} // namespace zs::cli
