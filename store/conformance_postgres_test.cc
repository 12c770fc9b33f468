// The conformance suite on PostgreSQL (the CTest fixture `postgres` provides the cluster),
// plus what only a server engine has: connections that drop.
#include <soci/soci.h>

#include "store/conformance_test.h"

namespace rapport::store::testing {
namespace {

INSTANTIATE_TEST_SUITE_P(Postgres, StoreConformance, ::testing::Values(Engine::kPostgres),
                         EngineName);

class PostgresStore : public StoreConformance {};
INSTANTIATE_TEST_SUITE_P(Postgres, PostgresStore, ::testing::Values(Engine::kPostgres),
                         EngineName);

TEST_P(PostgresStore, RecoversAfterTheServerDropsItsConnections) {
  UserId a = NewUser();
  ASSERT_OK(store_->PutCheckin(a, SampleCheckin(Date::FromYmd(2024, 3, 3), "kept"), 1));
  auto admin = db_->Connect();
  int killed = 0;
  *admin << "SELECT COUNT(pg_terminate_backend(pid)) FROM pg_stat_activity"
            " WHERE datname = current_database() AND pid <> pg_backend_pid()",
      soci::into(killed);
  EXPECT_EQ(killed, 4);  // the store's whole pool
  // Each pooled session may report the loss once (kUnavailable), then reconnects.
  int unavailable = 0;
  for (int i = 0; i < 8; ++i) {
    Status s = store_->Ping();
    if (!s.ok()) {
      EXPECT_EQ(s.code(), Code::kUnavailable) << s.ToString();
      ++unavailable;
    }
  }
  EXPECT_LE(unavailable, 4);
  EXPECT_OK(store_->Ping());
  auto got = store_->GetCheckin(a, Date::FromYmd(2024, 3, 3));
  ASSERT_OK(got);
  EXPECT_EQ(got->note, "kept");
  EXPECT_OK(store_->PutCheckin(a, SampleCheckin(Date::FromYmd(2024, 3, 4)), 2));
}

}  // namespace
}  // namespace rapport::store::testing
