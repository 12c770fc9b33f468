// Practices for talking and listening: emotional and intellectual closeness, and repair.
// Our own writing. Ids are stored in practice events: never rename one.
#include "core/practices.h"

namespace rapport::core::content {
namespace {
constexpr Kind E = Kind::kEmotional, I = Kind::kIntellectual, P = Kind::kSpiritual;
constexpr PracticeMode kTogether = PracticeMode::kTogether, kSolo = PracticeMode::kSolo;
}  // namespace

std::vector<Practice> TalkPractices() {
  return {
      {"daily_talk",
       "Fifteen minutes, no screens",
       "A short, protected time each day to hear how the other person really is. It is less "
       "about big topics and more about showing up, day after day, with your full attention.",
       {"Pick a time that usually works for both of you, such as after dinner or before bed.",
        "Put phones in another room and turn off the TV.",
        "Each of you takes about seven minutes to talk about your day: what stood out, what "
        "was hard, what you are looking forward to.",
        "While your partner talks, listen. Ask a question or two, but don't fix or advise "
        "unless asked.",
        "End with one thing you appreciated about the other today."},
       15,
       kTogether,
       {E, I},
       "Skip it when either of you is too tired or upset to listen; say so and pick another "
       "time. It is an invitation, not a duty, and a missed day is fine.",
       {"sex_without_closeness", "closeness_trend", "unmet_need"}},
      {"high_and_low",
       "A high and a low",
       "Naming the best and the hardest part of the day is a quick way into each other's "
       "inner world. Over time it shows you what lifts and what weighs on your partner.",
       {"Sit together, side by side or face to face.",
        "One of you shares the high point of the day, then the low point.",
        "The other listens, then says back in a sentence what they heard.",
        "Swap roles.",
        "If a low needs more time, agree on when you'll come back to it."},
       10,
       kTogether,
       {E},
       "Not as a way to bring up a complaint about the other person; save that for a calmer "
       "talk that is about it.",
       {"sex_without_closeness", "unmet_need", "closeness_trend"}},
      {"name_the_feeling",
       "Name the feeling",
       "Feelings are easier to share once they have a name. This helps when \"fine\" is the "
       "word that comes out, but it isn't quite true.",
       {"Each of you picks one feeling word for how you are right now. Rapport's check-in "
         "list can help.",
        "Say where you notice it: chest, stomach, shoulders, nowhere in particular.",
        "Say one thing that might be feeding it.",
        "The other answers with \"Thank you for telling me\" and, if they want, one question."},
       5,
       kTogether,
       {E},
       "Not when either of you needs space right now. You can always pass.",
       {"sex_without_closeness", "distance_after_sex"}},
      {"listen_without_fixing",
       "Listen without fixing",
       "Many of us jump to solutions when the other person wants to be understood. Taking "
       "turns as speaker and listener slows things down so both of you feel heard.",
       {"Decide who speaks first. The speaker talks about something on their mind for "
         "about five minutes.",
        "The listener only listens, then sums up what they heard: \"It sounds like...\"",
        "The speaker says what was right and what was missed.",
        "The listener asks: \"Is there more?\"",
        "Swap roles. Solutions can wait for another time, if they are wanted at all."},
       20,
       kTogether,
       {E},
       "Not for a heated disagreement while either of you is still flooded; calm down first. "
       "If a conversation ever feels unsafe, stop.",
       {"unmet_need", "needs_differ"}},
      {"unsaid_letter",
       "A letter about something unsaid",
       "Sometimes a feeling is easier to put in writing first. Writing it down, just for "
       "yourself, helps you find words you can later share, if you want to.",
       {"Find fifteen quiet minutes alone.",
        "Write to your partner about one thing you haven't said: a thank you, a worry, a "
        "hope, or a hurt.",
        "Write it as it is; no one has to read it.",
        "Read it back and notice which part matters most.",
        "Decide whether to share it, part of it, or none of it. All three are fine."},
       20,
       kSolo,
       {E},
       "Not to build a case against your partner. If writing stirs up something painful, "
       "it is fine to stop, and a therapist can help.",
       {"unmet_need", "distance_after_sex"}},
      {"closeness_reflection",
       "What makes closeness hard for me",
       "Most of us have moments when closeness feels like too much. Noticing yours, "
       "gently and without blame, is a first step to staying a little longer next time.",
       {"Think of a recent moment when you pulled back: left a talk, changed the subject, or "
         "went quiet after being close.",
        "Write down what happened just before, and what you felt in your body.",
        "Ask yourself what you were protecting: your feelings, your pride, your time.",
        "Write one small thing that might help next time, such as \"I need a minute, I'll be "
         "back\".",
        "If you want to, share that sentence with your partner."},
       15,
       kSolo,
       {E},
       "Not as a way to judge yourself. If old hurts come up strongly, a therapist is a good "
       "person to explore them with.",
       {"distance_after_sex", "sex_without_closeness"}},
      {"question_ladder",
       "Questions you haven't asked",
       "Taking turns with questions that go a little deeper each round is a simple way to "
       "learn new things about someone you already know well.",
       {"Take turns asking, and both answer each question.",
        "Start light: \"What was a small thing that made you smile this week?\"",
        "Go a step deeper: \"What is something you've changed your mind about?\"",
        "And deeper: \"What is a hope you haven't told many people?\"",
        "Stop whenever either of you wants to. Thank each other for what was shared."},
       30,
       kTogether,
       {I, E},
       "Not when one of you feels pushed to answer. Any question can be passed.",
       {"unmet_need", "sex_without_closeness"}},
      {"read_and_talk",
       "Read the same thing",
       "Talking about an idea that belongs to neither of you is an easy way to enjoy how "
       "the other person thinks.",
       {"Pick a short article, a poem, a chapter or a podcast episode together.",
        "Each of you reads or listens on your own.",
        "Meet for twenty minutes. Each says what stuck with them and why.",
        "Ask \"What do you make of this?\" and listen for the answer.",
        "Disagreeing is fine; the aim is to understand, not to win."},
       30,
       kTogether,
       {I},
       "Not on a topic that is already a sore point between you.",
       {"unmet_need"}},
      {"solve_small_problem",
       "Solve a small problem together",
       "Working through a small shared problem, where neither of you is wrong, lets you "
       "feel like a team and see how each of you thinks.",
       {"Choose a small, low-stakes problem: a weekend plan, rearranging a room, a budget "
         "line.",
        "Each of you says what matters to you about it.",
        "Come up with three options together, without judging them yet.",
        "Pick one you can both live with and try it.",
        "Later, say one thing you liked about working on it together."},
       30,
       kTogether,
       {I},
       "Not for a long-running disagreement; start with something that has no history.",
       {"unmet_need"}},
      {"repair_talk",
       "A repair talk after a fight",
       "A fight that ends without being settled tends to come back. A calm talk afterwards, "
       "once both of you are ready, helps you understand each other and close it well.",
       {"Wait until both of you feel calm. Agree on a time, even if it is the next day.",
        "Each of you describes what happened from your side, starting with \"I felt...\" "
         "rather than with blame.",
        "The other sums up what they heard, without arguing back.",
        "Each of you names one thing you would do differently.",
        "Agree on one small step for next time. A hug at the end is welcome if you both "
         "want one."},
       30,
       kTogether,
       {E},
       "Not while either of you is still flooded with anger; take a break first. If fights "
       "involve fear, threats or harm, skip this and reach out for support: see the safety "
       "page.",
       {"sex_over_unresolved_fight", "closeness_trend"}},
      {"pause_and_return",
       "Pause and come back",
       "When a disagreement heats up, a pause agreed in advance keeps it from boiling over. "
       "The promise to come back is what makes a pause feel safe.",
       {"In a calm moment, agree on a word or a sign that means \"I need a pause\".",
        "Agree on how long a pause lasts, such as twenty minutes to an hour.",
        "When either of you uses it, stop talking about the topic.",
        "Do something calming on your own: a walk, slow breathing, music.",
        "Come back at the agreed time and pick up gently, or set a new time."},
       10,
       kTogether,
       {E},
       "Not as a way to end every hard talk for good: the pause only works if you come back.",
       {"sex_over_unresolved_fight"}},
      {"settle_myself",
       "Settle yourself before you talk",
       "After a fight, the body stays on alert for a while. Settling it first makes a "
       "repair talk much more likely to go well.",
       {"Find a quiet place on your own.",
        "Breathe in for four counts and out for six, ten times.",
        "Notice what you feel, and name it to yourself.",
        "Write down what you most want your partner to understand.",
        "When you feel calmer, let your partner know you're ready to talk when they are."},
       10,
       kSolo,
       {E},
       "Not a replacement for talking it through later. If you feel unsafe, reach out for "
       "help: see the safety page.",
       {"sex_over_unresolved_fight"}},
      {"appreciation_round",
       "Three things I noticed",
       "Saying out loud what you appreciate keeps the good things visible, especially in "
       "busy weeks when most talk is about logistics.",
       {"Each of you thinks of three things the other did or was this week that you "
         "appreciated.",
        "Take turns sharing one at a time, as specifically as you can.",
        "The one hearing it says only \"Thank you\". No need to play it down.",
        "Notice how it feels to hear and to say."},
       5,
       kTogether,
       {E, P},
       "Not as a warm-up before raising a complaint: keep it on its own.",
       {"closeness_trend"}},
  };
}

}  // namespace rapport::core::content
