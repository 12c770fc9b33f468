// Check-ins, profiles, drafts and practice events: round trips, ordering, owner scoping.
#include "store/conformance_test.h"

namespace rapport::store::testing {
namespace {

const Date kDay = Date::FromYmd(2024, 5, 1);

TEST_P(StoreConformance, PutCheckinReportsNewThenReplaces) {
  UserId a = NewUser();
  auto first = store_->PutCheckin(a, SampleCheckin(kDay, "first"), 100);
  ASSERT_OK(first);
  EXPECT_TRUE(*first);
  auto second = store_->PutCheckin(a, SampleCheckin(kDay, "second"), 200);
  ASSERT_OK(second);
  EXPECT_FALSE(*second);
  auto got = store_->GetCheckin(a, kDay);
  ASSERT_OK(got);
  EXPECT_EQ(got->note, "second");
}

TEST_P(StoreConformance, CheckinRoundTripsEveryField) {
  UserId a = NewUser();
  core::Checkin full = SampleCheckin(kDay, "Ünïcödé ✓ — \"quotes\" 'and' \\ back\nslash");
  core::Checkin bare;
  bare.day = kDay + 1;
  bare.closeness = 1;
  bare.conflict = core::Conflict::kUnresolved;
  ASSERT_OK(store_->PutCheckin(a, full, 100));
  ASSERT_OK(store_->PutCheckin(a, bare, 100));
  auto got_full = store_->GetCheckin(a, kDay);
  ASSERT_OK(got_full);
  EXPECT_EQ(*got_full, full);
  auto got_bare = store_->GetCheckin(a, kDay + 1);
  ASSERT_OK(got_bare);
  EXPECT_EQ(*got_bare, bare);
  EXPECT_FALSE(got_bare->after_sex.has_value());
}

TEST_P(StoreConformance, MissingCheckinIsNotFound) {
  UserId a = NewUser();
  EXPECT_CODE(store_->GetCheckin(a, kDay), Code::kNotFound);
  EXPECT_CODE(store_->DeleteCheckin(a, kDay), Code::kNotFound);
}

TEST_P(StoreConformance, DeleteCheckinThenPutIsNewAgain) {
  UserId a = NewUser();
  ASSERT_OK(store_->PutCheckin(a, SampleCheckin(kDay), 100));
  ASSERT_OK(store_->DeleteCheckin(a, kDay));
  EXPECT_CODE(store_->GetCheckin(a, kDay), Code::kNotFound);
  auto again = store_->PutCheckin(a, SampleCheckin(kDay), 200);
  ASSERT_OK(again);
  EXPECT_TRUE(*again);
}

TEST_P(StoreConformance, ListCheckinsIsInclusiveAndOldestFirst) {
  UserId a = NewUser(), b = NewUser();
  for (int offset : {5, 0, 3, 9, 1}) {
    ASSERT_OK(store_->PutCheckin(a, SampleCheckin(kDay + offset, std::to_string(offset)), 100));
  }
  ASSERT_OK(store_->PutCheckin(b, SampleCheckin(kDay + 2, "b's"), 100));
  auto list = store_->ListCheckins(a, kDay + 1, kDay + 5);
  ASSERT_OK(list);
  ASSERT_EQ(list->size(), 3u);
  EXPECT_EQ((*list)[0].day, kDay + 1);
  EXPECT_EQ((*list)[1].day, kDay + 3);
  EXPECT_EQ((*list)[2].day, kDay + 5);
  EXPECT_EQ((*list)[1].note, "3");
  auto all = store_->ListCheckins(a, kDay - 100, kDay + 100);
  ASSERT_OK(all);
  EXPECT_EQ(all->size(), 5u);
  auto none = store_->ListCheckins(a, kDay + 5, kDay + 1);  // from > to
  ASSERT_OK(none);
  EXPECT_TRUE(none->empty());
}

TEST_P(StoreConformance, CheckinsAreScopedToTheirOwner) {
  UserId a = NewUser(), b = NewUser();
  ASSERT_OK(store_->PutCheckin(a, SampleCheckin(kDay, "a's secret"), 100));
  EXPECT_CODE(store_->GetCheckin(b, kDay), Code::kNotFound);
  EXPECT_CODE(store_->DeleteCheckin(b, kDay), Code::kNotFound);
  auto list = store_->ListCheckins(b, kDay - 10, kDay + 10);
  ASSERT_OK(list);
  EXPECT_TRUE(list->empty());
  // b writing the same day makes b's own row; a's is untouched.
  auto put = store_->PutCheckin(b, SampleCheckin(kDay, "b's"), 100);
  ASSERT_OK(put);
  EXPECT_TRUE(*put);
  EXPECT_EQ(store_->GetCheckin(a, kDay)->note, "a's secret");
  EXPECT_EQ(store_->GetCheckin(b, kDay)->note, "b's");
}

TEST_P(StoreConformance, CheckinForUnknownUserIsNotFound) {
  EXPECT_CODE(store_->PutCheckin(UserId(31337), SampleCheckin(kDay), 100), Code::kNotFound);
}

TEST_P(StoreConformance, ProfilesAccumulateOldestFirst) {
  UserId a = NewUser(), b = NewUser();
  auto p2 = store_->AddProfile(a, SampleAnswers(2), 200);
  auto p1 = store_->AddProfile(a, SampleAnswers(1), 100);
  auto p3 = store_->AddProfile(a, SampleAnswers(3), 300);
  ASSERT_OK(p1);
  ASSERT_OK(p2);
  ASSERT_OK(p3);
  EXPECT_NE(*p1, *p2);
  auto list = store_->ListProfiles(a);
  ASSERT_OK(list);
  ASSERT_EQ(list->size(), 3u);
  EXPECT_EQ((*list)[0].id, *p1);
  EXPECT_EQ((*list)[0].taken_at, 100);
  EXPECT_EQ((*list)[0].answers, SampleAnswers(1));
  EXPECT_EQ((*list)[1].id, *p2);
  EXPECT_EQ((*list)[1].answers, SampleAnswers(2));
  EXPECT_EQ((*list)[2].id, *p3);
  auto others = store_->ListProfiles(b);
  ASSERT_OK(others);
  EXPECT_TRUE(others->empty());
  EXPECT_CODE(store_->AddProfile(UserId(31337), SampleAnswers(1), 1), Code::kNotFound);
}

TEST_P(StoreConformance, ProfileDraftSaveReplaceDelete) {
  UserId a = NewUser(), b = NewUser();
  auto none = store_->GetProfileDraft(a);
  ASSERT_OK(none);
  EXPECT_FALSE(none->has_value());
  EXPECT_OK(store_->DeleteProfileDraft(a));  // ok when there is none
  ASSERT_OK(store_->SaveProfileDraft(a, SampleAnswers(1), 100));
  ASSERT_OK(store_->SaveProfileDraft(a, SampleAnswers(4), 200));
  auto draft = store_->GetProfileDraft(a);
  ASSERT_OK(draft);
  ASSERT_TRUE(draft->has_value());
  EXPECT_EQ(**draft, SampleAnswers(4));
  // Scoped: b sees none and b's delete does not touch a's.
  EXPECT_FALSE(store_->GetProfileDraft(b)->has_value());
  ASSERT_OK(store_->DeleteProfileDraft(b));
  EXPECT_TRUE(store_->GetProfileDraft(a)->has_value());
  ASSERT_OK(store_->DeleteProfileDraft(a));
  EXPECT_FALSE(store_->GetProfileDraft(a)->has_value());
  EXPECT_CODE(store_->SaveProfileDraft(UserId(31337), SampleAnswers(1), 1), Code::kNotFound);
}

TEST_P(StoreConformance, PracticeEventsRoundTripOldestFirstAndScoped) {
  UserId a = NewUser(), b = NewUser();
  core::PracticeEvent done{0, "hug_daily", core::PracticeState::kDone, 300, 4};
  core::PracticeEvent started{0, "hug_daily", core::PracticeState::kStarted, 100, {}};
  core::PracticeEvent not_now{0, "walks", core::PracticeState::kNotNow, 200, {}};
  auto id_done = store_->AddPracticeEvent(a, done);
  auto id_started = store_->AddPracticeEvent(a, started);
  auto id_not_now = store_->AddPracticeEvent(a, not_now);
  ASSERT_OK(id_done);
  ASSERT_OK(id_started);
  ASSERT_OK(id_not_now);
  auto list = store_->ListPracticeEvents(a);
  ASSERT_OK(list);
  ASSERT_EQ(list->size(), 3u);
  started.id = *id_started;
  not_now.id = *id_not_now;
  done.id = *id_done;
  EXPECT_EQ((*list)[0], started);
  EXPECT_EQ((*list)[1], not_now);
  EXPECT_EQ((*list)[2], done);
  auto others = store_->ListPracticeEvents(b);
  ASSERT_OK(others);
  EXPECT_TRUE(others->empty());
  EXPECT_CODE(store_->AddPracticeEvent(UserId(31337), done), Code::kNotFound);
}

TEST_P(StoreConformance, ManyConcurrentWritersAllSucceed) {
  constexpr int kThreads = 8, kPerThread = 25;
  std::vector<UserId> users;
  for (int t = 0; t < kThreads; ++t) users.push_back(NewUser("writer"));
  std::atomic<int> failures{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < kPerThread; ++i) {
        if (!store_->PutCheckin(users[t], SampleCheckin(kDay + i, std::to_string(i)), 100).ok()) {
          ++failures;
        }
        if (!store_->CreateUser("c" + std::to_string(t) + "-" + std::to_string(i) + "@e.org",
                                "h", 1)
                 .ok()) {
          ++failures;
        }
      }
    });
  }
  for (auto& th : threads) th.join();
  EXPECT_EQ(failures.load(), 0);
  for (int t = 0; t < kThreads; ++t) {
    auto list = store_->ListCheckins(users[t], kDay, kDay + kPerThread);
    ASSERT_OK(list);
    EXPECT_EQ(list->size(), static_cast<std::size_t>(kPerThread));
  }
  EXPECT_OK(store_->FindUserByEmail("c7-24@e.org"));
}

}  // namespace
}  // namespace rapport::store::testing
