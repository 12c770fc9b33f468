#include <soci/soci.h>

#include "store/payload_json.h"
#include "store/sql_store.h"

namespace rapport::store::internal {

Result<std::int64_t> SqlStore::AddPracticeEvent(UserId owner, const core::PracticeEvent& event) {
  RAPPORT_ASSIGN_OR_RETURN(DataKey key, KeyFor(owner));
  Secret<std::string> plain(PracticeEventToJson(event));
  const std::int64_t uid = owner.value();
  const UnixSeconds at = event.at;
  std::int64_t id = 0;
  RAPPORT_RETURN_IF_ERROR(db_->Write("add practice event", [&](soci::session& sql) -> Status {
    // Insert first to learn the id the AD binds (see sql_store.h).
    sql << "INSERT INTO practice_events(owner_id, occurred_at, payload) VALUES(:o, :a, '')"
           " RETURNING id",
        soci::use(uid), soci::use(at), soci::into(id);
    const std::string payload = SealToText(*key, plain.reveal(), PracticeEventAd(owner, id, at));
    sql << "UPDATE practice_events SET payload = :p WHERE id = :i", soci::use(payload),
        soci::use(id);
    return Status::Ok();
  }));
  return id;
}

Result<std::vector<core::PracticeEvent>> SqlStore::ListPracticeEvents(UserId owner) {
  const std::int64_t uid = owner.value();
  std::vector<core::PracticeEvent> events;
  RAPPORT_RETURN_IF_ERROR(db_->Read("list practice events", [&](soci::session& sql) -> Status {
    std::int64_t id = 0;
    UnixSeconds at = 0;
    std::string payload;
    soci::statement st =
        (sql.prepare << "SELECT id, occurred_at, payload FROM practice_events"
                        " WHERE owner_id = :o ORDER BY occurred_at, id",
         soci::use(uid), soci::into(id), soci::into(at), soci::into(payload));
    st.execute();
    DataKey key;
    while (st.fetch()) {
      if (!key) {
        RAPPORT_ASSIGN_OR_RETURN(key, KeyFor(sql, owner));
      }
      RAPPORT_ASSIGN_OR_RETURN(Secret<std::string> plain,
                               OpenFromText(*key, payload, PracticeEventAd(owner, id, at)));
      RAPPORT_ASSIGN_OR_RETURN(core::PracticeEvent event,
                               PracticeEventFromJson(plain.reveal(), id, at));
      events.push_back(std::move(event));
    }
    return Status::Ok();
  }));
  return events;
}

}  // namespace rapport::store::internal
