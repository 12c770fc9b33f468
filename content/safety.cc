// The private safety check. Our own writing, for someone who may be reading it in fear, on a
// shared device, with little time. Plain and calm; no blame, no alarm, no pressure to act.
// Resources are generic on purpose: Rapport runs in many countries and must not send anyone to
// a wrong number, or to a third-party site that could show up in a network log.
#include "core/safety.h"

namespace rapport::core {

const SafetyContent& TheSafetyContent() {
  static const SafetyContent content = {
      // intro
      "A few questions about how safe you feel with your partner. They are only for you. Your "
      "answers are not saved, and your partner is not told that you answered. If any answer is "
      "yes, Rapport quietly stops sharing anything new with your partner, and you can undo "
      "that whenever you choose.",
      // items
      {
          {"afraid",
           "Are you ever afraid of your partner, or of what they might do if you disagree or "
           "say no?"},
          {"controlled",
           "Does your partner control things that are yours to decide, such as your money, "
           "your phone, where you go or who you see?"},
          {"pressured",
           "Have you been pressured, tricked or forced into sex or other acts you did not "
           "want?"},
          {"hurt",
           "Has your partner hurt you, or threatened to hurt you, someone you love, a pet, or "
           "themselves?"},
          {"watched",
           "Do you hold back what you write here because your partner might check it?"},
      },
      // positive message
      "Thank you for answering. What you told us matters, and you are not alone: "
      "many people have been where you are, and there are people whose work is to help. "
      "Nothing about this is something you caused.\n\n"
      "Rapport has just stopped sharing with your partner and turned off any comparison "
      "between you. Nothing else changed, and nothing was deleted. Your partner sees only "
      "\"nothing new\", as if you had not added anything lately; they are not told why. You "
      "can keep using Rapport for yourself.\n\n"
      "To undo this later, open the safety check again and choose to turn sharing back on. "
      "Take your time: there is no wrong moment, and no need to decide anything today.",
      // resources
      {
          {"If you are in danger now",
           "Call your local emergency number. If it is not safe to speak, some services "
           "accept a text message instead; find out ahead of time whether yours does. Going "
           "where other people are can also help."},
          {"Domestic abuse helplines",
           "Most countries have a free, confidential helpline for people who are hurt, "
           "controlled or afraid at home. Search for \"domestic abuse helpline\" and the name "
           "of your country, ideally from a device your partner cannot see. You do not have to "
           "be sure it is \"bad enough\" to call: they will listen and talk through your "
           "options."},
          {"Someone you trust",
           "A friend, a relative or a colleague. Telling one person can make the next step "
           "easier, and they can help if you ever have to leave quickly. You might agree on a "
           "word that means \"please call for help\"."},
          {"A doctor or counsellor",
           "A doctor, nurse or counsellor can listen in confidence, record any injuries, and "
           "put you in touch with support near you. It is fine to see them on your own."},
          {"Leaving this page quickly",
           "The Quick exit button, or pressing Escape twice, leaves Rapport at once for a "
           "neutral page. On a shared device, a private browsing window leaves fewer traces. "
           "If clearing all your history would look unusual, remove only the pages you visited "
           "here."},
          {"A safety plan",
           "A safety plan is a short list for a hurried exit: where you would go, who you "
           "would call, and where you keep documents, money, medicines, a spare key and a "
           "charged phone. A helpline can make one with you, step by step."},
          {"Couples therapy can wait",
           "When one partner is afraid of the other, couples therapy is usually not the right "
           "first step: what you say in the room may not be safe to say at home. A counsellor "
           "who sees you alone, or a helpline, is a better place to start."},
      },
      // negative message
      "Thank you for taking a moment for this. Nothing has changed: your sharing stays as you "
      "set it. If things ever feel different, you can take this check again at any time, and "
      "it stays just as private. If something worries you that these questions did not ask "
      "about, a counsellor or a helpline is there for that too.",
  };
  return content;
}

}  // namespace rapport::core
