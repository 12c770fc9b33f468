#include "core/checkin.h"

#include <set>

#include "core/catalogue.h"

namespace rapport::core {

std::string_view ConflictId(Conflict c) {
  switch (c) {
    case Conflict::kNone: return "none";
    case Conflict::kResolved: return "resolved";
    case Conflict::kUnresolved: return "unresolved";
  }
  return "none";
}

std::optional<Conflict> ConflictFromId(std::string_view id) {
  for (Conflict c : {Conflict::kNone, Conflict::kResolved, Conflict::kUnresolved}) {
    if (ConflictId(c) == id) return c;
  }
  return std::nullopt;
}

std::string_view AfterSexId(AfterSex a) {
  switch (a) {
    case AfterSex::kCloser: return "closer";
    case AfterSex::kSame: return "same";
    case AfterSex::kDistant: return "distant";
    case AfterSex::kEmpty: return "empty";
  }
  return "same";
}

std::optional<AfterSex> AfterSexFromId(std::string_view id) {
  for (AfterSex a : {AfterSex::kCloser, AfterSex::kSame, AfterSex::kDistant, AfterSex::kEmpty}) {
    if (AfterSexId(a) == id) return a;
  }
  return std::nullopt;
}

bool Checkin::HasSex() const {
  for (const std::string& id : moments) {
    const MomentDef* m = FindMoment(id);
    if (m && m->is_sex) return true;
  }
  return false;
}

std::optional<std::size_t> Utf8Length(std::string_view text) {
  std::size_t count = 0;
  for (std::size_t i = 0; i < text.size();) {
    unsigned char c = text[i];
    int extra = c < 0x80 ? 0 : (c >> 5) == 0x6 ? 1 : (c >> 4) == 0xE ? 2 : (c >> 3) == 0x1E ? 3 : -1;
    if (extra < 0 || i + extra >= text.size()) return std::nullopt;
    std::uint32_t cp = extra == 0 ? c : c & (0x3F >> extra);
    for (int k = 1; k <= extra; ++k) {
      unsigned char cc = text[i + k];
      if ((cc >> 6) != 0x2) return std::nullopt;
      cp = (cp << 6) | (cc & 0x3F);
    }
    // Overlong forms, surrogates and values past U+10FFFF are not valid UTF-8.
    static constexpr std::uint32_t kMin[] = {0, 0x80, 0x800, 0x10000};
    if (cp < kMin[extra] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return std::nullopt;
    i += extra + 1;
    ++count;
  }
  return count;
}

namespace {

template <typename Pred>
Status CheckIdList(const std::vector<std::string>& ids, std::size_t max, const char* field,
                   const char* what, Pred known) {
  if (ids.size() > max) {
    return Status::Invalid(std::string("Too many ") + what + " (at most " + std::to_string(max) + ").", field);
  }
  std::set<std::string_view> seen;
  for (const std::string& id : ids) {
    if (!known(id)) return Status::Invalid(std::string("Unknown ") + what + " '" + id + "'.", field);
    if (!seen.insert(id).second) {
      return Status::Invalid(std::string("'") + id + "' is listed twice.", field);
    }
  }
  return Status::Ok();
}

}  // namespace

Status ValidateCheckin(const Checkin& c, Date today) {
  if (c.day > today) return Status::Invalid("A check-in can't be for a day in the future.", "day");
  RAPPORT_RETURN_IF_ERROR(CheckIdList(c.moments, kMaxMoments, "moments", "moment",
                                      [](const std::string& id) { return FindMoment(id) != nullptr; }));
  if (c.closeness < kMinCloseness || c.closeness > kMaxCloseness) {
    return Status::Invalid("Felt closeness must be a whole number from 1 to 7.", "closeness");
  }
  RAPPORT_RETURN_IF_ERROR(CheckIdList(c.feelings, kMaxFeelings, "feelings", "feeling word",
                                      [](const std::string& id) { return IsFeeling(id); }));
  if (c.after_sex && !c.HasSex()) {
    return Status::Invalid("The after-sex feeling goes only with a check-in that includes sex.",
                           "after_sex");
  }
  auto length = Utf8Length(c.note);
  if (!length) return Status::Invalid("The note is not valid UTF-8 text.", "note");
  if (*length > kMaxNoteChars) {
    return Status::Invalid("The note is longer than 4,000 characters.", "note");
  }
  return Status::Ok();
}

}  // namespace rapport::core
