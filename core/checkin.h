// A daily check-in: one per person per day, private to its owner unless shared.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "base/date.h"
#include "base/status.h"

namespace rapport::core {

enum class Conflict { kNone, kResolved, kUnresolved };
enum class AfterSex { kCloser, kSame, kDistant, kEmpty };

std::string_view ConflictId(Conflict c);
std::optional<Conflict> ConflictFromId(std::string_view id);
std::string_view AfterSexId(AfterSex a);
std::optional<AfterSex> AfterSexFromId(std::string_view id);

inline constexpr int kMinCloseness = 1;
inline constexpr int kMaxCloseness = 7;
inline constexpr std::size_t kMaxNoteChars = 4000;  // Unicode code points, not bytes
inline constexpr std::size_t kMaxMoments = 64;
inline constexpr std::size_t kMaxFeelings = 16;

struct Checkin {
  Date day;
  std::vector<std::string> moments;   // moment ids from the catalogue, no repeats
  int closeness = 4;                  // felt closeness 1..7
  std::vector<std::string> feelings;  // feeling word ids, no repeats
  Conflict conflict = Conflict::kNone;
  std::optional<AfterSex> after_sex;  // only when a sex moment is present
  std::string note;                   // optional, UTF-8, ≤ kMaxNoteChars code points
  bool share_note = false;            // this check-in's note may be read by the partner

  bool HasSex() const;
  friend bool operator==(const Checkin&, const Checkin&) = default;
};

// Checks a check-in against the catalogue and today's date (the owner's local today, given by
// the caller). On error the Status names the offending field ("day", "moments", "closeness",
// "feelings", "conflict", "after_sex", "note") and says what would be accepted.
Status ValidateCheckin(const Checkin& checkin, Date today);

// Counts code points in UTF-8; returns nullopt when `text` is not valid UTF-8.
std::optional<std::size_t> Utf8Length(std::string_view text);

}  // namespace rapport::core
