#pragma once

// What the declarations of the kinds that follow an agreement share (AgreementKinds.cpp, ServiceKinds.cpp).
#include "desktop/core/registry/RecordKinds.h"

// A code's name from a reference table, and from a seeds/vocabularies.json list, in a list's or an export's SQL.
#define ZS_NAME(table, column) "(SELECT name FROM " table " WHERE code = " column ")"
#define ZS_VOCABULARY(list, column)                                                                                    \
    "coalesce((SELECT name FROM ref_vocabulary WHERE list = '" list "' AND code = " column "), " column ")"

namespace zs::agreementkinds {

// The required reference to the agreement (agreement_id).
FieldDecl agreementRef();

// A kind that follows an agreement: the agreement's scope, a title of the agreement's number and `title`'s text, and
// a list that starts with the agreement's number and company; `from` joins "<alias> JOIN agreement a … LEFT JOIN
// company c …".
KindDecl follower(RecordKind kind, const char* key, const char* plural, const char* from, const char* dateColumn,
                  const char* title);

} // namespace zs::agreementkinds
