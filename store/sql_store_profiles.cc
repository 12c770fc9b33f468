#include <soci/soci.h>

#include "store/payload_json.h"
#include "store/sql_store.h"

namespace rapport::store::internal {

Result<std::int64_t> SqlStore::AddProfile(UserId owner, const core::ProfileAnswers& answers,
                                          UnixSeconds now) {
  RAPPORT_ASSIGN_OR_RETURN(DataKey key, KeyFor(owner));
  Secret<std::string> plain(ProfileAnswersToJson(answers));
  const std::int64_t uid = owner.value();
  std::int64_t id = 0;
  RAPPORT_RETURN_IF_ERROR(db_->Write("add profile", [&](soci::session& sql) -> Status {
    // The AD binds the generated id, known only after the insert (see sql_store.h).
    sql << "INSERT INTO profiles(owner_id, taken_at, payload) VALUES(:o, :t, '') RETURNING id",
        soci::use(uid), soci::use(now), soci::into(id);
    const std::string payload = SealToText(*key, plain.reveal(), ProfileAd(owner, id, now));
    sql << "UPDATE profiles SET payload = :p WHERE id = :i", soci::use(payload), soci::use(id);
    return Status::Ok();
  }));
  return id;
}

Result<std::vector<ProfileRecord>> SqlStore::ListProfiles(UserId owner) {
  const std::int64_t uid = owner.value();
  std::vector<ProfileRecord> profiles;
  RAPPORT_RETURN_IF_ERROR(db_->Read("list profiles", [&](soci::session& sql) -> Status {
    std::int64_t id = 0;
    UnixSeconds taken_at = 0;
    std::string payload;
    soci::statement st =
        (sql.prepare << "SELECT id, taken_at, payload FROM profiles WHERE owner_id = :o"
                        " ORDER BY taken_at, id",
         soci::use(uid), soci::into(id), soci::into(taken_at), soci::into(payload));
    st.execute();
    DataKey key;
    while (st.fetch()) {
      if (!key) {
        RAPPORT_ASSIGN_OR_RETURN(key, KeyFor(sql, owner));
      }
      RAPPORT_ASSIGN_OR_RETURN(Secret<std::string> plain,
                               OpenFromText(*key, payload, ProfileAd(owner, id, taken_at)));
      RAPPORT_ASSIGN_OR_RETURN(core::ProfileAnswers answers,
                               ProfileAnswersFromJson(plain.reveal()));
      profiles.push_back(ProfileRecord{id, taken_at, std::move(answers)});
    }
    return Status::Ok();
  }));
  return profiles;
}

Status SqlStore::SaveProfileDraft(UserId owner, const core::ProfileAnswers& draft,
                                  UnixSeconds now) {
  RAPPORT_ASSIGN_OR_RETURN(DataKey key, KeyFor(owner));
  Secret<std::string> plain(ProfileAnswersToJson(draft));
  const std::string payload = SealToText(*key, plain.reveal(), ProfileDraftAd(owner));
  const std::int64_t uid = owner.value();
  return db_->Write("save profile draft", [&](soci::session& sql) -> Status {
    sql << "INSERT INTO profile_drafts(owner_id, updated_at, payload) VALUES(:o, :t, :p)"
           " ON CONFLICT(owner_id) DO UPDATE SET updated_at = excluded.updated_at,"
           " payload = excluded.payload",
        soci::use(uid), soci::use(now), soci::use(payload);
    return Status::Ok();
  });
}

Result<std::optional<core::ProfileAnswers>> SqlStore::GetProfileDraft(UserId owner) {
  const std::int64_t uid = owner.value();
  std::optional<core::ProfileAnswers> draft;
  RAPPORT_RETURN_IF_ERROR(db_->Read("get profile draft", [&](soci::session& sql) -> Status {
    std::string payload;
    sql << "SELECT payload FROM profile_drafts WHERE owner_id = :o", soci::use(uid),
        soci::into(payload);
    if (!sql.got_data()) return Status::Ok();
    RAPPORT_ASSIGN_OR_RETURN(DataKey key, KeyFor(sql, owner));
    RAPPORT_ASSIGN_OR_RETURN(Secret<std::string> plain,
                             OpenFromText(*key, payload, ProfileDraftAd(owner)));
    RAPPORT_ASSIGN_OR_RETURN(draft, ProfileAnswersFromJson(plain.reveal()));
    return Status::Ok();
  }));
  return draft;
}

Status SqlStore::DeleteProfileDraft(UserId owner) {
  const std::int64_t uid = owner.value();
  return db_->Write("delete profile draft", [&](soci::session& sql) -> Status {
    sql << "DELETE FROM profile_drafts WHERE owner_id = :o", soci::use(uid);
    return Status::Ok();
  });
}

}  // namespace rapport::store::internal
