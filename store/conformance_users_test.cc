#include "store/conformance_test.h"

namespace rapport::store::testing {
namespace {

TEST_P(StoreConformance, PingAnswers) { EXPECT_OK(store_->Ping()); }

TEST_P(StoreConformance, CreateUserThenFindAndGet) {
  auto id = store_->CreateUser("ana@example.org", "$argon2id$hash", 1700000123);
  ASSERT_OK(id);
  EXPECT_TRUE(id->valid());

  auto by_email = store_->FindUserByEmail("ana@example.org");
  ASSERT_OK(by_email);
  EXPECT_EQ(by_email->id, *id);
  EXPECT_EQ(by_email->email, "ana@example.org");
  EXPECT_EQ(by_email->password_hash, "$argon2id$hash");
  EXPECT_EQ(by_email->created_at, 1700000123);

  auto by_id = store_->GetUser(*id);
  ASSERT_OK(by_id);
  EXPECT_EQ(by_id->email, "ana@example.org");
  EXPECT_EQ(by_id->created_at, 1700000123);
}

TEST_P(StoreConformance, UsersGetDistinctIds) {
  UserId a = NewUser(), b = NewUser();
  EXPECT_NE(a, b);
}

TEST_P(StoreConformance, DuplicateEmailIsConflictAndChangesNothing) {
  auto first = store_->CreateUser("same@example.org", "hash-1", 1);
  ASSERT_OK(first);
  auto second = store_->CreateUser("same@example.org", "hash-2", 2);
  EXPECT_CODE(second, Code::kConflict);
  auto found = store_->FindUserByEmail("same@example.org");
  ASSERT_OK(found);
  EXPECT_EQ(found->id, *first);
  EXPECT_EQ(found->password_hash, "hash-1");
}

TEST_P(StoreConformance, UnknownUsersAreNotFound) {
  EXPECT_CODE(store_->FindUserByEmail("nobody@example.org"), Code::kNotFound);
  EXPECT_CODE(store_->GetUser(UserId(987654)), Code::kNotFound);
  EXPECT_CODE(store_->SetPasswordHash(UserId(987654), "x"), Code::kNotFound);
  EXPECT_CODE(store_->DeleteUser(UserId(987654)), Code::kNotFound);
}

TEST_P(StoreConformance, SetPasswordHashReplacesIt) {
  UserId a = NewUser();
  ASSERT_OK(store_->SetPasswordHash(a, "$argon2id$new"));
  auto user = store_->GetUser(a);
  ASSERT_OK(user);
  EXPECT_EQ(user->password_hash, "$argon2id$new");
}

TEST_P(StoreConformance, DeleteUserRemovesEverythingOfTheirsAndFreesTheEmail) {
  UserId a = NewUser("a"), b = NewUser("b"), other = NewUser("other");
  auto email = store_->GetUser(a)->email;
  ASSERT_OK(store_->CreateSession(a, "token-a", 10, 1000, "phone"));
  ASSERT_OK(store_->CreateInvite(a, "code-a", 10, 1000));
  ASSERT_OK(store_->AcceptInvite(b, "code-a", 20));
  ASSERT_OK(store_->PutCheckin(a, SampleCheckin(Date::FromYmd(2024, 5, 1)), 30));
  ASSERT_OK(store_->AddProfile(a, SampleAnswers(1), 40));
  ASSERT_OK(store_->SaveProfileDraft(a, SampleAnswers(2), 50));
  ASSERT_OK(store_->AddPracticeEvent(a, {0, "daily_talk", core::PracticeState::kStarted, 60, {}}));
  // Someone else's data stays.
  ASSERT_OK(store_->PutCheckin(other, SampleCheckin(Date::FromYmd(2024, 5, 1)), 30));
  ASSERT_OK(store_->CreateSession(other, "token-other", 10, 1000, "laptop"));

  ASSERT_OK(store_->DeleteUser(a));

  EXPECT_CODE(store_->GetUser(a), Code::kNotFound);
  EXPECT_CODE(store_->FindUserByEmail(email), Code::kNotFound);
  EXPECT_CODE(store_->FindSession(std::string("token-a")), Code::kNotFound);
  EXPECT_CODE(store_->GetCheckin(a, Date::FromYmd(2024, 5, 1)), Code::kNotFound);
  auto list = store_->ListCheckins(a, Date::FromYmd(2000, 1, 1), Date::FromYmd(2100, 1, 1));
  ASSERT_OK(list);
  EXPECT_TRUE(list->empty());
  auto profiles = store_->ListProfiles(a);
  ASSERT_OK(profiles);
  EXPECT_TRUE(profiles->empty());
  auto draft = store_->GetProfileDraft(a);
  ASSERT_OK(draft);
  EXPECT_FALSE(draft->has_value());
  auto events = store_->ListPracticeEvents(a);
  ASSERT_OK(events);
  EXPECT_TRUE(events->empty());
  // The couple ended for the partner too, who may pair again.
  auto partner_couple = store_->FindCouple(b);
  ASSERT_OK(partner_couple);
  EXPECT_FALSE(partner_couple->has_value());
  ASSERT_OK(store_->CreateInvite(b, "code-b", 70, 1000));
  // Writing for a deleted user is refused.
  EXPECT_CODE(store_->PutCheckin(a, SampleCheckin(Date::FromYmd(2024, 5, 2)), 80),
              Code::kNotFound);
  EXPECT_CODE(store_->CreateSession(a, "token-a2", 10, 1000, "phone"), Code::kNotFound);

  EXPECT_OK(store_->GetCheckin(other, Date::FromYmd(2024, 5, 1)));
  EXPECT_OK(store_->FindSession("token-other"));
  // The email can be used again, by a new account with a new id.
  auto again = store_->CreateUser(email, "hash", 90);
  ASSERT_OK(again);
  EXPECT_NE(*again, a);
}

}  // namespace
}  // namespace rapport::store::testing
