// Store: everything Rapport keeps, behind one interface with one SOCI implementation that runs
// on SQLite (default) and PostgreSQL.
//
// Contracts that hold for every method:
// - Thread-safe; calls block the calling thread (callers keep them off network threads).
// - Every read and write of personal data is scoped to the acting user: there is no way to
//   fetch a check-in, profile or practice event without naming its owner. A row that exists but
//   belongs to someone else answers exactly like a missing one (Code::kNotFound).
// - A method that returns ok has committed durably (SQLite: WAL + synchronous=FULL; concurrent
//   writes may share one transaction, but each caller is answered only after that commit).
//   A method that returns an error has changed nothing.
// - Intimate data (check-in contents and notes, profile answers, practice ratings) is stored
//   only as XChaCha20-Poly1305 ciphertext under the owner's data key, with associated data that
//   binds owner, table and row; the owner's key is wrapped by the master key. DeleteUser
//   destroys the wrapped key, so no remaining ciphertext of theirs can be opened.
// - Time is always passed in (`now`); the store never reads the clock for domain decisions.
#pragma once

#include <memory>
#include <set>
#include <optional>
#include <string>
#include <vector>

#include "base/date.h"
#include "base/ids.h"
#include "base/secret.h"
#include "base/status.h"
#include "core/checkin.h"
#include "core/desires.h"
#include "core/sharing.h"
#include "core/practice_log.h"
#include "core/profile_answers.h"

namespace rapport::store {

struct StoreOptions {
  // "sqlite:/path/to/rapport.db" or "postgresql://user@host:port/dbname" (libpq URI).
  std::string url;
  // 32 random bytes that wrap every per-user data key. Kept outside the database.
  Secret<std::string> master_key;
  // Apply pending migrations while opening. `rapport migrate` opens with this set too.
  bool migrate = true;
  // Connections kept open (readers on SQLite; all work on PostgreSQL).
  int pool_size = 4;
};

struct UserRecord {
  UserId id;
  std::string email;          // normalised (trimmed, lower-case) by the caller
  std::string password_hash;  // crypto_pwhash_str output
  UnixSeconds created_at = 0;
};

struct SessionRecord {
  SessionId id;
  UserId user;
  UnixSeconds created_at = 0;
  UnixSeconds last_seen_at = 0;
  UnixSeconds expires_at = 0;  // absolute expiry; idle expiry is judged from last_seen_at
  std::string label;           // a short description of the device ("Chromium on Linux")
};

struct CoupleRecord {
  CoupleId id;
  UserId first;   // the person who made the invite
  UserId second;  // the person who accepted it
  UnixSeconds since = 0;
  UserId PartnerOf(UserId me) const { return me == first ? second : first; }
};

// What a person shares with their current partner, and whether that flow is held back.
// Grants belong to the couple: after an unlink, and in any new couple, nothing is shared
// until granted again (private by default).
struct SharingRecord {
  std::set<core::ShareCategory> granted;
  std::optional<UnixSeconds> paused_at;      // "sharing paused" since
  std::optional<UnixSeconds> safety_since;   // the private safety check was positive since
  // While paused or after a positive safety check, the partner sees this person's data as it
  // was at the earlier of those moments, and nothing after: exactly "nothing new".
  std::optional<UnixSeconds> Cutoff() const;
};

// One time a partner (later: a practitioner) read something of the owner's.
struct AccessRecord {
  UnixSeconds at = 0;
  UserId reader;              // may no longer exist
  std::string what;           // a category id: "profile", "closeness", "moments", "insights", "note"
  std::optional<Date> day;    // for a note or a day's check-in
};

struct ProfileRecord {
  std::int64_t id = 0;
  UnixSeconds taken_at = 0;
  core::ProfileAnswers answers;
};

class Store {
 public:
  // Opens (and by default migrates) the database named by options.url.
  // Errors: kInvalid for an unknown URL scheme, kUnavailable when the database cannot be reached.
  static Result<std::unique_ptr<Store>> Open(const StoreOptions& options);
  virtual ~Store() = default;

  // Applies pending migrations; returns the schema version now in force.
  virtual Result<int> Migrate() = 0;
  // Cheap liveness check for /healthz.
  virtual Status Ping() = 0;

  // --- users ------------------------------------------------------------------------------
  // kConflict when the email is taken. Creates the user's data key in the same transaction.
  virtual Result<UserId> CreateUser(const std::string& email, const std::string& password_hash,
                                    UnixSeconds now) = 0;
  virtual Result<UserRecord> FindUserByEmail(const std::string& email) = 0;
  virtual Result<UserRecord> GetUser(UserId user) = 0;
  virtual Status SetPasswordHash(UserId user, const std::string& password_hash) = 0;
  // Removes every row of the user (sessions, invites, couple link, check-ins, profiles,
  // practice events, grants given and received, pause and safety state, their access log,
  // their desire answers) and destroys their wrapped data key, in one transaction. Entries
  // in other people's access logs that name them as the reader stay: those logs are not theirs.
  virtual Status DeleteUser(UserId user) = 0;

