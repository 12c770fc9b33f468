// The two engines behind one small interface: where reads run, how writes are made atomic and
// durable. Everything above it (SqlStore) is engine-neutral SQL. Internal to store/.
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "base/status.h"
#include "store/session_pool.h"
#include "store/url.h"

namespace rapport::store::internal {

class Database {
 public:
  virtual ~Database() = default;

  virtual Dialect dialect() const = 0;

  // Runs `work` in a write transaction; returns after COMMIT (work's ok) or after rolling it
  // back (work's error, or the database's). `work` may be run again after a transient failure
  // (PostgreSQL deadlock or serialization failure), so it must write only through the session
  // and to captured outputs it overwrites. `what` names the operation in error messages.
  virtual Status Write(std::string_view what, const Work& work) = 0;

  // Runs `work` on a session that sees all committed writes; no transaction is opened.
  virtual Status Read(std::string_view what, const Work& work) = 0;

  // Applies pending schema migrations (each in a transaction); returns the version in force.
  virtual Result<int> Migrate() = 0;
};

// Opens the SQLite database file at `path` (created when missing, mode 0600): one writer
// session behind a GroupCommitter and `readers` reader sessions.
Result<std::unique_ptr<Database>> OpenSqliteDatabase(const std::string& path, int readers);

// Connects `pool_size` sessions to PostgreSQL with a libpq keyword/value string.
Result<std::unique_ptr<Database>> OpenPostgresDatabase(const std::string& conninfo,
                                                       int pool_size);

// A new session configured like the store's own (SQLite: WAL, synchronous=FULL, foreign keys,
// busy timeout). Throws soci::soci_error. Used by the engines and by tests that inspect rows.
std::unique_ptr<soci::session> ConnectSqlite(const std::string& path, bool read_only);
std::unique_ptr<soci::session> ConnectPostgres(const std::string& conninfo);

}  // namespace rapport::store::internal
