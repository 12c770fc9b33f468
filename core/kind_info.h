// Plain-language descriptions of the six kinds of intimacy, for people rather than code.
// The words themselves are our own writing in content/kinds.cc.
#pragma once

#include <array>
#include <string_view>
#include <vector>

#include "core/kinds.h"

namespace rapport::core {

struct KindInfo {
  Kind kind;
  std::string_view label;        // "Emotional": a heading
  std::string_view phrase;       // "emotional closeness": fits inside a sentence
  std::string_view description;  // one or two short sentences
  std::vector<std::string_view> examples;  // everyday examples, at least three
};

// All six kinds in kAllKinds order. Never empty; built once, immutable, safe to share.
const std::array<KindInfo, kKindCount>& AllKindInfo();

// The description of one kind. Never fails: every Kind has one.
const KindInfo& DescribeKind(Kind kind);

}  // namespace rapport::core
