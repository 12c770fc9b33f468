#include "store/sql_store.h"

#include <soci/soci.h>

#include <algorithm>

namespace rapport::store::internal {

namespace {
// ~100 bytes each; enough for every active person on one machine.
constexpr std::size_t kCachedKeys = 100000;
}  // namespace

SqlStore::SqlStore(std::unique_ptr<Database> db, Secret<std::string> master_key)
    : db_(std::move(db)), master_key_(std::move(master_key)), keys_(kCachedKeys) {}

Result<int> SqlStore::Migrate() { return db_->Migrate(); }

Status SqlStore::Ping() {
  return db_->Read("ping", [](soci::session& sql) -> Status {
    int one = 0;
    sql << "SELECT 1", soci::into(one);
    return one == 1 ? Status::Ok() : Status::Internal("ping: unexpected answer");
  });
}

Result<DataKey> SqlStore::KeyFor(UserId owner) {
  if (DataKey key = keys_.Get(owner)) return key;
  DataKey key;
  RAPPORT_RETURN_IF_ERROR(db_->Read("load data key", [&](soci::session& sql) -> Status {
    RAPPORT_ASSIGN_OR_RETURN(key, KeyFor(sql, owner));
    return Status::Ok();
  }));
  return key;
}

Result<DataKey> SqlStore::KeyFor(soci::session& sql, UserId owner) {
  if (DataKey key = keys_.Get(owner)) return key;
  const std::int64_t id = owner.value();
  std::string wrapped;
  sql << "SELECT wrapped_key FROM user_keys WHERE user_id = :u", soci::use(id),
      soci::into(wrapped);
  if (!sql.got_data()) return Status::NotFound();
  RAPPORT_ASSIGN_OR_RETURN(Secret<std::string> raw,
                           OpenFromText(master_key_, wrapped, UserKeyAd(owner)));
  auto key = std::make_shared<const Secret<std::string>>(std::move(raw));
  keys_.Put(owner, key);
  return DataKey(key);
}

Status SqlStore::LockUsers(soci::session& sql, UserId a, UserId b) {
  std::int64_t ids[2] = {a.value(), b.value()};
  std::sort(std::begin(ids), std::end(ids));
  const char* lock = db_->dialect() == Dialect::kPostgres
                         ? "SELECT id FROM users WHERE id = :u FOR UPDATE"
                         : "SELECT id FROM users WHERE id = :u";
  for (std::int64_t id : ids) {
    if (id == 0) continue;  // the unused second slot
    std::int64_t found = 0;
    sql << lock, soci::use(id), soci::into(found);
    if (!sql.got_data()) return Status::NotFound();
  }
  return Status::Ok();
}

}  // namespace rapport::store::internal
