// Test support: a private, empty database per test, on either engine. Not part of the
// product; linked into tests through the `rapport_store_testing` library.
//
// PostgreSQL comes from the CTest fixture `postgres` (see store/CMakeLists.txt): the test
// reads the cluster URL from the file named by $RAPPORT_TEST_PG_URL_FILE and creates a
// database of its own in it, dropped again by the destructor, so tests run in parallel.
#pragma once

#include <memory>
#include <string>

#include "base/status.h"

namespace soci {
class session;
}

namespace rapport::store::testing {

enum class Engine { kSqlite, kPostgres };

class TestDatabase {
 public:
  // kUnavailable when PostgreSQL is asked for but the fixture is missing or unreachable:
  // callers must fail, not skip, so that a green run proves both engines.
  static Result<std::unique_ptr<TestDatabase>> Create(Engine engine);
  ~TestDatabase();  // drops the database (PostgreSQL) or deletes its directory (SQLite)

  Engine engine() const { return engine_; }
  // A StoreOptions::url naming this database.
  const std::string& url() const { return url_; }
  // A raw session on it, configured as the store configures its own (for inspecting rows).
  std::unique_ptr<soci::session> Connect() const;

 private:
  TestDatabase() = default;

  Engine engine_ = Engine::kSqlite;
  std::string url_;
  std::string sqlite_dir_;      // SQLite: a temporary directory holding the file
  std::string admin_conninfo_;  // PostgreSQL: the fixture's database, to drop ours from
  std::string pg_database_;
};

// The fixture's base URL ("postgresql://...:PORT/rapport_test"), read from the file named by
// $RAPPORT_TEST_PG_URL_FILE, or when that is unset from this build's fixture directory
// (<build>/pg/url). kUnavailable with an explanation when it cannot be read.
Result<std::string> PostgresFixtureUrl();

}  // namespace rapport::store::testing
