// Psycho-education cards, version 1. Our own words. Each fact names its source (full
// citations in content/SOURCES.md) and how strong the evidence is. Findings from surveys and
// diaries are associations and are worded that way; none of them is a target for anyone.
#include "core/cards.h"

namespace rapport::core {
namespace {

constexpr StudyDesign kCorrelational = StudyDesign::kCorrelational;
constexpr StudyDesign kExperiment = StudyDesign::kExperiment;
constexpr StudyDesign kReview = StudyDesign::kReview;
constexpr StudyDesign kConceptual = StudyDesign::kConceptual;

std::vector<Card> Build() {
  return {
      {"sex_is_one_kind",
       "Sex is one kind of closeness",
       "People often say \"intimate\" when they mean sex. Researchers who study couples "
       "describe several kinds of intimacy: emotional, intellectual, sexual, shared "
       "activities and more. They can rise and fall separately. A couple can have a lot of "
       "one and little of another, and closeness without sex is still real closeness.",
       {{"Schaefer & Olson, 1981",
         "A questionnaire study that described separate kinds of intimacy. It maps the idea; "
         "it does not test what helps.",
         kConceptual}}},
      {"more_is_not_always_better",
       "More is not always better",
       "In large US surveys, people in relationships who had sex more often tended to report "
       "more well-being, but only up to about once a week on average. Beyond that, the link "
       "levelled off. This is an average across many people, not a goal: the right amount is "
       "whatever feels right to both of you, and that includes little or none.",
       {{"Muise, Schimmack & Impett, 2016",
         "Three surveys, about 30,000 people in all. An association: it cannot show that sex "
         "causes well-being, or the other way round.",
         kCorrelational}}},
      {"pressure_does_not_help",
       "Pressure does not add closeness",
       "In one study, couples were asked to double how often they had sex for three months. "
       "They did have sex more often, but they did not become happier; on average they wanted it "
       "and enjoyed it a little less. Sex that is chosen feels different from sex that is "
       "scheduled by someone else's rule.",
       {{"Loewenstein, Krishnamurti, Kopsic & McDonald, 2015",
         "A randomised experiment with 64 married couples. Small, and only one kind of "
         "couple; the instruction itself may have made sex feel like a task.",
         kExperiment}}},
      {"afterglow",
       "A glow that lasts about two days",
       "In diary studies of newlywed couples, satisfaction with their sex life stayed higher "
       "for about two days after sex, and had faded by the third. People whose glow was "
       "stronger tended to be more satisfied with their marriage months later. This is why "
       "Rapport looks at the day of sex and the two days after, and no further.",
       {{"Meltzer et al., 2017",
         "Two 14-day diary studies, 214 newlywed couples. Associations in a young, early-"
         "marriage group; it may differ for other couples.",
         kCorrelational}}},
      {"touch_in_daily_life",
       "Touch, on an ordinary day",
       "In a week-long diary study of dating couples, moments of touch went with a better "
       "mood, partly because the person touched felt closer. People who were touched more "
       "often that week also reported more well-being six months later. Touch that asks "
       "for nothing is part of intimacy in its own right.",
       {{"Debrot, Schoebi, Perrez & Horn, 2013",
         "A diary study of 102 couples, four entries a day for a week. An association: "
         "happier couples may also touch more.",
         kCorrelational}}},
      {"hugs_and_colds",
       "Hugs and the common cold",
       "Researchers asked 404 healthy adults about hugs and conflict every evening for two "
       "weeks, then exposed them to a cold virus. More conflict in those weeks went with a "
       "higher chance of infection, but less so for people who felt supported, and hugs "
       "accounted for about a third of that protection. Among those who did catch the cold, "
       "more hugs went with milder symptoms.",
       {{"Cohen, Janicki-Deverts, Turner & Doyle, 2015",
         "The virus exposure was controlled, but hugs were not assigned: it shows an "
         "association, not proof that hugs prevent colds.",
         kCorrelational}}},
      {"touch_from_the_start",
       "Touch matters from the start of life",
       "In hospital trials with babies born early, gentle massage went with faster growth: "
       "pooled across trials, about 5 grams more weight gained per day, and a few days less "
       "in hospital. The trials were small and many had weaknesses, so the size of the "
       "effect is uncertain. It is a reminder that touch is a basic need, not proof of "
       "anything about adults.",
       {{"Vickers, Ohlsson, Lacy & Horsley, 2004",
         "A review pooling small randomised trials (about 5 g a day). Its authors judged the "
         "trials' quality a serious concern and the evidence weak.",
         kReview},
        {"Wang, He & Zhang, 2013",
         "A later pooling of 17 trials found a similar figure (about 5.3 g a day), with the "
         "same call for larger, stricter trials.",
         kReview}}},
      {"touch_speaks",
       "Touch can say what words don't",
       "In laboratory studies, people could tell which emotion a stranger meant by touch "
       "alone, such as love, gratitude, sympathy, anger or fear, more often than chance "
       "would predict. A hand on the arm carries a message, even in silence.",
       {{"Hertenstein, Holmes, McCullough & Keltner, 2009",
         "Laboratory experiments with students, mostly strangers. Accuracy was above chance, "
         "not perfect.",
         kExperiment}}},
      {"questions_build_closeness",
       "Questions can build closeness",
       "In a well-known experiment, pairs of strangers took turns asking each other "
       "questions that became slowly more personal, for about 45 minutes. They felt closer "
       "afterwards than pairs who made small talk. Taking turns at opening up, a little at "
       "a time, seems to matter more than any one big talk.",
       {{"Aron, Melinat, Aron, Vallone & Bator, 1997",
         "Randomised experiments with university students who were strangers; couples who "
         "already know each other well may respond differently.",
         kExperiment}}},
      {"feeling_understood",
       "Feeling understood is the heart of it",
       "In diary studies of everyday conversations, feeling close went with sharing "
       "feelings, more than sharing facts, and with feeling that the other person responded "
       "with understanding and care. Being met when you open up seems to be the heart of it.",
       {{"Laurenceau, Barrett & Pietromonaco, 1998",
         "Two diary studies of students' everyday conversations. Associations within "
         "people's own days; not an experiment.",
         kCorrelational}}},
      {"new_things_together",
       "Something new, together",
       "In experiments, couples who spent a short time on a new and slightly challenging "
       "activity together reported more satisfaction with their relationship afterwards "
       "than couples given a routine task. Novelty shared is closeness shared.",
       {{"Aron, Norman, Aron, McKenna & Heyman, 2000",
         "Laboratory experiments with married and dating couples; the effect was measured "
         "soon after and may not last on its own.",
         kExperiment}}},
      {"good_news",
       "How you meet good news",
       "People whose partners usually met their good news with real, warm interest tended to "
       "report more trust and satisfaction in the relationship. Noticing the good is as "
       "much part of intimacy as sharing the hard things.",
       {{"Gable, Reis, Impett & Asher, 2004",
         "Surveys and diary studies of couples and students. Associations: warm couples may "
         "simply respond warmly.",
         kCorrelational}}},
  };
}

}  // namespace

const std::vector<Card>& AllCards() {
  static const std::vector<Card> cards = Build();
  return cards;
}

}  // namespace rapport::core
