package org.linkage110.web.portal;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;
import org.linkage110.supervision.Figures;
import org.linkage110.supervision.IndicatorDefinition;

/** The page of indicator definitions the dashboard links to: what each figure divides by what. */
@Named
@RequestScoped
public class IndicatorsBacking {

    public List<IndicatorDefinition> getDefinitions() {
        return Figures.definitions();
    }

    public List<String> getCounts() {
        return Figures.counts();
    }
}
