// Sharing and consent (grants, pause, safety, check-ins as of a time, the access log) and
// desire answers, on both engines.
#include <soci/soci.h>

#include <thread>

#include "store/conformance_test.h"

namespace rapport::store::testing {
namespace {

using core::DesireAnswer;
using core::DesireAnswerRecord;
using core::ShareCategory;

const Date kDay = Date::FromYmd(2024, 6, 1);

// Links a and b with a fresh invite; fails the test if it cannot.
void Link(Store& store, UserId a, UserId b, UnixSeconds now = 100) {
  static std::atomic<int> codes{0};
  const std::string code = "sharing-code-" + std::to_string(++codes);
  ASSERT_OK(store.CreateInvite(a, code, now, now + 1000));
  ASSERT_OK(store.AcceptInvite(b, code, now));
}

std::set<ShareCategory> Granted(Store& store, UserId owner) {
  auto sharing = store.GetSharing(owner);
  EXPECT_OK(sharing);
  // On error, a set no test expects.
  return sharing.ok() ? sharing->granted : std::set<ShareCategory>{ShareCategory::kInsights};
}

std::int64_t Count(const TestDatabase& db, const std::string& query, std::int64_t id) {
  auto sql = db.Connect();
  std::int64_t n = -1;
  *sql << query, soci::use(id), soci::into(n);
  return n;
}

std::vector<Date> Days(const std::vector<core::Checkin>& checkins) {
  std::vector<Date> days;
  for (const auto& c : checkins) days.push_back(c.day);
  return days;
}

// --- grants ------------------------------------------------------------------------------

TEST_P(StoreConformance, NothingIsSharedByDefaultAndGrantsNeedACouple) {
  UserId a = NewUser("a"), b = NewUser("b");
  EXPECT_CODE(store_->GetSharing(a), Code::kNotFound);
  EXPECT_CODE(store_->SetGrant(a, ShareCategory::kProfile, true, 50), Code::kNotFound);
  auto own = store_->GetOwnSharingState(a);
  ASSERT_OK(own);
  EXPECT_TRUE(own->granted.empty());
  EXPECT_FALSE(own->paused_at);
  EXPECT_FALSE(own->safety_since);
  EXPECT_FALSE(own->Cutoff());

  Link(*store_, a, b);
  for (UserId who : {a, b}) {
    auto sharing = store_->GetSharing(who);
    ASSERT_OK(sharing);
    EXPECT_TRUE(sharing->granted.empty());
    EXPECT_FALSE(sharing->Cutoff());
  }
}

TEST_P(StoreConformance, GrantAndRevokeTakeEffectAtOnceForTheOwnerOnly) {
  UserId a = NewUser("a"), b = NewUser("b");
  Link(*store_, a, b);
  ASSERT_OK(store_->SetGrant(a, ShareCategory::kProfile, true, 200));
  ASSERT_OK(store_->SetGrant(a, ShareCategory::kMoments, true, 201));
  EXPECT_EQ(Granted(*store_, a), (std::set{ShareCategory::kProfile, ShareCategory::kMoments}));
  EXPECT_TRUE(Granted(*store_, b).empty());
  ASSERT_OK(store_->SetGrant(a, ShareCategory::kProfile, true, 202));  // again: no change
  EXPECT_EQ(Granted(*store_, a), (std::set{ShareCategory::kProfile, ShareCategory::kMoments}));

  ASSERT_OK(store_->SetGrant(a, ShareCategory::kMoments, false, 300));
  EXPECT_EQ(Granted(*store_, a), (std::set{ShareCategory::kProfile}));
  ASSERT_OK(store_->SetGrant(a, ShareCategory::kInsights, false, 301));  // never granted
  EXPECT_EQ(Granted(*store_, a), (std::set{ShareCategory::kProfile}));
  auto own = store_->GetOwnSharingState(a);
  ASSERT_OK(own);
  EXPECT_EQ(own->granted, (std::set{ShareCategory::kProfile}));

  for (ShareCategory c : core::kAllShareCategories) ASSERT_OK(store_->SetGrant(b, c, true, 400));
  EXPECT_EQ(Granted(*store_, b).size(), core::kAllShareCategories.size());
  EXPECT_EQ(Granted(*store_, a), (std::set{ShareCategory::kProfile}));
}

TEST_P(StoreConformance, GrantsEndWithTheCoupleAndNeverCarryToANewOne) {
  UserId a = NewUser("a"), b = NewUser("b"), c = NewUser("c");
  Link(*store_, a, b);
  ASSERT_OK(store_->SetGrant(a, ShareCategory::kProfile, true, 200));
  ASSERT_OK(store_->SetGrant(b, ShareCategory::kCloseness, true, 200));
  ASSERT_OK(store_->Unlink(b, 300));  // by the partner: ends a's grants too
  EXPECT_CODE(store_->GetSharing(a), Code::kNotFound);
  EXPECT_CODE(store_->GetSharing(b), Code::kNotFound);
  auto own = store_->GetOwnSharingState(a);
  ASSERT_OK(own);
  EXPECT_TRUE(own->granted.empty());

  Link(*store_, a, b, 400);  // the same two people again: a new couple, private again
  EXPECT_TRUE(Granted(*store_, a).empty());
  EXPECT_TRUE(Granted(*store_, b).empty());
  ASSERT_OK(store_->SetGrant(a, ShareCategory::kInsights, true, 500));
  ASSERT_OK(store_->Unlink(a, 600));
  Link(*store_, c, a, 700);
  EXPECT_TRUE(Granted(*store_, a).empty());
  EXPECT_TRUE(Granted(*store_, c).empty());
}

// --- pause and safety --------------------------------------------------------------------

TEST_P(StoreConformance, CutoffIsTheEarlierOfPauseAndSafety) {
  SharingRecord r;
  EXPECT_FALSE(r.Cutoff());
  r.paused_at = 500;
  EXPECT_EQ(r.Cutoff(), 500);
  r.safety_since = 700;
  EXPECT_EQ(r.Cutoff(), 500);
  r.safety_since = 300;
  EXPECT_EQ(r.Cutoff(), 300);
  r.paused_at.reset();
  EXPECT_EQ(r.Cutoff(), 300);
}

TEST_P(StoreConformance, PauseAndSafetyRoundTripWithoutACoupleAndKeepTheEarlierTime) {
  UserId a = NewUser("a"), b = NewUser("b");
  ASSERT_OK(store_->SetSharingPaused(a, 1000));
  auto own = store_->GetOwnSharingState(a);
  ASSERT_OK(own);
  EXPECT_EQ(own->paused_at, 1000);
  EXPECT_FALSE(own->safety_since);
  EXPECT_EQ(own->Cutoff(), 1000);

  ASSERT_OK(store_->SetSafety(a, 1500));
  ASSERT_OK(store_->SetSharingPaused(a, 2000));  // already paused: the cutoff stays
  ASSERT_OK(store_->SetSafety(a, 2500));         // already positive: the cutoff stays
  own = store_->GetOwnSharingState(a);
  ASSERT_OK(own);
  EXPECT_EQ(own->paused_at, 1000);
  EXPECT_EQ(own->safety_since, 1500);

  Link(*store_, a, b);
  ASSERT_OK(store_->SetGrant(a, ShareCategory::kProfile, true, 2600));
  auto sharing = store_->GetSharing(a);
  ASSERT_OK(sharing);
  EXPECT_EQ(sharing->paused_at, 1000);
  EXPECT_EQ(sharing->safety_since, 1500);
  EXPECT_EQ(sharing->granted, (std::set{ShareCategory::kProfile}));  // kept while paused
  auto partner = store_->GetSharing(b);
  ASSERT_OK(partner);
  EXPECT_FALSE(partner->Cutoff()) << "one person's pause is theirs alone";

  ASSERT_OK(store_->SetSharingPaused(a, std::nullopt));
  sharing = store_->GetSharing(a);
  ASSERT_OK(sharing);
  EXPECT_FALSE(sharing->paused_at);
  EXPECT_EQ(sharing->Cutoff(), 1500);
  ASSERT_OK(store_->SetSafety(a, std::nullopt));
  ASSERT_OK(store_->SetSharingPaused(a, 3000));  // a new pause starts at its own time
  sharing = store_->GetSharing(a);
  ASSERT_OK(sharing);
  EXPECT_FALSE(sharing->safety_since);
  EXPECT_EQ(sharing->Cutoff(), 3000);
  EXPECT_EQ(sharing->granted, (std::set{ShareCategory::kProfile}));
}

TEST_P(StoreConformance, UnknownPeopleAreNotFound) {
  UserId ghost(987654);
  EXPECT_CODE(store_->SetSharingPaused(ghost, 1), Code::kNotFound);
  EXPECT_CODE(store_->SetSafety(ghost, 1), Code::kNotFound);
  EXPECT_CODE(store_->AddAccess(ghost, AccessRecord{1, NewUser(), "profile", {}}), Code::kNotFound);
  EXPECT_CODE(store_->SetDesireAnswer(ghost, "x", DesireAnswer::kYes, 1), Code::kNotFound);
  EXPECT_CODE(store_->GetSharing(ghost), Code::kNotFound);
}

// --- check-ins as of a time ---------------------------------------------------------------

TEST_P(StoreConformance, ListCheckinsAsOfLeavesOutWhatChangedLater) {
  UserId a = NewUser("a"), b = NewUser("b");
  ASSERT_OK(store_->PutCheckin(a, SampleCheckin(kDay), 100));
  ASSERT_OK(store_->PutCheckin(a, SampleCheckin(kDay + 1), 200));
  ASSERT_OK(store_->PutCheckin(a, SampleCheckin(kDay + 2), 300));
  ASSERT_OK(store_->PutCheckin(b, SampleCheckin(kDay), 50));

  auto at = [&](UnixSeconds as_of, Date from = kDay, Date to = kDay + 2) {
    auto list = store_->ListCheckinsAsOf(a, from, to, as_of);
    EXPECT_OK(list);
    return list.ok() ? Days(*list) : std::vector<Date>{};
  };
  EXPECT_EQ(at(99), std::vector<Date>{});
  EXPECT_EQ(at(100), (std::vector<Date>{kDay}));  // at or before: inclusive
  EXPECT_EQ(at(299), (std::vector<Date>{kDay, kDay + 1}));
  EXPECT_EQ(at(1000), (std::vector<Date>{kDay, kDay + 1, kDay + 2}));
  EXPECT_EQ(at(1000, kDay + 1, kDay + 1), (std::vector<Date>{kDay + 1}));

  core::Checkin edited = SampleCheckin(kDay, "changed later");
  edited.share_note = true;
  ASSERT_OK(store_->PutCheckin(a, edited, 400));
  EXPECT_EQ(at(399), (std::vector<Date>{kDay + 1, kDay + 2}));
  auto all = store_->ListCheckinsAsOf(a, kDay, kDay + 2, 400);
  ASSERT_OK(all);
  ASSERT_EQ(all->size(), 3u);
  EXPECT_EQ(all->front(), edited);
  auto plain = store_->ListCheckins(a, kDay, kDay + 2);  // unchanged by the new method
  ASSERT_OK(plain);
  EXPECT_EQ(*plain, *all);
}

// --- access log ----------------------------------------------------------------------------

TEST_P(StoreConformance, AccessLogIsNewestFirstLimitedAndScopedToItsOwner) {
  UserId a = NewUser("a"), b = NewUser("b"), c = NewUser("c");
  ASSERT_OK(store_->AddAccess(a, AccessRecord{100, b, "profile", std::nullopt}));
  ASSERT_OK(store_->AddAccess(a, AccessRecord{300, b, "note", kDay}));
  ASSERT_OK(store_->AddAccess(a, AccessRecord{200, b, "moments", kDay + 3}));
  ASSERT_OK(store_->AddAccess(a, AccessRecord{300, c, "closeness", std::nullopt}));
  ASSERT_OK(store_->AddAccess(b, AccessRecord{150, a, "insights", std::nullopt}));

  auto all = store_->ListAccess(a, 100);
  ASSERT_OK(all);
  ASSERT_EQ(all->size(), 4u);
  // Newest first; at the same second, the later entry first.
  EXPECT_EQ((*all)[0].what, "closeness");
  EXPECT_EQ((*all)[0].reader, c);
  EXPECT_EQ((*all)[1].what, "note");
  EXPECT_EQ((*all)[1].at, 300);
  EXPECT_EQ((*all)[1].day, kDay);
  EXPECT_EQ((*all)[2].what, "moments");
  EXPECT_EQ((*all)[2].day, kDay + 3);
  EXPECT_EQ((*all)[3].what, "profile");
  EXPECT_EQ((*all)[3].at, 100);
  EXPECT_FALSE((*all)[3].day);

  auto two = store_->ListAccess(a, 2);
  ASSERT_OK(two);
  ASSERT_EQ(two->size(), 2u);
  EXPECT_EQ((*two)[1].what, "note");
  auto none = store_->ListAccess(a, 0);
  ASSERT_OK(none);
  EXPECT_TRUE(none->empty());

  auto theirs = store_->ListAccess(b, 100);
  ASSERT_OK(theirs);
  ASSERT_EQ(theirs->size(), 1u);
  EXPECT_EQ((*theirs)[0].what, "insights");
  EXPECT_EQ((*theirs)[0].reader, a);
  auto empty = store_->ListAccess(c, 100);
  ASSERT_OK(empty);
  EXPECT_TRUE(empty->empty());
}

TEST_P(StoreConformance, AccessEntriesOutliveTheReader) {
  UserId a = NewUser("a"), b = NewUser("b");
  Link(*store_, a, b);
  ASSERT_OK(store_->AddAccess(a, AccessRecord{100, b, "profile", std::nullopt}));
  ASSERT_OK(store_->DeleteUser(b));
  auto log = store_->ListAccess(a, 10);
  ASSERT_OK(log);
  ASSERT_EQ(log->size(), 1u);
  EXPECT_EQ((*log)[0].reader, b);
}

// --- desire answers -------------------------------------------------------------------------

TEST_P(StoreConformance, DesireAnswersSetChangeAndRemove) {
  UserId a = NewUser("a"), b = NewUser("b");
  auto empty = store_->ListDesireAnswers(a);
  ASSERT_OK(empty);
  EXPECT_TRUE(empty->empty());

  ASSERT_OK(store_->SetDesireAnswer(a, "slow_dance", DesireAnswer::kYes, 10));
  ASSERT_OK(store_->SetDesireAnswer(a, "talk_dreams", DesireAnswer::kMaybe, 20));
  ASSERT_OK(store_->SetDesireAnswer(b, "slow_dance", DesireAnswer::kNo, 30));
  auto list = store_->ListDesireAnswers(a);
  ASSERT_OK(list);
  EXPECT_EQ(*list, (std::vector<DesireAnswerRecord>{{"slow_dance", DesireAnswer::kYes, 10},
                                                    {"talk_dreams", DesireAnswer::kMaybe, 20}}));

  ASSERT_OK(store_->SetDesireAnswer(a, "slow_dance", DesireAnswer::kNotNow, 40));
  list = store_->ListDesireAnswers(a);
  ASSERT_OK(list);
  EXPECT_EQ(*list, (std::vector<DesireAnswerRecord>{{"slow_dance", DesireAnswer::kNotNow, 40},
                                                    {"talk_dreams", DesireAnswer::kMaybe, 20}}));

  ASSERT_OK(store_->SetDesireAnswer(a, "slow_dance", std::nullopt, 50));
  ASSERT_OK(store_->SetDesireAnswer(a, "never_answered", std::nullopt, 50));
  list = store_->ListDesireAnswers(a);
  ASSERT_OK(list);
  EXPECT_EQ(*list, (std::vector<DesireAnswerRecord>{{"talk_dreams", DesireAnswer::kMaybe, 20}}));
  ASSERT_OK(store_->SetDesireAnswer(a, "talk_dreams", std::nullopt, 60));
  list = store_->ListDesireAnswers(a);
  ASSERT_OK(list);
  EXPECT_TRUE(list->empty());

  auto theirs = store_->ListDesireAnswers(b);
  ASSERT_OK(theirs);
  EXPECT_EQ(*theirs, (std::vector<DesireAnswerRecord>{{"slow_dance", DesireAnswer::kNo, 30}}));
}

TEST_P(StoreConformance, ConcurrentDesireAnswersAreNeverLost) {
  UserId a = NewUser("a");
  constexpr int kThreads = 12, kEach = 6;
  std::vector<std::thread> threads;
  std::atomic<int> failures{0};
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < kEach; ++i) {
        const std::string idea = "idea_" + std::to_string(t) + "_" + std::to_string(i);
        if (!store_->SetDesireAnswer(a, idea, DesireAnswer::kYes, 1000 + t).ok()) ++failures;
      }
    });
  }
  for (auto& th : threads) th.join();
  EXPECT_EQ(failures.load(), 0);
  auto list = store_->ListDesireAnswers(a);
  ASSERT_OK(list);
  EXPECT_EQ(list->size(), static_cast<std::size_t>(kThreads * kEach));
  std::set<std::string> ids;
  for (const auto& r : *list) ids.insert(r.idea_id);
  EXPECT_EQ(ids.size(), static_cast<std::size_t>(kThreads * kEach));
}

