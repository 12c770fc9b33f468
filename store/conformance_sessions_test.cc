#include "store/conformance_test.h"

namespace rapport::store::testing {
namespace {

TEST_P(StoreConformance, SessionRoundTrip) {
  UserId a = NewUser();
  auto id = store_->CreateSession(a, "hash-1", 100, 5000, "Firefox on Linux");
  ASSERT_OK(id);
  auto found = store_->FindSession("hash-1");
  ASSERT_OK(found);
  EXPECT_EQ(found->id, *id);
  EXPECT_EQ(found->user, a);
  EXPECT_EQ(found->created_at, 100);
  EXPECT_EQ(found->last_seen_at, 100);
  EXPECT_EQ(found->expires_at, 5000);
  EXPECT_EQ(found->label, "Firefox on Linux");
  EXPECT_CODE(store_->FindSession("hash-unknown"), Code::kNotFound);
}

TEST_P(StoreConformance, TouchSessionMovesLastSeenForwardOnly) {
  UserId a = NewUser();
  auto id = store_->CreateSession(a, "hash-t", 100, 5000, "");
  ASSERT_OK(id);
  ASSERT_OK(store_->TouchSession(*id, 200));
  EXPECT_EQ(store_->FindSession("hash-t")->last_seen_at, 200);
  ASSERT_OK(store_->TouchSession(*id, 150));  // a late, older request
  EXPECT_EQ(store_->FindSession("hash-t")->last_seen_at, 200);
  EXPECT_CODE(store_->TouchSession(SessionId(999999), 300), Code::kNotFound);
}

TEST_P(StoreConformance, ListSessionsNewestFirstAndOnlyTheirs) {
  UserId a = NewUser(), b = NewUser();
  auto s1 = store_->CreateSession(a, "h1", 100, 5000, "one");
  auto s2 = store_->CreateSession(a, "h2", 300, 5000, "two");
  auto s3 = store_->CreateSession(a, "h3", 200, 5000, "three");
  ASSERT_OK(store_->CreateSession(b, "hb", 400, 5000, "b's"));
  ASSERT_OK(s1);
  ASSERT_OK(s2);
  ASSERT_OK(s3);
  auto list = store_->ListSessions(a);
  ASSERT_OK(list);
  ASSERT_EQ(list->size(), 3u);
  EXPECT_EQ((*list)[0].id, *s2);
  EXPECT_EQ((*list)[1].id, *s3);
  EXPECT_EQ((*list)[2].id, *s1);
  for (const auto& s : *list) EXPECT_EQ(s.user, a);
}

TEST_P(StoreConformance, DeleteSessionIsScopedToItsOwner) {
  UserId a = NewUser(), b = NewUser();
  auto sa = store_->CreateSession(a, "ha", 100, 5000, "");
  ASSERT_OK(sa);
  EXPECT_CODE(store_->DeleteSession(b, *sa), Code::kNotFound);
  EXPECT_OK(store_->FindSession("ha"));
  ASSERT_OK(store_->DeleteSession(a, *sa));
  EXPECT_CODE(store_->FindSession("ha"), Code::kNotFound);
  EXPECT_CODE(store_->DeleteSession(a, *sa), Code::kNotFound);
}

TEST_P(StoreConformance, DeleteSessionsExceptKeepsOneAndOthersUsers) {
  UserId a = NewUser(), b = NewUser();
  auto keep = store_->CreateSession(a, "k", 100, 5000, "");
  ASSERT_OK(keep);
  ASSERT_OK(store_->CreateSession(a, "x1", 100, 5000, ""));
  ASSERT_OK(store_->CreateSession(a, "x2", 100, 5000, ""));
  ASSERT_OK(store_->CreateSession(b, "y", 100, 5000, ""));
  ASSERT_OK(store_->DeleteSessionsExcept(a, *keep));
  auto list = store_->ListSessions(a);
  ASSERT_OK(list);
  ASSERT_EQ(list->size(), 1u);
  EXPECT_EQ(list->front().id, *keep);
  EXPECT_OK(store_->FindSession("y"));
}

TEST_P(StoreConformance, SessionTokenHashIsUnique) {
  UserId a = NewUser(), b = NewUser();
  ASSERT_OK(store_->CreateSession(a, "dup", 100, 5000, ""));
  EXPECT_CODE(store_->CreateSession(b, "dup", 100, 5000, ""), Code::kConflict);
  EXPECT_EQ(store_->FindSession("dup")->user, a);
}

TEST_P(StoreConformance, SessionForUnknownUserIsNotFound) {
  EXPECT_CODE(store_->CreateSession(UserId(424242), "h", 1, 2, ""), Code::kNotFound);
}

}  // namespace
}  // namespace rapport::store::testing
