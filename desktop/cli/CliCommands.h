#pragma once

namespace zs::cli {

// Exit statuses: scripts can tell a wrong passphrase from a damaged file from a usage mistake.
enum ExitCode
{
    ExitOk = 0,
    ExitError = 1,
    ExitUsage = 2,
    ExitWrongPassphrase = 3,
    ExitDamaged = 4,
};

int run(int argc, char** argv);

} // namespace zs::cli