// --- at rest ---------------------------------------------------------------------------------

TEST_P(StoreConformance, NewRowsAreSealedAndBoundToTheirOwner) {
  UserId a = NewUser("a"), b = NewUser("b");
  const std::string marker = "PLAINTEXTMARKER";
  ASSERT_OK(store_->SetDesireAnswer(a, marker + "_idea", DesireAnswer::kYes, 10));
  ASSERT_OK(store_->SetDesireAnswer(b, "other_idea", DesireAnswer::kNo, 10));
  ASSERT_OK(store_->AddAccess(a, AccessRecord{123456789, b, marker, kDay}));
  ASSERT_OK(store_->AddAccess(a, AccessRecord{123456790, b, "profile", std::nullopt}));
  ASSERT_OK(store_->SetSafety(a, 1717171717));
  ASSERT_OK(store_->SetSharingPaused(a, 1818181818));
  ASSERT_OK(store_->SetSafety(b, std::nullopt));

  auto sql = db_->Connect();
  const std::int64_t ua = a.value(), ub = b.value();
  std::string answers, access, safety, paused, cleared;
  *sql << "SELECT payload FROM desire_answers WHERE owner_id = :o", soci::use(ua),
      soci::into(answers);
  *sql << "SELECT payload FROM access_log WHERE owner_id = :o AND at = 123456789", soci::use(ua),
      soci::into(access);
  *sql << "SELECT safety, paused FROM sharing_states WHERE user_id = :o", soci::use(ua),
      soci::into(safety), soci::into(paused);
  *sql << "SELECT safety FROM sharing_states WHERE user_id = :o", soci::use(ub),
      soci::into(cleared);
  for (const std::string& sealed : {answers, access, safety, paused, cleared}) {
    EXPECT_GT(sealed.size(), 40u);
    // Markers long enough (or with characters base64 never uses) that random ciphertext can't
    // contain them by chance: the padded desire set is ~22 KB of base64.
    for (const char* clear : {"PLAINTEXTMARKER", "\"yes\"", "answer", "2024-06-01", "1717171717", "1818181818"}) {
      EXPECT_EQ(sealed.find(clear), std::string::npos) << clear;
    }
  }
  EXPECT_EQ(safety.size(), cleared.size()) << "a set and a cleared time look alike";

  // Each sealed value opens only where it was written.
  *sql << "UPDATE desire_answers SET payload = :p WHERE owner_id = :o", soci::use(answers),
      soci::use(ub);
  EXPECT_CODE(store_->ListDesireAnswers(b), Code::kInternal);
  EXPECT_CODE(store_->SetDesireAnswer(b, "other_idea", DesireAnswer::kYes, 20), Code::kInternal);
  *sql << "UPDATE sharing_states SET safety = :p WHERE user_id = :o", soci::use(safety),
      soci::use(ub);
  EXPECT_CODE(store_->GetOwnSharingState(b), Code::kInternal);
  *sql << "UPDATE sharing_states SET safety = :p WHERE user_id = :o", soci::use(paused),
      soci::use(ua);  // the other field of the same person
  EXPECT_CODE(store_->GetOwnSharingState(a), Code::kInternal);
  *sql << "UPDATE access_log SET payload = :p WHERE owner_id = :o AND at = 123456790",
      soci::use(access), soci::use(ua);  // another row of the same owner
  EXPECT_CODE(store_->ListAccess(a, 10), Code::kInternal);
}

