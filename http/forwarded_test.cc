#include "http/forwarded.h"

#include <gtest/gtest.h>

namespace rapport::http {
namespace {

Request From(std::string forwarded) {
  Request r;
  r.remote_address = "127.0.0.1";
  if (!forwarded.empty()) r.headers.emplace_back("x-forwarded-for", std::move(forwarded));
  return r;
}

TEST(ForwardedTest, TakesTheAddressTheProxyAppended) {
  Request r = From("10.9.8.7, 203.0.113.5");
  UseForwardedFor(r);
  EXPECT_EQ(r.remote_address, "203.0.113.5");
  r = From("2001:db8::1");
  UseForwardedFor(r);
  EXPECT_EQ(r.remote_address, "2001:db8::1");
}

TEST(ForwardedTest, IgnoresMissingOrMalformedHeaders) {
  for (const char* bad : {"", "not an address", "1.2.3.4, <script>", "1.2.3.4,"}) {
    Request r = From(bad);
    UseForwardedFor(r);
    EXPECT_EQ(r.remote_address, "127.0.0.1") << bad;
  }
}

}  // namespace
}  // namespace rapport::http
