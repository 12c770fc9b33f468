#include "http/json_error.h"

#include <gtest/gtest.h>

namespace rapport::http {
namespace {

TEST(JsonErrorTest, EscapesControlCharactersAndQuotes) {
  EXPECT_EQ(JsonEscape("a\"b\\c\n\x01"), "a\\\"b\\\\c\\n\\u0001");
}

TEST(JsonErrorTest, KeepsValidUtf8AndReplacesInvalidBytes) {
  EXPECT_EQ(JsonEscape("caf\xC3\xA9 \xF0\x9F\x98\x80"), "caf\xC3\xA9 \xF0\x9F\x98\x80");
  EXPECT_EQ(JsonEscape("key\xFF"), "key\\ufffd");
  EXPECT_EQ(JsonEscape("\xC3"), "\\ufffd");                 // truncated
  EXPECT_EQ(JsonEscape("\xED\xA0\x80"), "\\ufffd\\ufffd\\ufffd");  // a surrogate, byte by byte
}

TEST(JsonErrorTest, BuildsTheOneErrorShape) {
  Response r = JsonError(400, "invalid", "Bad \xFF.", "note");
  EXPECT_EQ(r.status, 400);
  EXPECT_EQ(r.body, R"({"error":{"code":"invalid","message":"Bad \ufffd.","field":"note"}})");
}

}  // namespace
}  // namespace rapport::http
