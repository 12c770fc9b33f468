// Desire answers: one sealed set per owner (AD desire_answers|<owner>), so the database shows
// neither which ideas were answered, nor how many, nor when.
//
// SetDesireAnswer is a read-modify-write of that set. It is atomic on both engines because it
// runs as one Database::Write that first takes the owner's lock: on PostgreSQL a
// SELECT ... FOR UPDATE on the user's row (LockUsers), which queues concurrent setters of the
// same person behind the first one's COMMIT, so each reads the set the previous one wrote; on
// SQLite the one writer thread runs the jobs one after the other inside the transaction, and
// each job sees the savepoints committed before it.
#include <soci/soci.h>

#include <algorithm>

#include "store/payload_json.h"
#include "store/sql_store.h"

namespace rapport::store::internal {
namespace {

// The owner's set as stored, or empty. `found` tells whether a row exists.
Result<std::vector<core::DesireAnswerRecord>> ReadAnswers(soci::session& sql, UserId owner,
                                                          const DataKey& key, bool& found) {
  const std::int64_t uid = owner.value();
  std::string payload;
  sql << "SELECT payload FROM desire_answers WHERE owner_id = :o", soci::use(uid),
      soci::into(payload);
  found = sql.got_data();
  if (!found) return std::vector<core::DesireAnswerRecord>();
  RAPPORT_ASSIGN_OR_RETURN(Secret<std::string> plain,
                           OpenFromText(*key, payload, DesireAnswersAd(owner)));
  return DesireAnswersFromJson(plain.reveal());
}

}  // namespace

Result<std::vector<core::DesireAnswerRecord>> SqlStore::ListDesireAnswers(UserId owner) {
  std::vector<core::DesireAnswerRecord> answers;
  RAPPORT_RETURN_IF_ERROR(db_->Read("list desire answers", [&](soci::session& sql) -> Status {
    RAPPORT_ASSIGN_OR_RETURN(DataKey key, KeyFor(sql, owner));
    bool found = false;
    RAPPORT_ASSIGN_OR_RETURN(answers, ReadAnswers(sql, owner, key, found));
    return Status::Ok();
  }));
  return answers;
}

Status SqlStore::SetDesireAnswer(UserId owner, const std::string& idea_id,
                                 std::optional<core::DesireAnswer> answer, UnixSeconds now) {
  RAPPORT_ASSIGN_OR_RETURN(DataKey key, KeyFor(owner));
  const std::int64_t uid = owner.value();
  return db_->Write("set desire answer", [&](soci::session& sql) -> Status {
    RAPPORT_RETURN_IF_ERROR(LockUsers(sql, owner));
    bool found = false;
    RAPPORT_ASSIGN_OR_RETURN(std::vector<core::DesireAnswerRecord> answers,
                             ReadAnswers(sql, owner, key, found));
    auto it = std::find_if(answers.begin(), answers.end(),
                           [&](const core::DesireAnswerRecord& r) { return r.idea_id == idea_id; });
    if (!answer) {
      if (it == answers.end()) return Status::Ok();  // nothing to remove: change nothing
      answers.erase(it);
    } else if (it != answers.end()) {
      it->answer = *answer;
      it->answered_at = now;
    } else {
      answers.push_back(core::DesireAnswerRecord{idea_id, *answer, now});
    }
    // Sealed here, inside the write: the plaintext depends on what this transaction read.
    Secret<std::string> plain(DesireAnswersToJson(answers));
    const std::string payload = SealToText(*key, plain.reveal(), DesireAnswersAd(owner));
    // The row stays when the last answer is removed: an empty set looks like any other.
    sql << "INSERT INTO desire_answers(owner_id, payload) VALUES(:o, :p)"
           " ON CONFLICT(owner_id) DO UPDATE SET payload = excluded.payload",
        soci::use(uid), soci::use(payload);
    return Status::Ok();
  });
}

}  // namespace rapport::store::internal
