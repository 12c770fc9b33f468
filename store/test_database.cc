#include "store/test_database.h"

#include <soci/soci.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "crypto/token.h"
#include "store/database.h"
#include "store/sql_error.h"
#include "store/url.h"

namespace rapport::store::testing {
namespace {

std::string RandomSuffix() { return crypto::HashToken(crypto::NewToken(16).reveal()).substr(0, 16); }

}  // namespace

Result<std::string> PostgresFixtureUrl() {
  const char* file = std::getenv("RAPPORT_TEST_PG_URL_FILE");
  if (file == nullptr || *file == '\0') file = RAPPORT_TEST_PG_URL_FILE_DEFAULT;
  std::ifstream in(file);
  std::string url;
  if (!(in >> url) || url.empty()) {
    return Status::Unavailable(std::string("cannot read the PostgreSQL test URL from ") + file +
                               " (run the tests through ctest, whose postgres_start fixture "
                               "writes it; see store/CMakeLists.txt)");
  }
  return url;
}

Result<std::unique_ptr<TestDatabase>> TestDatabase::Create(Engine engine) {
  std::unique_ptr<TestDatabase> db(new TestDatabase());
  db->engine_ = engine;
  if (engine == Engine::kSqlite) {
    std::string tmpl = (std::filesystem::temp_directory_path() / "rapport-store-XXXXXX").string();
    if (::mkdtemp(tmpl.data()) == nullptr) return Status::Unavailable("mkdtemp failed");
    db->sqlite_dir_ = tmpl;
    db->url_ = "sqlite:" + tmpl + "/rapport.db";
    return db;
  }
  RAPPORT_ASSIGN_OR_RETURN(std::string base, PostgresFixtureUrl());
  RAPPORT_ASSIGN_OR_RETURN(internal::DatabaseUrl parsed, internal::ParseDatabaseUrl(base));
  db->admin_conninfo_ = parsed.pg_conninfo;
  db->pg_database_ = "rapport_t_" + RandomSuffix();
  try {
    auto admin = internal::ConnectPostgres(db->admin_conninfo_);
    *admin << "CREATE DATABASE " + db->pg_database_;
  } catch (const std::exception& e) {
    return Status::Unavailable("cannot create a test database in PostgreSQL at " + base + ": " +
                               internal::FromSqlException("create database", e).message());
  }
  auto slash = base.rfind('/');
  auto query = base.find('?', slash);
  db->url_ = base.substr(0, slash + 1) + db->pg_database_ +
             (query == std::string::npos ? "" : base.substr(query));
  return db;
}

TestDatabase::~TestDatabase() {
  if (engine_ == Engine::kSqlite) {
    std::error_code ignored;
    std::filesystem::remove_all(sqlite_dir_, ignored);
    return;
  }
  try {
    auto admin = internal::ConnectPostgres(admin_conninfo_);
    *admin << "DROP DATABASE IF EXISTS " + pg_database_ + " WITH (FORCE)";
  } catch (const std::exception&) {
    // The cluster is thrown away at the end of the run anyway.
  }
}

std::unique_ptr<soci::session> TestDatabase::Connect() const {
  auto parsed = internal::ParseDatabaseUrl(url_);
  if (!parsed.ok()) throw soci::soci_error("bad test URL");
  if (engine_ == Engine::kSqlite) return internal::ConnectSqlite(parsed->sqlite_path, false);
  return internal::ConnectPostgres(parsed->pg_conninfo);
}

}  // namespace rapport::store::testing
