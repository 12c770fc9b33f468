#include "crypto/envelope.h"
#include "store/database.h"
#include "store/sql_store.h"
#include "store/store.h"
#include "store/url.h"

namespace rapport::store {

Result<std::unique_ptr<Store>> Store::Open(const StoreOptions& options) {
  if (options.master_key.reveal().size() != crypto::kDataKeyBytes) {
    return Status::Invalid("the master key must be exactly 32 bytes", "master_key");
  }
  if (options.pool_size < 1 || options.pool_size > 1000) {
    return Status::Invalid("pool_size must be between 1 and 1000", "pool_size");
  }
  RAPPORT_ASSIGN_OR_RETURN(internal::DatabaseUrl url, internal::ParseDatabaseUrl(options.url));
  std::unique_ptr<internal::Database> db;
  if (url.dialect == internal::Dialect::kSqlite) {
    RAPPORT_ASSIGN_OR_RETURN(db, internal::OpenSqliteDatabase(url.sqlite_path, options.pool_size));
  } else {
    RAPPORT_ASSIGN_OR_RETURN(db, internal::OpenPostgresDatabase(url.pg_conninfo, options.pool_size));
  }
  auto store = std::make_unique<internal::SqlStore>(std::move(db), options.master_key);
  if (options.migrate) {
    auto version = store->Migrate();
    if (!version.ok()) return version.status();
  }
  return std::unique_ptr<Store>(std::move(store));
}

}  // namespace rapport::store
