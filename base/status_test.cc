#include "base/status.h"

#include <gtest/gtest.h>

#include "base/secret.h"

namespace rapport {
namespace {

Result<int> Half(int x) {
  if (x % 2) return Status::Invalid("odd", "x");
  return x / 2;
}

Result<int> Quarter(int x) {
  RAPPORT_ASSIGN_OR_RETURN(int h, Half(x));
  return Half(h);
}

TEST(StatusTest, ResultCarriesValueOrStatus) {
  EXPECT_EQ(Quarter(8).value(), 2);
  auto r = Quarter(6);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), Code::kInvalid);
  EXPECT_EQ(r.status().field(), "x");
  EXPECT_EQ(r.status().ToString(), "invalid: odd (field x)");
}

TEST(StatusTest, CodeNamesAreStable) {
  EXPECT_STREQ(CodeName(Code::kNotFound), "not_found");
  EXPECT_STREQ(CodeName(Code::kTooMany), "too_many_requests");
}

TEST(SecretTest, RevealsOnlyOnRequest) {
  Secret<std::string> s(std::string("hunter22hunter22"));
  EXPECT_EQ(s.reveal(), "hunter22hunter22");
}

}  // namespace
}  // namespace rapport
