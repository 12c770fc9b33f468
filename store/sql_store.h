// SqlStore: the one Store implementation, engine-neutral SQL over a Database. Internal to
// store/; callers see only Store::Open.
//
// How intimate rows are bound (see row_crypto.h for the AD strings):
// - check-ins are keyed by (owner, day), both in the AD;
// - profiles and practice events have generated ids: the row is inserted with an empty
//   payload, the id comes back with RETURNING, and the payload sealed under an AD holding
//   owner, id and the row's time is written in the same transaction. No plaintext is ever
//   stored, and the ciphertext is bound to the row's real primary key.
#pragma once

#include <memory>

#include "store/database.h"
#include "store/row_crypto.h"
#include "store/store.h"

namespace rapport::store::internal {

class SqlStore final : public Store {
 public:
  SqlStore(std::unique_ptr<Database> db, Secret<std::string> master_key);

  Result<int> Migrate() override;
  Status Ping() override;

  Result<UserId> CreateUser(const std::string& email, const std::string& password_hash,
                            UnixSeconds now) override;
  Result<UserRecord> FindUserByEmail(const std::string& email) override;
  Result<UserRecord> GetUser(UserId user) override;
  Status SetPasswordHash(UserId user, const std::string& password_hash) override;
  Status DeleteUser(UserId user) override;

  Result<SessionId> CreateSession(UserId user, const std::string& token_hash, UnixSeconds now,
                                  UnixSeconds expires_at, const std::string& label) override;
  Result<SessionRecord> FindSession(const std::string& token_hash) override;
  Status TouchSession(SessionId session, UnixSeconds now) override;
  Result<std::vector<SessionRecord>> ListSessions(UserId user) override;
  Status DeleteSession(UserId user, SessionId session) override;
  Status DeleteSessionsExcept(UserId user, SessionId keep) override;

  Status CreateInvite(UserId inviter, const std::string& code_hash, UnixSeconds now,
                      UnixSeconds expires_at) override;
  Result<CoupleRecord> AcceptInvite(UserId acceptor, const std::string& code_hash,
                                    UnixSeconds now) override;
  Result<std::optional<CoupleRecord>> FindCouple(UserId user) override;
  Status Unlink(UserId user, UnixSeconds now) override;

  Result<bool> PutCheckin(UserId owner, const core::Checkin& checkin, UnixSeconds now) override;
  Result<core::Checkin> GetCheckin(UserId owner, Date day) override;
  Status DeleteCheckin(UserId owner, Date day) override;
  Result<std::vector<core::Checkin>> ListCheckins(UserId owner, Date from, Date to) override;

  Result<std::int64_t> AddProfile(UserId owner, const core::ProfileAnswers& answers,
                                  UnixSeconds now) override;
  Result<std::vector<ProfileRecord>> ListProfiles(UserId owner) override;
  Status SaveProfileDraft(UserId owner, const core::ProfileAnswers& draft,
                          UnixSeconds now) override;
  Result<std::optional<core::ProfileAnswers>> GetProfileDraft(UserId owner) override;
  Status DeleteProfileDraft(UserId owner) override;

  Result<std::int64_t> AddPracticeEvent(UserId owner, const core::PracticeEvent& event) override;
  Result<std::vector<core::PracticeEvent>> ListPracticeEvents(UserId owner) override;

  // Grants are rows per (couple, owner, category); pause and safety times are sealed per
  // person, each field on its own (sharing_states|<owner>|paused / |safety). Setting a time
  // while one is already set keeps the earlier one, so the cutoff never moves later.
  Result<SharingRecord> GetSharing(UserId owner) override;
  Status SetGrant(UserId owner, core::ShareCategory category, bool granted,
                  UnixSeconds now) override;
  Status SetSharingPaused(UserId owner, std::optional<UnixSeconds> paused_at) override;
  Status SetSafety(UserId owner, std::optional<UnixSeconds> since) override;
  Result<SharingRecord> GetOwnSharingState(UserId owner) override;

  Result<std::vector<core::Checkin>> ListCheckinsAsOf(UserId owner, Date from, Date to,
                                                      UnixSeconds as_of) override;

  // Access entries: reader and time in plain columns, what and day sealed and bound to the
  // generated id like a practice event.
  Status AddAccess(UserId owner, const AccessRecord& record) override;
  Result<std::vector<AccessRecord>> ListAccess(UserId owner, std::size_t limit) override;

  // One sealed set per owner (desire_answers|<owner>); set under the owner's lock.
  Result<std::vector<core::DesireAnswerRecord>> ListDesireAnswers(UserId owner) override;
  Status SetDesireAnswer(UserId owner, const std::string& idea_id,
                         std::optional<core::DesireAnswer> answer, UnixSeconds now) override;

 private:
  // The owner's unwrapped data key: from the cache, or read (committed state) and unwrapped.
  // kNotFound when the user does not exist; kInternal when the wrapped key does not open
  // (wrong master key).
  Result<DataKey> KeyFor(UserId owner);
  // The same, reading through `sql` (a session inside Database::Read).
  Result<DataKey> KeyFor(soci::session& sql, UserId owner);

  // Inside a write: takes PostgreSQL row locks on the given users, lowest id first, so that
  // transactions touching the same people queue up instead of deadlocking; on SQLite (one
  // writer) only checks they exist. kNotFound when one does not exist.
  Status LockUsers(soci::session& sql, UserId a, UserId b = UserId());

  // ListCheckins and ListCheckinsAsOf: as_of limits updated_at when set.
  Result<std::vector<core::Checkin>> ListCheckinsUpTo(UserId owner, Date from, Date to,
                                                      std::optional<UnixSeconds> as_of);
  // The owner's pause and safety times (both nullopt when never set), read through `sql`.
  Status ReadSharingState(soci::session& sql, UserId owner, SharingRecord& out);
  // SetSharingPaused / SetSafety: `field` is "paused" or "safety".
  Status SetStateTime(UserId owner, const char* field, std::optional<UnixSeconds> at);

  std::unique_ptr<Database> db_;
  const Secret<std::string> master_key_;
  KeyCache keys_;
};

}  // namespace rapport::store::internal