  // --- sessions ---------------------------------------------------------------------------
  // Only the hash of a session token is ever stored.
  virtual Result<SessionId> CreateSession(UserId user, const std::string& token_hash,
                                          UnixSeconds now, UnixSeconds expires_at,
                                          const std::string& label) = 0;
  virtual Result<SessionRecord> FindSession(const std::string& token_hash) = 0;
  virtual Status TouchSession(SessionId session, UnixSeconds now) = 0;
  virtual Result<std::vector<SessionRecord>> ListSessions(UserId user) = 0;  // newest first
  virtual Status DeleteSession(UserId user, SessionId session) = 0;  // kNotFound if not theirs
  virtual Status DeleteSessionsExcept(UserId user, SessionId keep) = 0;

  // --- pairing ----------------------------------------------------------------------------
  // Stores a one-time invite (only its hash), replacing any open invite of the same person.
  // kConflict when the person is already in a couple.
  virtual Status CreateInvite(UserId inviter, const std::string& code_hash, UnixSeconds now,
                              UnixSeconds expires_at) = 0;
  // Atomically consumes the invite and links the two people.
  // kNotFound: no such invite, expired, already used, or the acceptor's own.
  // kConflict: either person is already in a couple.
  virtual Result<CoupleRecord> AcceptInvite(UserId acceptor, const std::string& code_hash,
                                            UnixSeconds now) = 0;
  // The person's current couple, or nullopt.
  virtual Result<std::optional<CoupleRecord>> FindCouple(UserId user) = 0;
  // Ends the person's current couple at once, for both partners. kNotFound when not linked.
  virtual Status Unlink(UserId user, UnixSeconds now) = 0;

  // --- check-ins --------------------------------------------------------------------------
  // Inserts or replaces the owner's check-in for checkin.day. Returns true when it was new.
  // The caller has validated it (core::ValidateCheckin).
  virtual Result<bool> PutCheckin(UserId owner, const core::Checkin& checkin,
                                  UnixSeconds now) = 0;
  virtual Result<core::Checkin> GetCheckin(UserId owner, Date day) = 0;
  virtual Status DeleteCheckin(UserId owner, Date day) = 0;  // kNotFound if none
  // The owner's check-ins with from <= day <= to, oldest first.
  virtual Result<std::vector<core::Checkin>> ListCheckins(UserId owner, Date from,
                                                          Date to) = 0;

  // --- intimacy profile -------------------------------------------------------------------
  // Adds a completed take to the owner's history (never overwrites an earlier take).
  virtual Result<std::int64_t> AddProfile(UserId owner, const core::ProfileAnswers& answers,
                                          UnixSeconds now) = 0;
  virtual Result<std::vector<ProfileRecord>> ListProfiles(UserId owner) = 0;  // oldest first
  // An unfinished take, kept so a person can pause and resume. One per person.
  virtual Status SaveProfileDraft(UserId owner, const core::ProfileAnswers& draft,
                                  UnixSeconds now) = 0;
  virtual Result<std::optional<core::ProfileAnswers>> GetProfileDraft(UserId owner) = 0;
  virtual Status DeleteProfileDraft(UserId owner) = 0;  // ok when there was none

  // --- practices --------------------------------------------------------------------------
  virtual Result<std::int64_t> AddPracticeEvent(UserId owner,
                                                const core::PracticeEvent& event) = 0;
  virtual Result<std::vector<core::PracticeEvent>> ListPracticeEvents(UserId owner) = 0;

  // --- sharing and consent -----------------------------------------------------------------
  // The owner's grants to their current partner. kNotFound when not linked.
  virtual Result<SharingRecord> GetSharing(UserId owner) = 0;
  // Grants or revokes one category at once for the current couple. kNotFound when not linked.
  virtual Status SetGrant(UserId owner, core::ShareCategory category, bool granted,
                          UnixSeconds now) = 0;
  // Pauses (a time) or resumes (nullopt) all sharing, keeping the grants. Works unlinked too.
  // Pausing while paused keeps the earlier time: the cutoff never moves later, or what was
  // written in between would be released.
  virtual Status SetSharingPaused(UserId owner, std::optional<UnixSeconds> paused_at) = 0;
  // Records (a time) or clears (nullopt) a positive private safety check. Only the owner can
  // ever read it; nothing about it is stored but the time. Like a pause, a second positive
  // check keeps the earlier time.
  virtual Status SetSafety(UserId owner, std::optional<UnixSeconds> since) = 0;
  // Pause and safety state without a couple (GetSharing needs one).
  virtual Result<SharingRecord> GetOwnSharingState(UserId owner) = 0;

  // The owner's check-ins with from <= day <= to whose last change was at or before `as_of`
  // (what a partner may see while sharing is paused), oldest first.
  virtual Result<std::vector<core::Checkin>> ListCheckinsAsOf(UserId owner, Date from, Date to,
                                                              UnixSeconds as_of) = 0;

  // Appends to the owner's access log. Nobody can edit or remove an entry (only deleting the
  // owner's account removes their log).
  virtual Status AddAccess(UserId owner, const AccessRecord& record) = 0;
  virtual Result<std::vector<AccessRecord>> ListAccess(UserId owner, std::size_t limit) = 0;  // newest first

  // --- desires and boundaries --------------------------------------------------------------
  // The owner's answers, each with when it was given. Stored encrypted as one set per owner.
  virtual Result<std::vector<core::DesireAnswerRecord>> ListDesireAnswers(UserId owner) = 0;
  // Sets (or with nullopt removes) one answer atomically with respect to concurrent calls.
  virtual Status SetDesireAnswer(UserId owner, const std::string& idea_id,
                                 std::optional<core::DesireAnswer> answer, UnixSeconds now) = 0;
};

}  // namespace rapport::store
