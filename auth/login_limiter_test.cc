#include "auth/login_limiter.h"

#include <gtest/gtest.h>

namespace rapport::auth {
namespace {

TEST(LoginLimiterTest, TenFailuresInFifteenMinutesBlockTheKey) {
  LoginLimiter limiter;
  for (int i = 0; i < 9; ++i) limiter.RecordFailure("account:a", 1000 + i);
  EXPECT_EQ(limiter.RetryAfter("account:a", 1010), 0);
  limiter.RecordFailure("account:a", 1009);
  EXPECT_EQ(limiter.RetryAfter("account:a", 1010), 1000 + 900 - 1010);
  EXPECT_EQ(limiter.RetryAfter("account:b", 1010), 0);
}

TEST(LoginLimiterTest, OldFailuresSlideOutOfTheWindow) {
  LoginLimiter limiter;
  for (int i = 0; i < 10; ++i) limiter.RecordFailure("k", 0);
  EXPECT_GT(limiter.RetryAfter("k", 899), 0);
  EXPECT_EQ(limiter.RetryAfter("k", 900), 0);
}

TEST(LoginLimiterTest, ClearForgetsTheKey) {
  LoginLimiter limiter;
  for (int i = 0; i < 10; ++i) limiter.RecordFailure("k", 5);
  limiter.Clear("k");
  EXPECT_EQ(limiter.RetryAfter("k", 6), 0);
}

TEST(LoginLimiterTest, MemoryIsBoundedByEvictingTheStalestKey) {
  LoginLimiter limiter({.max_failures = 2, .window = 100, .max_keys = 2});
  limiter.RecordFailure("old", 1);
  limiter.RecordFailure("old", 1);
  limiter.RecordFailure("new", 2);
  limiter.RecordFailure("newest", 3);  // evicts "old"
  EXPECT_EQ(limiter.RetryAfter("old", 4), 0);
}

}  // namespace
}  // namespace rapport::auth
