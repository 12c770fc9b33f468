// The access log: append-only, newest first. The reader and the time are plain columns (the
// couple link already shows who can read whom); what was read, and which day, are sealed under
// the owner's key and bound to the row like a practice event (see sql_store.h).
#include <soci/soci.h>

#include "store/payload_json.h"
#include "store/sql_store.h"

namespace rapport::store::internal {

Status SqlStore::AddAccess(UserId owner, const AccessRecord& record) {
  RAPPORT_ASSIGN_OR_RETURN(DataKey key, KeyFor(owner));
  Secret<std::string> plain(AccessToJson(record.what, record.day));
  const std::int64_t uid = owner.value();
  const std::int64_t reader = record.reader.value();
  const UnixSeconds at = record.at;
  return db_->Write("add access", [&](soci::session& sql) -> Status {
    std::int64_t id = 0;
    sql << "INSERT INTO access_log(owner_id, at, reader_id, payload) VALUES(:o, :a, :r, '')"
           " RETURNING id",
        soci::use(uid), soci::use(at), soci::use(reader), soci::into(id);
    const std::string payload = SealToText(*key, plain.reveal(), AccessAd(owner, id, at));
    sql << "UPDATE access_log SET payload = :p WHERE id = :i", soci::use(payload), soci::use(id);
    return Status::Ok();
  });
}

Result<std::vector<AccessRecord>> SqlStore::ListAccess(UserId owner, std::size_t limit) {
  const std::int64_t uid = owner.value();
  // Bound as a number: a size_t beyond int64 means "all".
  const std::int64_t max_rows =
      limit > static_cast<std::size_t>(INT64_MAX) ? INT64_MAX : static_cast<std::int64_t>(limit);
  std::vector<AccessRecord> entries;
  RAPPORT_RETURN_IF_ERROR(db_->Read("list access", [&](soci::session& sql) -> Status {
    entries.clear();
    std::int64_t id = 0, reader = 0;
    UnixSeconds at = 0;
    std::string payload;
    soci::statement st =
        (sql.prepare << "SELECT id, at, reader_id, payload FROM access_log WHERE owner_id = :o"
                        " ORDER BY at DESC, id DESC LIMIT :n",
         soci::use(uid), soci::use(max_rows), soci::into(id), soci::into(at),
         soci::into(reader), soci::into(payload));
    st.execute();
    DataKey key;
    while (st.fetch()) {
      if (!key) {
        RAPPORT_ASSIGN_OR_RETURN(key, KeyFor(sql, owner));
      }
      RAPPORT_ASSIGN_OR_RETURN(Secret<std::string> plain,
                               OpenFromText(*key, payload, AccessAd(owner, id, at)));
      AccessRecord entry;
      entry.at = at;
      entry.reader = UserId(reader);
      RAPPORT_RETURN_IF_ERROR(AccessFromJson(plain.reveal(), entry.what, entry.day));
      entries.push_back(std::move(entry));
    }
    return Status::Ok();
  }));
  return entries;
}

}  // namespace rapport::store::internal
