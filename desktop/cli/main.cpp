// zhaoshang-cli: workspace administration and batch work from the shell.
#include "desktop/cli/CliCommands.h"

int main(int argc, char** argv)
{
    return zs::cli::run(argc, argv);
}
