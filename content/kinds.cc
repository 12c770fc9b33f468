// The six kinds of intimacy, described in our own words. Version 1.
// Each description says what the kind is without ranking it against the others: sex is one
// kind among six, and closeness without sex is real closeness.
#include "core/kind_info.h"

namespace rapport::core {
namespace {

std::array<KindInfo, kKindCount> Build() {
  return {{
      {Kind::kEmotional,
       "Emotional",
       "emotional closeness",
       "Letting each other see what is going on inside: worries, hopes, hurts and joys, "
       "and feeling understood when you do.",
       {"Saying \"today was awful\" and being listened to",
        "Owning up to a mistake without fear of being mocked",
        "Telling your partner what scares you about the future",
        "Sharing a small win and seeing your partner light up"}},
      {Kind::kIntellectual,
       "Intellectual",
       "intellectual closeness",
       "Sharing thoughts and ideas, and being curious about how the other person sees "
       "things, even when you disagree.",
       {"Talking over a book, a podcast or the news",
        "Asking \"what do you make of this?\" and really wanting to know",
        "Working out a tricky plan together",
        "A friendly debate where both of you feel respected"}},
      {Kind::kAffectionate,
       "Affectionate",
       "affectionate touch",
       "Touch that says \"I'm here\" and asks for nothing more. It is not a step towards "
       "sex; it is closeness of its own.",
       {"A long hug in the kitchen",
        "Holding hands on a walk",
        "A hand on the shoulder when the day is hard",
        "Sitting close on the sofa with no plan"}},
      {Kind::kSexual,
       "Sexual",
       "sexual closeness",
       "Desire, sexual touch and sex, in whatever form and amount feels right to both of "
       "you. Wanting little or none is just as valid as wanting a lot.",
       {"Flirting or teasing that feels good to both of you",
        "Saying what you like, and what you don't",
        "Sexual touch without it having to lead to sex",
        "Feeling wanted in a way that feels safe"}},
      {Kind::kExperiential,
       "Experiential",
       "closeness through shared activities",
       "Doing things side by side: play, new places, everyday adventures, and laughing at "
       "the same thing.",
       {"Cooking a meal together without rushing",
        "Trying a class or a hobby neither of you has done",
        "A walk somewhere new",
        "A silly game that ends in laughter"}},
      {Kind::kSpiritual,
       "Spiritual",
       "shared meaning",
       "Sharing what gives life meaning: values, faith or none, small rituals, and hopes "
       "for the kind of life you are building.",
       {"Talking about what matters most to each of you",
        "A quiet moment together at the end of the day",
        "A ritual that is yours: a Sunday walk, a candle, a prayer",
        "Giving thanks for something, out loud"}},
  }};
}

}  // namespace

const std::array<KindInfo, kKindCount>& AllKindInfo() {
  static const std::array<KindInfo, kKindCount> kinds = Build();
  return kinds;
}

}  // namespace rapport::core
