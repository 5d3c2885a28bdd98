#pragma once

#include <QString>

namespace zs::cli {

// `zhaoshang-cli --help`: what the tool is and its commands, in the users' language.
QString description();

} // namespace zs::cli
