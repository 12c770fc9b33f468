// Pairing. Correctness under concurrency rests on constraints, not on checks:
// - an invite is consumed by a DELETE that must find it (two acceptors: one DELETE wins, the
//   other finds nothing once the winner commits);
// - couple_members has one row per person (primary key): a second couple for anyone fails
//   to insert, and the whole transaction, invite included, rolls back.
// The checks before them only choose the right error for the common case.
#include <soci/soci.h>

#include "store/sql_store.h"

namespace rapport::store::internal {
namespace {

Status AlreadyPaired() { return Status::Conflict("Already paired with someone."); }

// The current couple id of `user`, or 0.
std::int64_t CurrentCouple(soci::session& sql, std::int64_t user) {
  std::int64_t couple = 0;
  sql << "SELECT couple_id FROM couple_members WHERE user_id = :u", soci::use(user),
      soci::into(couple);
  return sql.got_data() ? couple : 0;
}

// Inserts the membership row; false when the person already has one.
bool AddMember(soci::session& sql, std::int64_t user, std::int64_t couple) {
  std::int64_t added = 0;
  sql << "INSERT INTO couple_members(user_id, couple_id) VALUES(:u, :c)"
         " ON CONFLICT(user_id) DO NOTHING RETURNING user_id",
      soci::use(user), soci::use(couple), soci::into(added);
  return sql.got_data();
}

}  // namespace

Status SqlStore::CreateInvite(UserId inviter, const std::string& code_hash, UnixSeconds now,
                              UnixSeconds expires_at) {
  const std::int64_t uid = inviter.value();
  return db_->Write("create invite", [&](soci::session& sql) -> Status {
    RAPPORT_RETURN_IF_ERROR(LockUsers(sql, inviter));
    if (CurrentCouple(sql, uid) != 0) return AlreadyPaired();
    sql << "INSERT INTO invites(inviter_id, code_hash, created_at, expires_at)"
           " VALUES(:u, :h, :c, :e) ON CONFLICT(inviter_id) DO UPDATE SET"
           " code_hash = excluded.code_hash, created_at = excluded.created_at,"
           " expires_at = excluded.expires_at",
        soci::use(uid), soci::use(code_hash), soci::use(now), soci::use(expires_at);
    return Status::Ok();
  });
}

Result<CoupleRecord> SqlStore::AcceptInvite(UserId acceptor, const std::string& code_hash,
                                            UnixSeconds now) {
  const std::int64_t acceptor_id = acceptor.value();
  CoupleRecord couple;
  RAPPORT_RETURN_IF_ERROR(db_->Write("accept invite", [&](soci::session& sql) -> Status {
    std::int64_t inviter_id = 0;
    UnixSeconds expires_at = 0;
    sql << "SELECT inviter_id, expires_at FROM invites WHERE code_hash = :h",
        soci::use(code_hash), soci::into(inviter_id), soci::into(expires_at);
    if (!sql.got_data() || inviter_id == acceptor_id || expires_at <= now) {
      return Status::NotFound("This invite code is not valid (it may have expired or been used).");
    }
    RAPPORT_RETURN_IF_ERROR(LockUsers(sql, acceptor, UserId(inviter_id)));
    // Consume it; the conditions are re-checked under the row lock.
    std::int64_t consumed = 0;
    sql << "DELETE FROM invites WHERE code_hash = :h AND inviter_id = :i AND expires_at > :n"
           " RETURNING inviter_id",
        soci::use(code_hash), soci::use(inviter_id), soci::use(now), soci::into(consumed);
    if (!sql.got_data()) {
      return Status::NotFound("This invite code is not valid (it may have expired or been used).");
    }
    std::int64_t couple_id = 0;
    sql << "INSERT INTO couples(first_user_id, second_user_id, since) VALUES(:f, :s, :n)"
           " RETURNING id",
        soci::use(inviter_id), soci::use(acceptor_id), soci::use(now), soci::into(couple_id);
    if (!AddMember(sql, inviter_id, couple_id) || !AddMember(sql, acceptor_id, couple_id)) {
      return AlreadyPaired();  // Write rolls everything back, the invite included
    }
    // The acceptor's own open invite, if any, has no purpose any more.
    sql << "DELETE FROM invites WHERE inviter_id = :a", soci::use(acceptor_id);
    couple = CoupleRecord{CoupleId(couple_id), UserId(inviter_id), acceptor, now};
    return Status::Ok();
  }));
  return couple;
}

Result<std::optional<CoupleRecord>> SqlStore::FindCouple(UserId user) {
  const std::int64_t uid = user.value();
  std::optional<CoupleRecord> found;
  RAPPORT_RETURN_IF_ERROR(db_->Read("find couple", [&](soci::session& sql) -> Status {
    std::int64_t id = 0, first = 0, second = 0;
    UnixSeconds since = 0;
    sql << "SELECT c.id, c.first_user_id, c.second_user_id, c.since"
           " FROM couple_members m JOIN couples c ON c.id = m.couple_id WHERE m.user_id = :u",
        soci::use(uid), soci::into(id), soci::into(first), soci::into(second), soci::into(since);
    if (sql.got_data()) found = CoupleRecord{CoupleId(id), UserId(first), UserId(second), since};
    return Status::Ok();
  }));
  return found;
}

Status SqlStore::Unlink(UserId user, UnixSeconds now) {
  const std::int64_t uid = user.value();
  return db_->Write("unlink", [&](soci::session& sql) -> Status {
    RAPPORT_RETURN_IF_ERROR(LockUsers(sql, user));
    std::int64_t couple = CurrentCouple(sql, uid);
    if (couple == 0) return Status::NotFound("Not paired with anyone.");
    sql << "UPDATE couples SET ended_at = :n WHERE id = :c", soci::use(now), soci::use(couple);
    sql << "DELETE FROM couple_members WHERE couple_id = :c", soci::use(couple);
    // Grants apply only inside their couple, so they have already stopped applying; they
    // have no purpose left either.
    sql << "DELETE FROM sharing_grants WHERE couple_id = :c", soci::use(couple);
    return Status::Ok();
  });
}

}  // namespace rapport::store::internal
