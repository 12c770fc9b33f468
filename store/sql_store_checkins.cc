#include <soci/soci.h>

#include <cstdint>

#include "base/secret.h"
#include "store/payload_json.h"
#include "store/sql_store.h"

namespace rapport::store::internal {

Result<bool> SqlStore::PutCheckin(UserId owner, const core::Checkin& checkin, UnixSeconds now) {
  RAPPORT_ASSIGN_OR_RETURN(DataKey key, KeyFor(owner));
  // Seal before queueing: the SQLite writer thread should spend its time writing.
  Secret<std::string> plain(CheckinToJson(checkin));
  const std::string payload = SealToText(*key, plain.reveal(), CheckinAd(owner, checkin.day));
  const std::int64_t uid = owner.value();
  const int day = checkin.day.days();
  std::int64_t revision = 0;
  RAPPORT_RETURN_IF_ERROR(db_->Write("put check-in", [&](soci::session& sql) -> Status {
    // revision starts at 1 and grows on every replacement: "new" is revision 1, decided
    // atomically by the upsert itself even when two writes race.
    sql << "INSERT INTO checkins(owner_id, checkin_day, revision, created_at, updated_at, payload)"
           " VALUES(:o, :d, 1, :c, :u, :p) ON CONFLICT(owner_id, checkin_day) DO UPDATE SET"
           " revision = checkins.revision + 1, updated_at = excluded.updated_at,"
           " payload = excluded.payload RETURNING revision",
        soci::use(uid), soci::use(day), soci::use(now), soci::use(now), soci::use(payload),
        soci::into(revision);
    return Status::Ok();
  }));
  return revision == 1;
}

Result<core::Checkin> SqlStore::GetCheckin(UserId owner, Date day) {
  const std::int64_t uid = owner.value();
  const int day_number = day.days();
  Result<core::Checkin> found = Status::NotFound();
  RAPPORT_RETURN_IF_ERROR(db_->Read("get check-in", [&](soci::session& sql) -> Status {
    std::string payload;
    sql << "SELECT payload FROM checkins WHERE owner_id = :o AND checkin_day = :d",
        soci::use(uid), soci::use(day_number), soci::into(payload);
    if (!sql.got_data()) return Status::Ok();
    RAPPORT_ASSIGN_OR_RETURN(DataKey key, KeyFor(sql, owner));
    RAPPORT_ASSIGN_OR_RETURN(Secret<std::string> plain,
                             OpenFromText(*key, payload, CheckinAd(owner, day)));
    found = CheckinFromJson(plain.reveal(), day);
    return Status::Ok();
  }));
  return found;
}

Status SqlStore::DeleteCheckin(UserId owner, Date day) {
  const std::int64_t uid = owner.value();
  const int day_number = day.days();
  return db_->Write("delete check-in", [&](soci::session& sql) -> Status {
    std::int64_t deleted = 0;
    sql << "DELETE FROM checkins WHERE owner_id = :o AND checkin_day = :d RETURNING owner_id",
        soci::use(uid), soci::use(day_number), soci::into(deleted);
    return sql.got_data() ? Status::Ok() : Status::NotFound();
  });
}

Result<std::vector<core::Checkin>> SqlStore::ListCheckins(UserId owner, Date from, Date to) {
  return ListCheckinsUpTo(owner, from, to, std::nullopt);
}

Result<std::vector<core::Checkin>> SqlStore::ListCheckinsAsOf(UserId owner, Date from, Date to,
                                                              UnixSeconds as_of) {
  return ListCheckinsUpTo(owner, from, to, as_of);
}

Result<std::vector<core::Checkin>> SqlStore::ListCheckinsUpTo(UserId owner, Date from, Date to,
                                                              std::optional<UnixSeconds> as_of) {
  const std::int64_t uid = owner.value();
  const int first = from.days(), last = to.days();
  // Without a limit, the largest time compares above every stored one: one statement text.
  const UnixSeconds changed_by = as_of ? *as_of : INT64_MAX;
  std::vector<core::Checkin> checkins;
  RAPPORT_RETURN_IF_ERROR(db_->Read("list check-ins", [&](soci::session& sql) -> Status {
    checkins.clear();
    int day_number = 0;
    std::string payload;
    soci::statement st =
        (sql.prepare << "SELECT checkin_day, payload FROM checkins WHERE owner_id = :o"
                        " AND checkin_day >= :f AND checkin_day <= :t AND updated_at <= :a"
                        " ORDER BY checkin_day",
         soci::use(uid), soci::use(first), soci::use(last), soci::use(changed_by),
         soci::into(day_number), soci::into(payload));
    st.execute();
    DataKey key;
    while (st.fetch()) {
      if (!key) {
        RAPPORT_ASSIGN_OR_RETURN(key, KeyFor(sql, owner));
      }
      Date day = Date::FromDays(day_number);
      RAPPORT_ASSIGN_OR_RETURN(Secret<std::string> plain,
                               OpenFromText(*key, payload, CheckinAd(owner, day)));
      RAPPORT_ASSIGN_OR_RETURN(core::Checkin checkin, CheckinFromJson(plain.reveal(), day));
      checkins.push_back(std::move(checkin));
    }
    return Status::Ok();
  }));
  return checkins;
}

}  // namespace rapport::store::internal
