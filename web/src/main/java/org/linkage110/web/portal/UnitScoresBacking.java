package org.linkage110.web.portal;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import org.linkage110.supervision.AssessmentScore;
import org.linkage110.supervision.Assessments;
import org.linkage110.supervision.FigureQuery;
import org.linkage110.supervision.IndicatorDefinition;

/** The dashboard's assessment score (考核): the units ranked by their score over the dashboard's period. */
@Named
@RequestScoped
public class UnitScoresBacking {

    @Inject
    Assessments assessments;

    @Inject
    LanguageBacking language;

    private List<AssessmentScore.UnitScore> scores;

    /** The units' scores over the days of this period (its slice aside: a score is the whole unit's). */
    public List<AssessmentScore.UnitScore> scores(FigureQuery period) {
        if (scores == null) {
            scores = assessments.scores(FigureQuery.days(period.from(), period.to()));
        }
        return scores;
    }

    /** The weights as the office keeps them, each figure by its name in the user's language. */
    public String getWeights() {
        Map<String, Integer> weights = assessments.weights();
        return String.join(language.isEnglish() ? ", " : "、", IndicatorDefinition.ALL.stream()
                .filter(d -> weights.containsKey(d.code()))
                .map(d -> (language.isEnglish() ? d.nameEn() : d.nameZh()) + " " + weights.get(d.code())).toList());
    }
}
