#include "auth/sessions.h"

#include <gtest/gtest.h>

namespace rapport::auth {
namespace {

TEST(DeviceLabelTest, NamesCommonBrowsers) {
  EXPECT_EQ(DeviceLabel("Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) "
                        "HeadlessChrome/156.0 Safari/537.36"),
            "Chrome on Linux");
  EXPECT_EQ(DeviceLabel("Mozilla/5.0 (Android 14; Mobile; rv:130.0) Gecko/130.0 Firefox/130.0"),
            "Firefox on Android");
  EXPECT_EQ(DeviceLabel("Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) Version/17.0 Safari/604.1"),
            "Safari on iOS");
  EXPECT_EQ(DeviceLabel(""), "Unknown device");
}

TEST(PasswordPolicyTest, TenToOneThousandTwentyFourCharacters) {
  EXPECT_EQ(CheckNewPassword("123456789").field(), "password");
  EXPECT_TRUE(CheckNewPassword("1234567890").ok());
  std::string accents;
  for (int i = 0; i < 10; ++i) accents += "\xC3\xA9";  // 10 characters, 20 bytes
  EXPECT_TRUE(CheckNewPassword(accents).ok());
  EXPECT_TRUE(CheckNewPassword(std::string(1024, 'x')).ok());
  EXPECT_FALSE(CheckNewPassword(std::string(1025, 'x')).ok());
  EXPECT_EQ(CheckNewPassword("\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF", "new_password").field(), "new_password");
}

}  // namespace
}  // namespace rapport::auth
