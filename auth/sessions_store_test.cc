// Sessions against a real SQLite store: tokens resolve to their person, and sessions end on
// idle and absolute expiry.
#include <gtest/gtest.h>

#include "auth/sessions.h"
#include "crypto/token.h"
#include "store/test_database.h"

namespace rapport::auth {
namespace {

class SessionsStoreTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto db = store::testing::TestDatabase::Create(store::testing::Engine::kSqlite);
    ASSERT_TRUE(db.ok()) << db.status().ToString();
    db_ = std::move(*db);
    store::StoreOptions options;
    options.url = db_->url();
    options.master_key = Secret<std::string>(std::string(32, 'k'));
    auto opened = store::Store::Open(options);
    ASSERT_TRUE(opened.ok()) << opened.status().ToString();
    store_ = std::move(*opened);
    auto user = store_->CreateUser("s@example.com", "hash", kStart);
    ASSERT_TRUE(user.ok());
    user_ = *user;
  }

  static constexpr UnixSeconds kStart = 1'800'000'000;
  const SessionPolicy policy_{.idle = 1000, .absolute = 5000, .touch_every = 100};
  std::unique_ptr<store::testing::TestDatabase> db_;
  std::unique_ptr<store::Store> store_;
  UserId user_;
};

TEST_F(SessionsStoreTest, ATokenResolvesToItsPersonAndOnlyItsHashIsStored) {
  Sessions sessions(*store_, policy_);
  auto started = sessions.Start(user_, "Firefox on Linux", kStart);
  ASSERT_TRUE(started.ok());
  EXPECT_EQ(started->token.reveal().size(), 43u);  // 256 bits, base64url
  auto who = sessions.Resume(started->token.reveal(), kStart + 1);
  ASSERT_TRUE(who.ok());
  EXPECT_EQ(who->user, user_);
  EXPECT_FALSE(store_->FindSession(started->token.reveal()).ok());
  EXPECT_TRUE(store_->FindSession(crypto::HashToken(started->token.reveal())).ok());
  EXPECT_EQ(sessions.Resume("not-a-token", kStart).status().code(), Code::kUnauthenticated);
  EXPECT_EQ(sessions.Resume("", kStart).status().code(), Code::kUnauthenticated);
}

TEST_F(SessionsStoreTest, IdleSessionsEnd) {
  Sessions sessions(*store_, policy_);
  auto started = sessions.Start(user_, "", kStart);
  ASSERT_TRUE(started.ok());
  // Used every 900 s: each use is within the idle limit, and touches last_seen.
  for (UnixSeconds t = kStart + 900; t < kStart + 4000; t += 900) {
    ASSERT_TRUE(sessions.Resume(started->token.reveal(), t).ok()) << t;
  }
  auto last = store_->FindSession(crypto::HashToken(started->token.reveal()));
  ASSERT_TRUE(last.ok());
  EXPECT_EQ(last->last_seen_at, kStart + 3600);
  EXPECT_EQ(sessions.Resume(started->token.reveal(), kStart + 3600 + 1000).status().code(), Code::kUnauthenticated);
  // An expired session is deleted, not merely refused.
  EXPECT_FALSE(store_->FindSession(crypto::HashToken(started->token.reveal())).ok());
}

TEST_F(SessionsStoreTest, SessionsEndAtTheirAbsoluteExpiryEvenWhenBusy) {
  Sessions sessions(*store_, policy_);
  auto started = sessions.Start(user_, "", kStart);
  ASSERT_TRUE(started.ok());
  for (UnixSeconds t = kStart; t < kStart + 5000; t += 500) {
    ASSERT_TRUE(sessions.Resume(started->token.reveal(), t).ok()) << t;
  }
  EXPECT_EQ(sessions.Resume(started->token.reveal(), kStart + 5000).status().code(), Code::kUnauthenticated);
}

}  // namespace
}  // namespace rapport::auth
