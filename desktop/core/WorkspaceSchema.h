#pragma once

#include "sync/store/Migrator.h"

namespace zs {

// The officer's workspace schema, one numbered migration per change. Never edit a released migration: add one.
class WorkspaceSchema
{
public:
    static const Migrator& migrator();
};

} // namespace zs