// A database reader must not learn that someone used the safety check or answered desires:
// the pause/safety row exists from sign-up on and looks the same before and after, and the
// sealed desire set has one length however many ideas are answered.
TEST_P(StoreConformance, HoldsAndDesireAnswersLeaveNoTraceInTheRowShapes) {
  UserId a = NewUser("a");
  auto sql = db_->Connect();
  const std::int64_t ua = a.value();
  std::string safety_before, paused_before;
  soci::indicator safety_ind = soci::i_null, paused_ind = soci::i_null;
  *sql << "SELECT safety, paused FROM sharing_states WHERE user_id = :o", soci::use(ua),
      soci::into(safety_before, safety_ind), soci::into(paused_before, paused_ind);
  ASSERT_TRUE(sql->got_data()) << "the row must exist from sign-up on";
  ASSERT_EQ(safety_ind, soci::i_ok);
  ASSERT_EQ(paused_ind, soci::i_ok);
  ASSERT_OK(store_->SetSafety(a, 1717171717));
  std::string safety_after;
  *sql << "SELECT safety FROM sharing_states WHERE user_id = :o", soci::use(ua), soci::into(safety_after);
  EXPECT_EQ(safety_after.size(), safety_before.size());
  EXPECT_NE(safety_after, safety_before);

  auto payload_size = [&] {
    std::string payload;
    *sql << "SELECT payload FROM desire_answers WHERE owner_id = :o", soci::use(ua), soci::into(payload);
    return payload.size();
  };
  ASSERT_OK(store_->SetDesireAnswer(a, "em_share_a_worry", DesireAnswer::kNo, 10));
  std::size_t one = payload_size();
  ASSERT_OK(store_->SetDesireAnswer(a, "em_share_a_worry", DesireAnswer::kNotNow, 11));
  EXPECT_EQ(payload_size(), one);
  for (const auto& idea : core::DesireCatalogue()) {
    ASSERT_OK(store_->SetDesireAnswer(a, std::string(idea.id), DesireAnswer::kNotNow, 12));
  }
  EXPECT_EQ(payload_size(), one);
}

