#include "store/url.h"

#include <gtest/gtest.h>

namespace rapport::store::internal {
namespace {

TEST(StoreUrlTest, SqlitePaths) {
  auto a = ParseDatabaseUrl("sqlite:/var/lib/rapport/rapport.db");
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->dialect, Dialect::kSqlite);
  EXPECT_EQ(a->sqlite_path, "/var/lib/rapport/rapport.db");
  auto b = ParseDatabaseUrl("sqlite:///tmp/with space/r.db");
  ASSERT_TRUE(b.ok());
  EXPECT_EQ(b->sqlite_path, "/tmp/with space/r.db");
  auto c = ParseDatabaseUrl("sqlite:var/rapport.db");
  ASSERT_TRUE(c.ok());
  EXPECT_EQ(c->sqlite_path, "var/rapport.db");
}

TEST(StoreUrlTest, RejectsWhatItCannotServe) {
  for (const char* url : {"", "sqlite:", "sqlite::memory:", "sqlite:file:x.db?mode=memory",
                          "sqlite:/a\"b.db", "mysql://h/db", "http://x", "/plain/path.db"}) {
    auto r = ParseDatabaseUrl(url);
    EXPECT_FALSE(r.ok()) << url;
    EXPECT_EQ(r.status().code(), Code::kInvalid) << url;
  }
}

TEST(StoreUrlTest, PostgresUriBecomesKeywordValue) {
  auto r = ParseDatabaseUrl("postgresql://rapport@127.0.0.1:55432/rapport_test");
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(r->dialect, Dialect::kPostgres);
  EXPECT_EQ(r->pg_conninfo,
            "user='rapport' host='127.0.0.1' port='55432' dbname='rapport_test' "
            "connect_timeout='10'");
}

TEST(StoreUrlTest, PostgresUriDecodesAndQuotes) {
  auto r = ParseDatabaseUrl(
      "postgres://u%40x:p%27w%5C@[::1]:6000,db2:6001/my%20db?sslmode=require&connect_timeout=3"
      "&options=-c%20search_path%3Dapp");
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(r->pg_conninfo,
            "user='u@x' password='p\\'w\\\\' host='::1,db2' port='6000,6001' dbname='my db' "
            "sslmode='require' connect_timeout='3' options='-c search_path=app'");
}

TEST(StoreUrlTest, PostgresUriWithoutHostUsesLibpqDefaults) {
  auto r = ParseDatabaseUrl("postgresql:///rapport");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->pg_conninfo, "dbname='rapport' connect_timeout='10'");
}

TEST(StoreUrlTest, MalformedPostgresUris) {
  for (const char* url : {"postgresql://h:port/db", "postgresql://h/db?novalue",
                          "postgresql://h/%zz", "postgresql://[::1/db",
                          "postgresql://h/db?singlerow=true"}) {
    auto r = ParseDatabaseUrl(url);
    EXPECT_EQ(r.status().code(), Code::kInvalid) << url;
  }
  // The password never appears in an error message.
  auto r = ParseDatabaseUrl("postgresql://u:hunter2@h:x/db");
  EXPECT_EQ(r.status().message().find("hunter2"), std::string::npos);
}

}  // namespace
}  // namespace rapport::store::internal
