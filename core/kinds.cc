#include "core/kinds.h"

namespace rapport::core {

std::string_view KindId(Kind kind) {
  switch (kind) {
    case Kind::kEmotional: return "emotional";
    case Kind::kIntellectual: return "intellectual";
    case Kind::kAffectionate: return "affectionate";
    case Kind::kSexual: return "sexual";
    case Kind::kExperiential: return "experiential";
    case Kind::kSpiritual: return "spiritual";
  }
  return "emotional";
}

std::optional<Kind> KindFromId(std::string_view id) {
  for (Kind k : kAllKinds) {
    if (KindId(k) == id) return k;
  }
  return std::nullopt;
}

}  // namespace rapport::core
