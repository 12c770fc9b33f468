// The conformance suite on PostgreSQL (the CTest fixture `postgres` provides the cluster).
#include "store/conformance_test.h"

namespace rapport::store::testing {
namespace {

INSTANTIATE_TEST_SUITE_P(Postgres, StoreConformance, ::testing::Values(Engine::kPostgres),
                         EngineName);

}  // namespace
}  // namespace rapport::store::testing
