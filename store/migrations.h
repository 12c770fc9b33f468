// The schema, as numbered migrations for both engines. Internal to store/.
#pragma once

#include "base/status.h"
#include "store/url.h"

namespace soci {
class session;
}

namespace rapport::store::internal {

// The newest schema version this binary knows.
int LatestSchemaVersion();

// Applies every migration not yet recorded in `schema_migrations` and returns the version in
// force. Idempotent.
// - own_transactions = true: each migration runs in its own BEGIN/COMMIT (PostgreSQL, where
//   the caller also holds an advisory lock so that concurrent migrators queue up).
// - own_transactions = false: the caller has a transaction open already (SQLite, where the
//   single writer serialises everything anyway).
// Errors: kInternal when the database holds a newer schema than this binary knows.
// Throws soci::soci_error on a database error.
Result<int> ApplyMigrations(soci::session& sql, Dialect dialect, bool own_transactions);

}  // namespace rapport::store::internal
