// Parsing StoreOptions::url into what each engine's driver needs. Internal to store/.
#pragma once

#include <string>
#include <string_view>

#include "base/status.h"

namespace rapport::store::internal {

enum class Dialect { kSqlite, kPostgres };

struct DatabaseUrl {
  Dialect dialect = Dialect::kSqlite;
  // SQLite: the database file path.
  std::string sqlite_path;
  // PostgreSQL: a libpq keyword/value connection string ("host='h' port='5432' ...").
  // SOCI 4.0 does not pass URIs through to libpq intact (it rewrites the string while looking
  // for its own "singlerow" option), so URIs are converted here.
  std::string pg_conninfo;
};

// Accepts "sqlite:PATH" (also "sqlite://PATH"), and "postgresql://..." or "postgres://..."
// (libpq URI: [user[:password]@][host][:port][/dbname][?key=value&...], percent-encoded).
// Errors: kInvalid for another scheme, an empty path, "sqlite::memory:" (every connection
// would see a different database), or a malformed URI. Messages never echo passwords.
Result<DatabaseUrl> ParseDatabaseUrl(std::string_view url);

// Quotes `value` for a libpq keyword/value string: 'value' with \ and ' escaped.
std::string QuoteConninfoValue(std::string_view value);

}  // namespace rapport::store::internal
