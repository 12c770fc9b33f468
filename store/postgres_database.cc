// PostgreSQL: a pool of sessions; every write is its own transaction. The server does the
// group commit (and several writers really run at once), so no writer thread is needed here.
#include <soci/postgresql/soci-postgresql.h>
#include <soci/soci.h>

#include "store/database.h"
#include "store/migrations.h"
#include "store/sql_error.h"

namespace rapport::store::internal {

std::unique_ptr<soci::session> ConnectPostgres(const std::string& conninfo) {
  auto sql = std::make_unique<soci::session>(*soci::factory_postgresql(), conninfo);
  // A request should never hang on a lock forever; the caller gets kUnavailable instead.
  *sql << "SET lock_timeout = '10s'";
  *sql << "SET statement_timeout = '60s'";
  return sql;
}

namespace {

// Any number will do as long as nothing else in the database uses it for an advisory lock.
constexpr long long kMigrationLockKey = 0x52617070;  // "Rapp"

void RollbackQuietly(soci::session& sql) {
  try {
    sql.rollback();
  } catch (const std::exception&) {
    // The connection is gone or the transaction already ended; SessionPool reconnects.
  }
}

class PostgresDatabase final : public Database {
 public:
  explicit PostgresDatabase(std::unique_ptr<SessionPool> pool) : pool_(std::move(pool)) {}

  Dialect dialect() const override { return Dialect::kPostgres; }

  Status Write(std::string_view what, const Work& work) override {
    return pool_->With(what, [&](soci::session& sql) -> Status {
      constexpr int kAttempts = 3;
      for (int attempt = 1;; ++attempt) {
        try {
          sql.begin();
          Status s = work(sql);
          if (s.ok()) {
            sql.commit();
          } else {
            sql.rollback();
          }
          return s;
        } catch (const std::exception& e) {
          RollbackQuietly(sql);
          if (attempt < kAttempts && IsRetryableTransactionError(e)) continue;
          throw;
        }
      }
    });
  }

  Status Read(std::string_view what, const Work& work) override {
    return pool_->With(what, work);
  }

  Result<int> Migrate() override {
    int version = 0;
    Status s = pool_->With("migrate", [&](soci::session& sql) -> Status {
      long long key = kMigrationLockKey;
      sql << "SELECT pg_advisory_lock(:k)", soci::use(key);
      Result<int> applied = Status::Internal("migrate: not run");
      try {
        applied = ApplyMigrations(sql, Dialect::kPostgres, true);
      } catch (...) {
        RollbackQuietly(sql);
        sql << "SELECT pg_advisory_unlock(:k)", soci::use(key);
        throw;
      }
      sql << "SELECT pg_advisory_unlock(:k)", soci::use(key);
      if (!applied.ok()) return applied.status();
      version = *applied;
      return Status::Ok();
    });
    if (!s.ok()) return s;
    return version;
  }

 private:
  std::unique_ptr<SessionPool> pool_;
};

}  // namespace

Result<std::unique_ptr<Database>> OpenPostgresDatabase(const std::string& conninfo,
                                                       int pool_size) {
  RAPPORT_ASSIGN_OR_RETURN(auto pool, SessionPool::Create(pool_size, [conninfo] {
                             return ConnectPostgres(conninfo);
                           }));
  return std::unique_ptr<Database>(std::make_unique<PostgresDatabase>(std::move(pool)));
}

}  // namespace rapport::store::internal
