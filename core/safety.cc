#include "core/safety.h"

namespace rapport::core {

Result<bool> EvaluateSafetyCheck(const std::map<std::string, bool>& answers) {
  const SafetyContent& content = TheSafetyContent();
  // The messages name no item and echo no answer: they may end up in a log line.
  for (const auto& [id, yes] : answers) {
    bool known = false;
    for (const SafetyItem& item : content.items) known |= item.id == id;
    if (!known) return Status::Invalid("An answer names a question that does not exist.", "answers");
  }
  bool positive = false;
  for (const SafetyItem& item : content.items) {
    auto it = answers.find(std::string(item.id));
    if (it == answers.end()) return Status::Invalid("Please answer every question.", "answers");
    positive |= it->second;
  }
  return positive;
}

}  // namespace rapport::core
