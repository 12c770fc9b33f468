// Opening, migrating, and the errors of Store::Open.
#include <soci/soci.h>

#include "store/conformance_test.h"
#include "store/migrations.h"

namespace rapport::store::testing {
namespace {

TEST_P(StoreConformance, MigrateIsIdempotentAndOpeningTwiceIsFine) {
  auto version = store_->Migrate();
  ASSERT_OK(version);
  EXPECT_EQ(*version, internal::LatestSchemaVersion());
  EXPECT_GE(*version, 1);
  UserId a = NewUser();
  ASSERT_OK(store_->PutCheckin(a, SampleCheckin(Date::FromYmd(2024, 1, 1)), 1));

  auto second = OpenStore(master_key_);  // migrates again while the first is open
  ASSERT_OK(second);
  auto again = (*second)->Migrate();
  ASSERT_OK(again);
  EXPECT_EQ(*again, *version);
  EXPECT_OK((*second)->GetCheckin(a, Date::FromYmd(2024, 1, 1)));

  auto sql = db_->Connect();
  int rows = 0;
  *sql << "SELECT COUNT(*) FROM schema_migrations", soci::into(rows);
  EXPECT_EQ(rows, internal::LatestSchemaVersion());
}

TEST_P(StoreConformance, OpenWithoutMigrateThenMigrate) {
  auto fresh_db = TestDatabase::Create(GetParam());
  ASSERT_OK(fresh_db);
  StoreOptions options;
  options.url = (*fresh_db)->url();
  options.master_key = master_key_;
  options.migrate = false;
  auto store = Store::Open(options);
  ASSERT_OK(store);
  EXPECT_CODE((*store)->CreateUser("x@example.org", "h", 1), Code::kInternal);  // no tables
  auto version = (*store)->Migrate();
  ASSERT_OK(version);
  EXPECT_EQ(*version, internal::LatestSchemaVersion());
  EXPECT_OK((*store)->CreateUser("x@example.org", "h", 1));
}

TEST_P(StoreConformance, OpenRejectsBadOptions) {
  StoreOptions options;
  options.url = db_->url();
  options.master_key = Secret<std::string>("too short");
  EXPECT_CODE(Store::Open(options), Code::kInvalid);
  options.master_key = master_key_;
  options.pool_size = 0;
  EXPECT_CODE(Store::Open(options), Code::kInvalid);
  options.pool_size = 2;
  options.url = "mysql://localhost/rapport";
  EXPECT_CODE(Store::Open(options), Code::kInvalid);
  options.url = "sqlite::memory:";
  EXPECT_CODE(Store::Open(options), Code::kInvalid);
}

TEST_P(StoreConformance, UnreachableDatabaseIsUnavailable) {
  StoreOptions options;
  options.master_key = master_key_;
  options.url = GetParam() == Engine::kSqlite
                    ? "sqlite:/nonexistent-dir-for-rapport-tests/x/rapport.db"
                    : "postgresql://rapport@127.0.0.1:1/rapport_test?connect_timeout=2";
  EXPECT_CODE(Store::Open(options), Code::kUnavailable);
}

}  // namespace
}  // namespace rapport::store::testing
