// Encryption at rest: nothing intimate in the clear, ciphertext bound to owner and row, and
// DeleteUser shreds the key.
#include <soci/soci.h>

#include <fstream>
#include <iterator>
#include <sstream>

#include "store/conformance_test.h"

namespace rapport::store::testing {
namespace {

const Date kDay = Date::FromYmd(2024, 6, 1);

std::string Payload(soci::session& sql, const std::string& query, std::int64_t a,
                    std::int64_t b = 0) {
  std::string payload;
  if (query.find(":b") != std::string::npos) {
    sql << query, soci::use(a), soci::use(b), soci::into(payload);
  } else {
    sql << query, soci::use(a), soci::into(payload);
  }
  EXPECT_TRUE(sql.got_data()) << query;
  return payload;
}

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

TEST_P(StoreConformance, NothingIntimateIsStoredInTheClear) {
  UserId a = NewUser();
  const std::string marker = "PLAINTEXTMARKER";
  ASSERT_OK(store_->PutCheckin(a, SampleCheckin(kDay, marker + " note"), 100));
  core::ProfileAnswers answers = SampleAnswers(1);
  answers.have[marker + "_item"] = 4;
  ASSERT_OK(store_->AddProfile(a, answers, 100));
  ASSERT_OK(store_->SaveProfileDraft(a, answers, 100));
  ASSERT_OK(store_->AddPracticeEvent(a, {0, marker + "_practice", core::PracticeState::kDone, 5, 3}));

  auto sql = db_->Connect();
  const std::int64_t uid = a.value();
  for (const char* query : {
           "SELECT payload FROM checkins WHERE owner_id = :a",
           "SELECT payload FROM profiles WHERE owner_id = :a",
           "SELECT payload FROM profile_drafts WHERE owner_id = :a",
           "SELECT payload FROM practice_events WHERE owner_id = :a",
       }) {
    std::string payload = Payload(*sql, query, uid);
    EXPECT_GT(payload.size(), 40u) << query;
    EXPECT_EQ(payload.find(marker), std::string::npos) << query;
    EXPECT_EQ(payload.find("closeness"), std::string::npos) << query;
  }
  std::string wrapped = Payload(*sql, "SELECT wrapped_key FROM user_keys WHERE user_id = :a", uid);
  EXPECT_EQ(wrapped.size(), 96u);  // base64 of nonce(24) + key(32) + tag(16)

  if (GetParam() == Engine::kSqlite) {
    // The whole file and its write-ahead log, not only the columns we know about.
    std::string path = db_->url().substr(std::string("sqlite:").size());
    std::string bytes = ReadFile(path) + ReadFile(path + "-wal");
    EXPECT_GT(bytes.size(), 0u);
    EXPECT_EQ(bytes.find(marker), std::string::npos);
  }
}

TEST_P(StoreConformance, CheckinCiphertextMovedToAnotherRowDoesNotOpen) {
  UserId a = NewUser("a"), b = NewUser("b");
  ASSERT_OK(store_->PutCheckin(a, SampleCheckin(kDay, "a day 1"), 100));
  ASSERT_OK(store_->PutCheckin(a, SampleCheckin(kDay + 1, "a day 2"), 100));
  ASSERT_OK(store_->PutCheckin(b, SampleCheckin(kDay, "b day 1"), 100));
  auto sql = db_->Connect();
  const std::int64_t ua = a.value(), ub = b.value();
  const int d1 = kDay.days(), d2 = (kDay + 1).days(), d3 = (kDay + 2).days();
  std::string stolen = Payload(
      *sql, "SELECT payload FROM checkins WHERE owner_id = :a AND checkin_day = :b", ua, d1);

  // Same owner, another day.
  *sql << "UPDATE checkins SET payload = :p WHERE owner_id = :o AND checkin_day = :d",
      soci::use(stolen), soci::use(ua), soci::use(d2);
  EXPECT_CODE(store_->GetCheckin(a, kDay + 1), Code::kInternal);
  // Another owner, the same day.
  *sql << "UPDATE checkins SET payload = :p WHERE owner_id = :o AND checkin_day = :d",
      soci::use(stolen), soci::use(ub), soci::use(d1);
  EXPECT_CODE(store_->GetCheckin(b, kDay), Code::kInternal);
  EXPECT_CODE(store_->ListCheckins(b, kDay, kDay), Code::kInternal);
  // A new row made for another owner.
  *sql << "INSERT INTO checkins(owner_id, checkin_day, revision, created_at, updated_at, payload)"
          " VALUES(:o, :d, 1, 0, 0, :p)",
      soci::use(ub), soci::use(d3), soci::use(stolen);
  EXPECT_CODE(store_->GetCheckin(b, kDay + 2), Code::kInternal);
  // The original still opens, and the message says nothing about the contents.
  EXPECT_EQ(store_->GetCheckin(a, kDay)->note, "a day 1");
  auto failed = store_->GetCheckin(b, kDay);
  EXPECT_EQ(failed.status().message().find("a day"), std::string::npos);
}

TEST_P(StoreConformance, ProfileAndPracticeCiphertextIsBoundToItsRow) {
  UserId a = NewUser("a"), b = NewUser("b");
  auto pa1 = store_->AddProfile(a, SampleAnswers(1), 100);
  auto pa2 = store_->AddProfile(a, SampleAnswers(2), 200);
  auto pb = store_->AddProfile(b, SampleAnswers(3), 300);
  auto ea1 = store_->AddPracticeEvent(a, {0, "p1", core::PracticeState::kStarted, 100, {}});
  auto ea2 = store_->AddPracticeEvent(a, {0, "p2", core::PracticeState::kStarted, 200, {}});
  auto eb = store_->AddPracticeEvent(b, {0, "p3", core::PracticeState::kStarted, 300, {}});
  for (const auto* r : {&pa1, &pa2, &pb, &ea1, &ea2, &eb}) ASSERT_OK(*r);
  ASSERT_OK(store_->SaveProfileDraft(a, SampleAnswers(1), 100));
  ASSERT_OK(store_->SaveProfileDraft(b, SampleAnswers(2), 100));
  auto sql = db_->Connect();

  // Profiles: a's first take copied over a's second, then over b's.
  std::string profile = Payload(*sql, "SELECT payload FROM profiles WHERE id = :a", *pa1);
  *sql << "UPDATE profiles SET payload = :p WHERE id = :i", soci::use(profile), soci::use(*pa2);
  EXPECT_CODE(store_->ListProfiles(a), Code::kInternal);
  *sql << "UPDATE profiles SET payload = :p WHERE id = :i", soci::use(profile), soci::use(*pb);
  EXPECT_CODE(store_->ListProfiles(b), Code::kInternal);

  // Practice events: the time column is bound too.
  std::string event = Payload(*sql, "SELECT payload FROM practice_events WHERE id = :a", *ea1);
  *sql << "UPDATE practice_events SET payload = :p WHERE id = :i", soci::use(event),
      soci::use(*eb);
  EXPECT_CODE(store_->ListPracticeEvents(b), Code::kInternal);
  const std::int64_t moved_at = 150;
  *sql << "UPDATE practice_events SET occurred_at = :t WHERE id = :i", soci::use(moved_at),
      soci::use(*ea1);
  EXPECT_CODE(store_->ListPracticeEvents(a), Code::kInternal);

  // Drafts.
  const std::int64_t ua = a.value(), ub = b.value();
  std::string draft = Payload(*sql, "SELECT payload FROM profile_drafts WHERE owner_id = :a", ua);
  *sql << "UPDATE profile_drafts SET payload = :p WHERE owner_id = :o", soci::use(draft),
      soci::use(ub);
  EXPECT_CODE(store_->GetProfileDraft(b), Code::kInternal);
  EXPECT_OK(store_->GetProfileDraft(a));
}

TEST_P(StoreConformance, WrappedKeysAreBoundToTheirUserAndTheMasterKey) {
  UserId a = NewUser("a"), b = NewUser("b");
  ASSERT_OK(store_->PutCheckin(a, SampleCheckin(kDay, "a"), 100));
  ASSERT_OK(store_->PutCheckin(b, SampleCheckin(kDay, "b"), 100));

  // Another master key opens nothing (a fresh store: no keys cached).
  auto wrong = OpenStore(crypto::NewDataKey());
  ASSERT_OK(wrong);
  EXPECT_CODE((*wrong)->GetCheckin(a, kDay), Code::kInternal);

  // a's wrapped key given to b does not unwrap for b.
  auto sql = db_->Connect();
  const std::int64_t ua = a.value(), ub = b.value();
  std::string wrapped = Payload(*sql, "SELECT wrapped_key FROM user_keys WHERE user_id = :a", ua);
  *sql << "UPDATE user_keys SET wrapped_key = :k WHERE user_id = :u", soci::use(wrapped),
      soci::use(ub);
  auto fresh = OpenStore(master_key_);
  ASSERT_OK(fresh);
  EXPECT_CODE((*fresh)->GetCheckin(b, kDay), Code::kInternal);
  EXPECT_EQ((*fresh)->GetCheckin(a, kDay)->note, "a");
}

TEST_P(StoreConformance, DeleteUserShredsTheirCiphertext) {
  UserId a = NewUser("a");
  ASSERT_OK(store_->PutCheckin(a, SampleCheckin(kDay, "gone"), 100));
  auto profile = store_->AddProfile(a, SampleAnswers(1), 100);
  auto event = store_->AddPracticeEvent(a, {0, "p", core::PracticeState::kDone, 100, 5});
  ASSERT_OK(profile);
  ASSERT_OK(event);
  ASSERT_OK(store_->SaveProfileDraft(a, SampleAnswers(2), 100));

  // What a backup taken before the deletion would hold.
  auto sql = db_->Connect();
  const std::int64_t ua = a.value();
  std::string checkin_ct = Payload(*sql, "SELECT payload FROM checkins WHERE owner_id = :a", ua);
  std::string profile_ct = Payload(*sql, "SELECT payload FROM profiles WHERE owner_id = :a", ua);
  std::string event_ct =
      Payload(*sql, "SELECT payload FROM practice_events WHERE owner_id = :a", ua);
  std::string draft_ct = Payload(*sql, "SELECT payload FROM profile_drafts WHERE owner_id = :a", ua);

  ASSERT_OK(store_->DeleteUser(a));
  int left = -1;
  *sql << "SELECT COUNT(*) FROM user_keys WHERE user_id = :a", soci::use(ua), soci::into(left);
  EXPECT_EQ(left, 0);

  // Put the old rows back by hand under a new person (same row ids and times).
  UserId c = NewUser("c");
  const std::int64_t uc = c.value();
  const int day = kDay.days();
  const std::int64_t at = 100;
  *sql << "INSERT INTO checkins(owner_id, checkin_day, revision, created_at, updated_at, payload)"
          " VALUES(:o, :d, 1, 0, 0, :p)",
      soci::use(uc), soci::use(day), soci::use(checkin_ct);
  *sql << "INSERT INTO profiles(id, owner_id, taken_at, payload) VALUES(:i, :o, :t, :p)",
      soci::use(*profile), soci::use(uc), soci::use(at), soci::use(profile_ct);
  *sql << "INSERT INTO practice_events(id, owner_id, occurred_at, payload) VALUES(:i, :o, :t, :p)",
      soci::use(*event), soci::use(uc), soci::use(at), soci::use(event_ct);
  *sql << "INSERT INTO profile_drafts(owner_id, updated_at, payload) VALUES(:o, 0, :p)",
      soci::use(uc), soci::use(draft_ct);

  EXPECT_CODE(store_->GetCheckin(c, kDay), Code::kInternal);
  EXPECT_CODE(store_->ListCheckins(c, kDay, kDay), Code::kInternal);
  EXPECT_CODE(store_->ListProfiles(c), Code::kInternal);
  EXPECT_CODE(store_->ListPracticeEvents(c), Code::kInternal);
  EXPECT_CODE(store_->GetProfileDraft(c), Code::kInternal);
}

}  // namespace
}  // namespace rapport::store::testing
