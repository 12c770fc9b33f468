#include "crypto/password.h"

#include <gtest/gtest.h>

namespace rapport::crypto {
namespace {

TEST(PasswordTest, HashVerifiesOnlyTheRightPassword) {
  auto hash = HashPassword(Secret<std::string>("correct horse battery staple"));
  ASSERT_TRUE(hash.ok()) << hash.status().ToString();
  EXPECT_EQ(hash->rfind("$argon2id$", 0), 0u) << "Argon2id string expected";
  EXPECT_TRUE(VerifyPassword(*hash, Secret<std::string>("correct horse battery staple")));
  EXPECT_FALSE(VerifyPassword(*hash, Secret<std::string>("correct horse battery stapler")));
  EXPECT_FALSE(VerifyPassword(*hash, Secret<std::string>("")));
}

TEST(PasswordTest, SamePasswordHashesDifferently) {
  auto a = HashPassword(Secret<std::string>("same"));
  auto b = HashPassword(Secret<std::string>("same"));
  ASSERT_TRUE(a.ok());
  ASSERT_TRUE(b.ok());
  EXPECT_NE(*a, *b) << "each hash must carry its own salt";
}

TEST(PasswordTest, MalformedHashNeverVerifies) {
  EXPECT_FALSE(VerifyPassword("", Secret<std::string>("x")));
  EXPECT_FALSE(VerifyPassword("not a hash", Secret<std::string>("not a hash")));
  EXPECT_FALSE(VerifyPassword(std::string(500, '$'), Secret<std::string>("x")));
}

TEST(PasswordTest, DummyHashIsStableAndValid) {
  std::string dummy = DummyPasswordHash();
  EXPECT_EQ(dummy, DummyPasswordHash());
  EXPECT_EQ(dummy.rfind("$argon2id$", 0), 0u);
  EXPECT_FALSE(VerifyPassword(dummy, Secret<std::string>("password")));
}

}  // namespace
}  // namespace rapport::crypto
