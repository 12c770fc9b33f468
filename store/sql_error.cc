#include "store/sql_error.h"

#include <soci/postgresql/soci-postgresql.h>
#include <soci/soci.h>
#include <soci/sqlite3/soci-sqlite3.h>
#include <sqlite3.h>

#include <string>

namespace rapport::store::internal {

Status FromSqlException(std::string_view what, const std::exception& e) {
  std::string op(what);
  if (const auto* pg = dynamic_cast<const soci::postgresql_soci_error*>(&e)) {
    std::string state = pg->sqlstate();
    std::string tag = " (sqlstate " + state + ")";
    if (state.rfind("23", 0) == 0) {
      return Status::Conflict(op + " conflicts with existing data" + tag);
    }
    if (state == "40001" || state == "40P01" || state.rfind("08", 0) == 0 ||
        state.rfind("57", 0) == 0 || state.rfind("53", 0) == 0) {
      return Status::Unavailable(op + ": database temporarily unavailable" + tag);
    }
    if (pg->get_error_category() == soci::soci_error::connection_error) {
      return Status::Unavailable(op + ": database connection failed" + tag);
    }
    return Status::Internal(op + ": database error" + tag);
  }
  if (const auto* lite = dynamic_cast<const soci::sqlite3_soci_error*>(&e)) {
    int code = lite->result() & 0xff;
    std::string tag = " (sqlite error " + std::to_string(code) + ")";
    if (code == SQLITE_CONSTRAINT) return Status::Conflict(op + " conflicts with existing data" + tag);
    if (code == SQLITE_BUSY || code == SQLITE_LOCKED || code == SQLITE_FULL ||
        code == SQLITE_IOERR || code == SQLITE_CANTOPEN || code == SQLITE_NOMEM) {
      return Status::Unavailable(op + ": database temporarily unavailable" + tag);
    }
    return Status::Internal(op + ": database error" + tag);
  }
  if (const auto* soci_error = dynamic_cast<const soci::soci_error*>(&e)) {
    switch (soci_error->get_error_category()) {
      case soci::soci_error::connection_error:
        return Status::Unavailable(op + ": database connection failed");
      case soci::soci_error::constraint_violation:
        return Status::Conflict(op + " conflicts with existing data");
      default:
        return Status::Internal(op + ": database error");
    }
  }
  return Status::Internal(op + ": unexpected error");
}

bool IsRetryableTransactionError(const std::exception& e) {
  if (const auto* pg = dynamic_cast<const soci::postgresql_soci_error*>(&e)) {
    std::string state = pg->sqlstate();
    return state == "40001" || state == "40P01";
  }
  return false;
}

}  // namespace rapport::store::internal
