#include <soci/soci.h>

#include "crypto/envelope.h"
#include "store/payload_json.h"
#include "store/sql_store.h"

namespace rapport::store::internal {
namespace {

// Bind targets must be named variables: SOCI binds by reference and may run the statement
// after a temporary argument is gone.
Result<UserRecord> ReadUser(soci::session& sql, const char* where, const auto& key) {
  UserRecord user;
  std::int64_t id = 0;
  std::string query =
      std::string("SELECT id, email, password_hash, created_at FROM users WHERE ") + where;
  sql << query, soci::use(key), soci::into(id), soci::into(user.email),
      soci::into(user.password_hash), soci::into(user.created_at);
  if (!sql.got_data()) return Status::NotFound();
  user.id = UserId(id);
  return user;
}

}  // namespace

Result<UserId> SqlStore::CreateUser(const std::string& email, const std::string& password_hash,
                                    UnixSeconds now) {
  auto data_key = std::make_shared<const Secret<std::string>>(crypto::NewDataKey());
  std::int64_t id = 0;
  Status s = db_->Write("create user", [&](soci::session& sql) -> Status {
    sql << "INSERT INTO users(email, password_hash, created_at) VALUES(:e, :h, :t)"
           " ON CONFLICT(email) DO NOTHING RETURNING id",
        soci::use(email), soci::use(password_hash), soci::use(now), soci::into(id);
    if (!sql.got_data()) return Status::Conflict("An account with this email already exists.");
    std::string wrapped = SealToText(master_key_, data_key->reveal(), UserKeyAd(UserId(id)));
    sql << "INSERT INTO user_keys(user_id, wrapped_key) VALUES(:u, :k)", soci::use(id),
        soci::use(wrapped);
    // Every person gets a pause/safety row at once, both fields sealed as "none": a row that
    // appeared only on first use would itself tell a database reader a safety check happened.
    const std::string none = OptionalTimeToText(std::nullopt);
    std::string paused = SealToText(*data_key, none, SharingStateAd(UserId(id), "paused"));
    std::string safety = SealToText(*data_key, none, SharingStateAd(UserId(id), "safety"));
    sql << "INSERT INTO sharing_states(user_id, paused, safety) VALUES(:u, :p, :s)", soci::use(id),
        soci::use(paused), soci::use(safety);
    return Status::Ok();
  });
  if (!s.ok()) return s;
  // Only now, after COMMIT: a key cached for a rolled-back id could later meet a new user.
  keys_.Put(UserId(id), data_key);
  return UserId(id);
}

Result<UserRecord> SqlStore::FindUserByEmail(const std::string& email) {
  Result<UserRecord> user = Status::NotFound();
  RAPPORT_RETURN_IF_ERROR(db_->Read("find user", [&](soci::session& sql) -> Status {
    user = ReadUser(sql, "email = :e", email);
    return Status::Ok();
  }));
  return user;
}

Result<UserRecord> SqlStore::GetUser(UserId user) {
  const std::int64_t id = user.value();
  Result<UserRecord> found = Status::NotFound();
  RAPPORT_RETURN_IF_ERROR(db_->Read("get user", [&](soci::session& sql) -> Status {
    found = ReadUser(sql, "id = :u", id);
    return Status::Ok();
  }));
  return found;
}

Status SqlStore::SetPasswordHash(UserId user, const std::string& password_hash) {
  const std::int64_t id = user.value();
  return db_->Write("set password", [&](soci::session& sql) -> Status {
    std::int64_t updated = 0;
    sql << "UPDATE users SET password_hash = :h WHERE id = :u RETURNING id",
        soci::use(password_hash), soci::use(id), soci::into(updated);
    return sql.got_data() ? Status::Ok() : Status::NotFound();
  });
}

Status SqlStore::DeleteUser(UserId user) {
  const std::int64_t id = user.value();
  Status s = db_->Write("delete user", [&](soci::session& sql) -> Status {
    RAPPORT_RETURN_IF_ERROR(LockUsers(sql, user));
    // End the current couple for the partner too, then remove every couple (current or past)
    // the person was part of: the partner keeps no record naming them.
    sql << "DELETE FROM couple_members WHERE couple_id IN"
           " (SELECT couple_id FROM couple_members WHERE user_id = :u)",
        soci::use(id);
    // Grants made in those couples, the partner's included: they name the couple.
    sql << "DELETE FROM sharing_grants WHERE owner_id = :u OR couple_id IN"
           " (SELECT id FROM couples WHERE first_user_id = :u1 OR second_user_id = :u2)",
        soci::use(id), soci::use(id), soci::use(id);
    sql << "DELETE FROM couples WHERE first_user_id = :u1 OR second_user_id = :u2",
        soci::use(id), soci::use(id);
    // Explicit deletes rather than trusting ON DELETE CASCADE alone (it needs
    // PRAGMA foreign_keys on every SQLite connection that ever writes).
    for (const char* statement : {
             "DELETE FROM sessions WHERE user_id = :u",
             "DELETE FROM invites WHERE inviter_id = :u",
             "DELETE FROM checkins WHERE owner_id = :u",
             "DELETE FROM profiles WHERE owner_id = :u",
             "DELETE FROM profile_drafts WHERE owner_id = :u",
             "DELETE FROM practice_events WHERE owner_id = :u",
             "DELETE FROM sharing_states WHERE user_id = :u",
             // Their own log; entries in others' logs naming them as reader stay (the owner's
             // record of who read their data).
             "DELETE FROM access_log WHERE owner_id = :u",
             "DELETE FROM desire_answers WHERE owner_id = :u",
             // Crypto-shredding: without the wrapped key, no copy of their ciphertext (in a
             // backup, a replica, a stolen disk) can be opened again.
             "DELETE FROM user_keys WHERE user_id = :u",
             "DELETE FROM users WHERE id = :u",
         }) {
      sql << statement, soci::use(id);
    }
    return Status::Ok();
  });
  if (s.ok() || s.code() == Code::kNotFound) keys_.Erase(user);
  return s;
}

}  // namespace rapport::store::internal
