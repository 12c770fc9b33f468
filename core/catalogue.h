// The check-in catalogue: moments (each mapped to one or more kinds), feeling words, conflict
// states and after-sex feelings. The data itself is our own writing in content/catalogue.cc.
// Ids are stable: they are stored inside encrypted check-ins and must never be renamed.
#pragma once

#include <span>
#include <string_view>
#include <vector>

#include "core/kinds.h"

namespace rapport::core {

struct MomentDef {
  std::string_view id;            // "shared_feeling"
  std::string_view label;         // "Shared a feeling"
  std::vector<Kind> kinds;        // at least one
  bool is_sex = false;            // this moment counts as sex for the after-sex question
  bool is_conflict = false;       // the "conflict" moment
};

struct WordDef {
  std::string_view id;
  std::string_view label;
};

struct Catalogue {
  int version;
  std::vector<MomentDef> moments;
  std::vector<WordDef> feelings;        // feeling words for a check-in
  std::vector<WordDef> after_sex;       // closer, same, distant, empty
  std::vector<WordDef> conflict_states; // none, resolved, unresolved
};

// The catalogue compiled into this binary. Never empty; every moment has at least one kind.
const Catalogue& TheCatalogue();

const MomentDef* FindMoment(std::string_view id);
bool IsFeeling(std::string_view id);

}  // namespace rapport::core
