// SQLite: one writer thread doing group commit, a pool of readers (WAL lets them read while
// the writer writes).
#include <fcntl.h>
#include <unistd.h>

#include <soci/soci.h>
#include <soci/sqlite3/soci-sqlite3.h>

#include <cerrno>
#include <cstring>

#include "store/database.h"
#include "store/group_commit.h"
#include "store/migrations.h"
#include "store/sql_error.h"

namespace rapport::store::internal {

std::unique_ptr<soci::session> ConnectSqlite(const std::string& path, bool read_only) {
  // SOCI's sqlite3 backend reads `db="..."` and keeps spaces inside the quotes; ParseDatabaseUrl
  // refuses paths containing a double quote.
  auto sql = std::make_unique<soci::session>(*soci::factory_sqlite3(), "db=\"" + path + "\"");
  *sql << "PRAGMA busy_timeout = 5000";
  *sql << "PRAGMA foreign_keys = ON";
  if (read_only) {
    *sql << "PRAGMA query_only = ON";
  } else {
    std::string mode;
    *sql << "PRAGMA journal_mode = WAL", soci::into(mode);
    if (mode != "wal") {
      throw soci::soci_error("SQLite refused WAL journal mode");
    }
    // FULL: a COMMIT is on disk before the caller is answered, even on power loss.
    *sql << "PRAGMA synchronous = FULL";
  }
  return sql;
}

namespace {

class SqliteDatabase final : public Database {
 public:
  SqliteDatabase(std::unique_ptr<GroupCommitter> writer, std::unique_ptr<SessionPool> readers)
      : writer_(std::move(writer)), readers_(std::move(readers)) {}

  Dialect dialect() const override { return Dialect::kSqlite; }

  Status Write(std::string_view what, const Work& work) override {
    std::string op(what);
    return writer_->Run([&work, op](soci::session& sql) -> Status {
      try {
        return work(sql);
      } catch (const std::exception& e) {
        return FromSqlException(op, e);
      }
    });
  }

  Status Read(std::string_view what, const Work& work) override {
    return readers_->With(what, work);
  }

  Result<int> Migrate() override {
    int version = 0;
    Status s = writer_->Run([&](soci::session& sql) -> Status {
      try {
        RAPPORT_ASSIGN_OR_RETURN(version, ApplyMigrations(sql, Dialect::kSqlite, false));
        return Status::Ok();
      } catch (const std::exception& e) {
        return FromSqlException("migrate", e);
      }
    });
    if (!s.ok()) return s;
    return version;
  }

 private:
  std::unique_ptr<GroupCommitter> writer_;
  std::unique_ptr<SessionPool> readers_;
};

// The database holds email addresses and password hashes in the clear: keep it private to
// the service's user from the first byte. SQLite gives its -wal and -shm files the same mode.
Status CreatePrivateFile(const std::string& path) {
  int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_CLOEXEC, 0600);
  if (fd < 0) {
    return Status::Unavailable("cannot create database file " + path + ": " +
                               std::strerror(errno));
  }
  ::close(fd);
  return Status::Ok();
}

}  // namespace

Result<std::unique_ptr<Database>> OpenSqliteDatabase(const std::string& path, int readers) {
  if (::access(path.c_str(), F_OK) != 0) RAPPORT_RETURN_IF_ERROR(CreatePrivateFile(path));
  std::unique_ptr<soci::session> writer;
  try {
    writer = ConnectSqlite(path, false);
  } catch (const std::exception& e) {
    return Status::Unavailable("cannot open database " + path + ": " +
                               FromSqlException("open", e).message());
  }
  // Readers open after the writer has switched the file to WAL.
  RAPPORT_ASSIGN_OR_RETURN(auto pool, SessionPool::Create(readers, [path] {
                             return ConnectSqlite(path, true);
                           }));
  return std::unique_ptr<Database>(std::make_unique<SqliteDatabase>(
      std::make_unique<GroupCommitter>(std::move(writer)), std::move(pool)));
}

}  // namespace rapport::store::internal
