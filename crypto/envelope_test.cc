#include "crypto/envelope.h"

#include <gtest/gtest.h>

namespace rapport::crypto {
namespace {

TEST(EnvelopeTest, RoundTrip) {
  auto key = NewDataKey();
  ASSERT_EQ(key.reveal().size(), kDataKeyBytes);
  std::string sealed = Seal(key, "we talked for an hour", "checkins|7|2024-05-01");
  EXPECT_EQ(sealed.size(), std::string("we talked for an hour").size() + kEnvelopeOverheadBytes);
  EXPECT_EQ(sealed.find("talked"), std::string::npos);
  auto opened = Open(key, sealed, "checkins|7|2024-05-01");
  ASSERT_TRUE(opened.ok()) << opened.status().ToString();
  EXPECT_EQ(*opened, "we talked for an hour");
}

TEST(EnvelopeTest, EmptyPlaintextRoundTrips) {
  auto key = NewDataKey();
  auto opened = Open(key, Seal(key, "", "ad"), "ad");
  ASSERT_TRUE(opened.ok());
  EXPECT_EQ(*opened, "");
}

TEST(EnvelopeTest, SameInputSealsDifferently) {
  auto key = NewDataKey();
  EXPECT_NE(Seal(key, "x", "ad"), Seal(key, "x", "ad")) << "nonces must be random";
}

void ExpectDoesNotOpen(const Result<std::string>& r) {
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), Code::kInternal);
  EXPECT_EQ(r.status().message(), "ciphertext does not open");
}

TEST(EnvelopeTest, WrongKeyFails) {
  auto key = NewDataKey();
  std::string sealed = Seal(key, "secret", "ad");
  ExpectDoesNotOpen(Open(NewDataKey(), sealed, "ad"));
  ExpectDoesNotOpen(Open(Secret<std::string>("short"), sealed, "ad"));
}

TEST(EnvelopeTest, WrongAssociatedDataFails) {
  auto key = NewDataKey();
  std::string sealed = Seal(key, "secret", "checkins|7|2024-05-01");
  ExpectDoesNotOpen(Open(key, sealed, "checkins|8|2024-05-01"));
  ExpectDoesNotOpen(Open(key, sealed, "checkins|7|2024-05-02"));
  ExpectDoesNotOpen(Open(key, sealed, ""));
}

TEST(EnvelopeTest, AnyTamperedByteFails) {
  auto key = NewDataKey();
  std::string sealed = Seal(key, "secret note", "ad");
  for (std::size_t i = 0; i < sealed.size(); ++i) {
    std::string bad = sealed;
    bad[i] = static_cast<char>(bad[i] ^ 0x01);
    ExpectDoesNotOpen(Open(key, bad, "ad"));
  }
  ExpectDoesNotOpen(Open(key, sealed.substr(0, sealed.size() - 1), "ad"));
  ExpectDoesNotOpen(Open(key, sealed.substr(0, 10), "ad"));
  ExpectDoesNotOpen(Open(key, "", "ad"));
}

}  // namespace
}  // namespace rapport::crypto
