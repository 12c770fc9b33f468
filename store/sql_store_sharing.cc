// Sharing and consent: grants per couple, and the pause and safety times per person.
//
// Grants are keyed by the couple they were made in. Nothing has to be cleaned up for them to
// stop applying when a couple ends: every read goes through the person's *current* couple
// (couple_members), and a new couple has a new id. Unlink still deletes them (no purpose left).
//
// The pause and safety times are sealed, one field at a time, with a fixed-width plaintext:
// the database shows neither whether someone's safety check was positive nor when.
#include <soci/soci.h>

#include "store/payload_json.h"
#include "store/sql_store.h"

namespace rapport::store::internal {
namespace {

constexpr const char* kPaused = "paused";
constexpr const char* kSafety = "safety";

// The current couple id of `user`, or 0.
std::int64_t CoupleOf(soci::session& sql, std::int64_t user) {
  std::int64_t couple = 0;
  sql << "SELECT couple_id FROM couple_members WHERE user_id = :u", soci::use(user),
      soci::into(couple);
  return sql.got_data() ? couple : 0;
}

Status ReadGrants(soci::session& sql, std::int64_t couple, std::int64_t owner,
                  std::set<core::ShareCategory>& granted) {
  std::string category;
  soci::statement st = (sql.prepare << "SELECT category FROM sharing_grants"
                                       " WHERE couple_id = :c AND owner_id = :o",
                        soci::use(couple), soci::use(owner), soci::into(category));
  st.execute();
  while (st.fetch()) {
    auto parsed = core::ShareCategoryFromId(category);
    if (!parsed) return Status::Internal("stored grant is malformed");
    granted.insert(*parsed);
  }
  return Status::Ok();
}

// The sealed column `field` (NULL: never set) opened to a time or nullopt.
Result<std::optional<UnixSeconds>> OpenTime(const DataKey& key, UserId owner, const char* field,
                                            const std::string& sealed, soci::indicator ind) {
  if (ind != soci::i_ok) return std::optional<UnixSeconds>();
  RAPPORT_ASSIGN_OR_RETURN(Secret<std::string> plain,
                           OpenFromText(*key, sealed, SharingStateAd(owner, field)));
  return OptionalTimeFromText(plain.reveal());
}

}  // namespace

Status SqlStore::ReadSharingState(soci::session& sql, UserId owner, SharingRecord& out) {
  const std::int64_t uid = owner.value();
  std::string paused, safety;
  soci::indicator paused_ind = soci::i_null, safety_ind = soci::i_null;
  sql << "SELECT paused, safety FROM sharing_states WHERE user_id = :u", soci::use(uid),
      soci::into(paused, paused_ind), soci::into(safety, safety_ind);
  if (!sql.got_data()) {
    out.paused_at.reset();
    out.safety_since.reset();
    return Status::Ok();
  }
  RAPPORT_ASSIGN_OR_RETURN(DataKey key, KeyFor(sql, owner));
  RAPPORT_ASSIGN_OR_RETURN(out.paused_at, OpenTime(key, owner, kPaused, paused, paused_ind));
  RAPPORT_ASSIGN_OR_RETURN(out.safety_since, OpenTime(key, owner, kSafety, safety, safety_ind));
  return Status::Ok();
}

Result<SharingRecord> SqlStore::GetSharing(UserId owner) {
  const std::int64_t uid = owner.value();
  Result<SharingRecord> found = Status::NotFound("Not paired with anyone.");
  RAPPORT_RETURN_IF_ERROR(db_->Read("get sharing", [&](soci::session& sql) -> Status {
    const std::int64_t couple = CoupleOf(sql, uid);
    if (couple == 0) return Status::Ok();
    SharingRecord record;
    RAPPORT_RETURN_IF_ERROR(ReadGrants(sql, couple, uid, record.granted));
    RAPPORT_RETURN_IF_ERROR(ReadSharingState(sql, owner, record));
    found = std::move(record);
    return Status::Ok();
  }));
  return found;
}

Result<SharingRecord> SqlStore::GetOwnSharingState(UserId owner) {
  const std::int64_t uid = owner.value();
  SharingRecord record;
  RAPPORT_RETURN_IF_ERROR(db_->Read("get sharing state", [&](soci::session& sql) -> Status {
    record = SharingRecord();
    if (const std::int64_t couple = CoupleOf(sql, uid); couple != 0) {
      RAPPORT_RETURN_IF_ERROR(ReadGrants(sql, couple, uid, record.granted));
    }
    return ReadSharingState(sql, owner, record);
  }));
  return record;
}

Status SqlStore::SetGrant(UserId owner, core::ShareCategory category, bool granted,
                          UnixSeconds now) {
  const std::int64_t uid = owner.value();
  const std::string id(core::ShareCategoryId(category));
  return db_->Write("set grant", [&](soci::session& sql) -> Status {
    // Under the owner's lock, so an Unlink of the same person cannot interleave.
    RAPPORT_RETURN_IF_ERROR(LockUsers(sql, owner));
    const std::int64_t couple = CoupleOf(sql, uid);
    if (couple == 0) return Status::NotFound("Not paired with anyone.");
    if (granted) {
      sql << "INSERT INTO sharing_grants(couple_id, owner_id, category, granted_at)"
             " VALUES(:c, :o, :k, :t) ON CONFLICT(couple_id, owner_id, category) DO NOTHING",
          soci::use(couple), soci::use(uid), soci::use(id), soci::use(now);
    } else {
      sql << "DELETE FROM sharing_grants WHERE couple_id = :c AND owner_id = :o"
             " AND category = :k",
          soci::use(couple), soci::use(uid), soci::use(id);
    }
    return Status::Ok();
  });
}

Status SqlStore::SetSharingPaused(UserId owner, std::optional<UnixSeconds> paused_at) {
  return SetStateTime(owner, kPaused, paused_at);
}

Status SqlStore::SetSafety(UserId owner, std::optional<UnixSeconds> since) {
  return SetStateTime(owner, kSafety, since);
}

Status SqlStore::SetStateTime(UserId owner, const char* field, std::optional<UnixSeconds> at) {
  RAPPORT_ASSIGN_OR_RETURN(DataKey key, KeyFor(owner));
  const std::int64_t uid = owner.value();
  const bool paused_field = std::string_view(field) == kPaused;
  return db_->Write(paused_field ? "set sharing paused" : "set safety",
                    [&](soci::session& sql) -> Status {
    // Read-modify-write under the owner's lock (PostgreSQL: FOR UPDATE on the user's row;
    // SQLite: the one writer), because setting a time while one is set keeps the earlier
    // one: pausing twice, or a second positive check, must not move the cutoff later and
    // release what was written in between.
    RAPPORT_RETURN_IF_ERROR(LockUsers(sql, owner));
    SharingRecord current;
    RAPPORT_RETURN_IF_ERROR(ReadSharingState(sql, owner, current));
    std::optional<UnixSeconds> keep = paused_field ? current.paused_at : current.safety_since;
    std::optional<UnixSeconds> next = at;
    if (at && keep && *keep < *at) next = keep;
    const std::string sealed =
        SealToText(*key, OptionalTimeToText(next), SharingStateAd(owner, field));
    if (paused_field) {
      sql << "INSERT INTO sharing_states(user_id, paused) VALUES(:u, :p)"
             " ON CONFLICT(user_id) DO UPDATE SET paused = excluded.paused",
          soci::use(uid), soci::use(sealed);
    } else {
      sql << "INSERT INTO sharing_states(user_id, safety) VALUES(:u, :s)"
             " ON CONFLICT(user_id) DO UPDATE SET safety = excluded.safety",
          soci::use(uid), soci::use(sealed);
    }
    return Status::Ok();
  });
}

}  // namespace rapport::store::internal
