#include "crypto/token.h"

#include <gtest/gtest.h>

#include <set>

namespace rapport::crypto {
namespace {

TEST(TokenTest, TokensAreUniqueUrlSafeAndOfExpectedLength) {
  std::set<std::string> seen;
  for (int i = 0; i < 1000; ++i) {
    std::string t = NewToken().reveal();
    ASSERT_EQ(t.size(), 43u);  // 32 bytes, base64 without padding
    for (char c : t) {
      ASSERT_TRUE(std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_') << t;
    }
    seen.insert(t);
  }
  EXPECT_EQ(seen.size(), 1000u);
  EXPECT_EQ(NewToken(16).reveal().size(), 22u);
}

TEST(TokenTest, HashIsDeterministicLowerHex) {
  std::string h = HashToken("abc");
  EXPECT_EQ(h.size(), 64u);
  EXPECT_EQ(h, HashToken("abc"));
  EXPECT_NE(h, HashToken("abd"));
  for (char c : h) EXPECT_TRUE((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f')) << h;
  // BLAKE2b-256 of "abc" (RFC 7693 test vectors are for 512 bits; this one is libsodium's).
  EXPECT_EQ(HashToken(""), "0e5751c026e543b2e8ab2eb06099daa1d1e5df47778f7787faab45cdf12fe3a8");
}

TEST(TokenTest, InviteCodesAreGroupedCrockfordWithEnoughEntropy) {
  std::set<std::string> seen;
  for (int i = 0; i < 500; ++i) {
    std::string code = NewInviteCode().reveal();
    ASSERT_EQ(code.size(), 34u) << code;  // 28 symbols + 6 dashes
    for (std::size_t j = 0; j < code.size(); ++j) {
      if (j % 5 == 4) {
        ASSERT_EQ(code[j], '-') << code;
      } else {
        ASSERT_NE(std::string("0123456789ABCDEFGHJKMNPQRSTVWXYZ").find(code[j]),
                  std::string::npos)
            << code;
      }
    }
    std::string normal = NormalizeInviteCode(code);
    EXPECT_EQ(normal.size(), 28u);  // 28 * 5 = 140 bits
    seen.insert(normal);
  }
  EXPECT_EQ(seen.size(), 500u);
}

TEST(TokenTest, InviteCodeNormalisationForgivesTyping) {
  EXPECT_EQ(NormalizeInviteCode("abcd-efgh"), "ABCDEFGH");
  EXPECT_EQ(NormalizeInviteCode(" 7kq2 m9xd\t"), "7KQ2M9XD");
  EXPECT_EQ(NormalizeInviteCode("O0o-IiLl1"), "0001111" "1");
  EXPECT_EQ(NormalizeInviteCode("X*Y"), "X*Y");
  std::string code = NewInviteCode().reveal();
  std::string sloppy;
  for (char c : code) {
    if (c == '-') continue;
    sloppy.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
    if (c == '1') sloppy.back() = 'l';
    if (c == '0') sloppy.back() = 'o';
  }
  EXPECT_EQ(HashToken(NormalizeInviteCode(sloppy)), HashToken(NormalizeInviteCode(code)));
}

}  // namespace
}  // namespace rapport::crypto
