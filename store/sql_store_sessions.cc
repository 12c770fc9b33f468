#include <soci/soci.h>

#include "store/sql_store.h"

namespace rapport::store::internal {
namespace {

constexpr const char* kSessionColumns =
    "SELECT id, user_id, created_at, last_seen_at, expires_at, label FROM sessions ";

struct SessionRow {
  std::int64_t id = 0;
  std::int64_t user = 0;
  SessionRecord record;

  // Prepares `query` (which selects kSessionColumns) with one bound value.
  template <typename T>
  soci::statement Prepare(soci::session& sql, const std::string& query, const T& value) {
    return (sql.prepare << query, soci::use(value), soci::into(id), soci::into(user),
            soci::into(record.created_at), soci::into(record.last_seen_at),
            soci::into(record.expires_at), soci::into(record.label));
  }
  SessionRecord Take() {
    record.id = SessionId(id);
    record.user = UserId(user);
    return record;
  }
};

}  // namespace

Result<SessionId> SqlStore::CreateSession(UserId user, const std::string& token_hash,
                                          UnixSeconds now, UnixSeconds expires_at,
                                          const std::string& label) {
  const std::int64_t uid = user.value();
  std::int64_t id = 0;
  RAPPORT_RETURN_IF_ERROR(db_->Write("create session", [&](soci::session& sql) -> Status {
    RAPPORT_RETURN_IF_ERROR(LockUsers(sql, user));
    sql << "INSERT INTO sessions(user_id, token_hash, created_at, last_seen_at, expires_at, label)"
           " VALUES(:u, :h, :c, :s, :e, :l) RETURNING id",
        soci::use(uid), soci::use(token_hash), soci::use(now), soci::use(now),
        soci::use(expires_at), soci::use(label), soci::into(id);
    return Status::Ok();
  }));
  return SessionId(id);
}

Result<SessionRecord> SqlStore::FindSession(const std::string& token_hash) {
  Result<SessionRecord> found = Status::NotFound();
  RAPPORT_RETURN_IF_ERROR(db_->Read("find session", [&](soci::session& sql) -> Status {
    SessionRow row;
    soci::statement st =
        row.Prepare(sql, std::string(kSessionColumns) + "WHERE token_hash = :h", token_hash);
    st.execute();
    if (st.fetch()) found = row.Take();
    return Status::Ok();
  }));
  return found;
}

Status SqlStore::TouchSession(SessionId session, UnixSeconds now) {
  const std::int64_t id = session.value();
  return db_->Write("touch session", [&](soci::session& sql) -> Status {
    std::int64_t touched = 0;
    // Concurrent requests may touch out of order; last_seen_at never moves backwards.
    sql << "UPDATE sessions SET last_seen_at ="
           " CASE WHEN last_seen_at < :a THEN :b ELSE last_seen_at END"
           " WHERE id = :s RETURNING id",
        soci::use(now), soci::use(now), soci::use(id), soci::into(touched);
    return sql.got_data() ? Status::Ok() : Status::NotFound();
  });
}

Result<std::vector<SessionRecord>> SqlStore::ListSessions(UserId user) {
  const std::int64_t uid = user.value();
  std::vector<SessionRecord> sessions;
  RAPPORT_RETURN_IF_ERROR(db_->Read("list sessions", [&](soci::session& sql) -> Status {
    SessionRow row;
    soci::statement st = row.Prepare(
        sql, std::string(kSessionColumns) + "WHERE user_id = :u ORDER BY created_at DESC, id DESC",
        uid);
    st.execute();
    while (st.fetch()) sessions.push_back(row.Take());
    return Status::Ok();
  }));
  return sessions;
}

Status SqlStore::DeleteSession(UserId user, SessionId session) {
  const std::int64_t uid = user.value(), id = session.value();
  return db_->Write("delete session", [&](soci::session& sql) -> Status {
    std::int64_t deleted = 0;
    sql << "DELETE FROM sessions WHERE id = :s AND user_id = :u RETURNING id", soci::use(id),
        soci::use(uid), soci::into(deleted);
    return sql.got_data() ? Status::Ok() : Status::NotFound();
  });
}

Status SqlStore::DeleteSessionsExcept(UserId user, SessionId keep) {
  const std::int64_t uid = user.value(), kept = keep.value();
  return db_->Write("delete sessions", [&](soci::session& sql) -> Status {
    sql << "DELETE FROM sessions WHERE user_id = :u AND id <> :k", soci::use(uid),
        soci::use(kept);
    return Status::Ok();
  });
}

}  // namespace rapport::store::internal
