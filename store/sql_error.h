// Turning driver exceptions into Status values. Internal to store/.
//
// Driver messages are never copied into a Status: SOCI appends the bound values to its
// messages ("... with :email=..."), which may be personal data. A Status names the operation
// and the engine's error code instead.
#pragma once

#include <exception>
#include <string_view>

#include "base/status.h"

namespace rapport::store::internal {

// kConflict for constraint violations, kUnavailable for lost connections, busy/locked
// databases, serialization failures and deadlocks (retrying may help), kInternal otherwise.
Status FromSqlException(std::string_view what, const std::exception& e);

// True for errors that a fresh attempt of the same transaction may not hit: PostgreSQL
// serialization failures (40001) and detected deadlocks (40P01).
bool IsRetryableTransactionError(const std::exception& e);

}  // namespace rapport::store::internal