TEST_P(StoreConformance, DeleteUserRemovesEveryNewRow) {
  UserId a = NewUser("a"), b = NewUser("b");
  Link(*store_, a, b);
  ASSERT_OK(store_->SetGrant(a, ShareCategory::kProfile, true, 200));
  ASSERT_OK(store_->SetGrant(b, ShareCategory::kMoments, true, 200));
  ASSERT_OK(store_->SetSharingPaused(a, 300));
  ASSERT_OK(store_->SetSafety(a, 300));
  ASSERT_OK(store_->AddAccess(a, AccessRecord{400, b, "profile", std::nullopt}));
  ASSERT_OK(store_->AddAccess(b, AccessRecord{400, a, "moments", kDay}));
  ASSERT_OK(store_->SetDesireAnswer(a, "slow_dance", DesireAnswer::kYes, 500));
  ASSERT_OK(store_->SetDesireAnswer(b, "slow_dance", DesireAnswer::kYes, 500));

  ASSERT_OK(store_->DeleteUser(a));
  const std::int64_t ua = a.value(), ub = b.value();
  EXPECT_EQ(Count(*db_, "SELECT COUNT(*) FROM sharing_grants WHERE owner_id = :u", ua), 0);
  EXPECT_EQ(Count(*db_, "SELECT COUNT(*) FROM sharing_grants WHERE owner_id = :u", ub), 0)
      << "the partner's grants named the deleted couple";
  EXPECT_EQ(Count(*db_, "SELECT COUNT(*) FROM sharing_states WHERE user_id = :u", ua), 0);
  EXPECT_EQ(Count(*db_, "SELECT COUNT(*) FROM access_log WHERE owner_id = :u", ua), 0);
  EXPECT_EQ(Count(*db_, "SELECT COUNT(*) FROM desire_answers WHERE owner_id = :u", ua), 0);
  // The partner keeps their own things, including the record that a read their data.
  EXPECT_EQ(Count(*db_, "SELECT COUNT(*) FROM access_log WHERE owner_id = :u", ub), 1);
  EXPECT_EQ(Count(*db_, "SELECT COUNT(*) FROM desire_answers WHERE owner_id = :u", ub), 1);
  EXPECT_CODE(store_->GetSharing(b), Code::kNotFound);
  EXPECT_CODE(store_->ListDesireAnswers(a), Code::kNotFound);
}

}  // namespace
}  // namespace rapport::store::testing
