#include "core/catalogue.h"

namespace rapport::core {

const MomentDef* FindMoment(std::string_view id) {
  for (const MomentDef& m : TheCatalogue().moments) {
    if (m.id == id) return &m;
  }
  return nullptr;
}

bool IsFeeling(std::string_view id) {
  for (const WordDef& w : TheCatalogue().feelings) {
    if (w.id == id) return true;
  }
  return false;
}

}  // namespace rapport::core
