// Status and Result<T>: the value every layer boundary returns instead of throwing.
//
// A Status is either ok or carries a Code, a message a person may read, and optionally the
// name of the offending field. Messages must never contain intimate data, passwords or tokens:
// they travel to logs and to clients. api/ maps each Code to one HTTP status in one place.
#pragma once

#include <cassert>
#include <optional>
#include <string>
#include <utility>
#include <variant>

namespace rapport {

enum class Code {
  kOk,
  kInvalid,          // malformed or out-of-range input (400)
  kUnauthenticated,  // not signed in (401)
  kNotFound,         // missing, or not yours: the two are never told apart (404)
  kConflict,         // clashes with current state (409)
  kTooLarge,         // over a size limit (413)
  kTooMany,          // rate limited (429)
  kUnavailable,      // a dependency is down; retrying may help (503)
  kInternal,         // a bug or a broken invariant (500)
};

const char* CodeName(Code code);  // stable snake_case name used in JSON error bodies

class [[nodiscard]] Status {
 public:
  Status() = default;  // ok
  Status(Code code, std::string message, std::string field = {})
      : code_(code), message_(std::move(message)), field_(std::move(field)) {}

  static Status Ok() { return Status(); }
  static Status Invalid(std::string msg, std::string field = {}) {
    return {Code::kInvalid, std::move(msg), std::move(field)};
  }
  static Status NotFound(std::string msg = "Not found.") { return {Code::kNotFound, std::move(msg)}; }
  static Status Conflict(std::string msg) { return {Code::kConflict, std::move(msg)}; }
  static Status Unauthenticated(std::string msg = "Please sign in.") {
    return {Code::kUnauthenticated, std::move(msg)};
  }
  static Status TooMany(std::string msg) { return {Code::kTooMany, std::move(msg)}; }
  static Status TooLarge(std::string msg) { return {Code::kTooLarge, std::move(msg)}; }
  static Status Unavailable(std::string msg) { return {Code::kUnavailable, std::move(msg)}; }
  static Status Internal(std::string msg) { return {Code::kInternal, std::move(msg)}; }

  bool ok() const { return code_ == Code::kOk; }
  Code code() const { return code_; }
  const std::string& message() const { return message_; }
  const std::string& field() const { return field_; }
  std::string ToString() const;  // "conflict: message" — for logs and test failures

 private:
  Code code_ = Code::kOk;
  std::string message_;
  std::string field_;
};

// Result<T>: a T, or the Status saying why there is none. Accessing value() on an error is a bug.
template <typename T>
class [[nodiscard]] Result {
 public:
  Result(T value) : v_(std::move(value)) {}                   // NOLINT: implicit by design
  Result(Status status) : v_(std::move(status)) { assert(!std::get<Status>(v_).ok()); }  // NOLINT

  bool ok() const { return std::holds_alternative<T>(v_); }
  const Status& status() const {
    static const Status kOk;
    return ok() ? kOk : std::get<Status>(v_);
  }
  T& value() & { assert(ok()); return std::get<T>(v_); }
  const T& value() const& { assert(ok()); return std::get<T>(v_); }
  T&& value() && { assert(ok()); return std::get<T>(std::move(v_)); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }

 private:
  std::variant<T, Status> v_;
};

}  // namespace rapport

// Returns early from the enclosing function with the Status of `expr` when it is not ok.
#define RAPPORT_RETURN_IF_ERROR(expr)              \
  do {                                             \
    ::rapport::Status rapport_status_ = (expr);    \
    if (!rapport_status_.ok()) return rapport_status_; \
  } while (0)

#define RAPPORT_CONCAT_INNER(a, b) a##b
#define RAPPORT_CONCAT(a, b) RAPPORT_CONCAT_INNER(a, b)
// RAPPORT_ASSIGN_OR_RETURN(auto x, Foo()): binds the value or returns the error Status.
#define RAPPORT_ASSIGN_OR_RETURN(lhs, expr) \
  RAPPORT_ASSIGN_OR_RETURN_IMPL(RAPPORT_CONCAT(rapport_result_, __LINE__), lhs, expr)
#define RAPPORT_ASSIGN_OR_RETURN_IMPL(tmp, lhs, expr) \
  auto tmp = (expr);                                  \
  if (!tmp.ok()) return tmp.status();                 \
  lhs = std::move(tmp).value()
