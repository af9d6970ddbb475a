package org.linkage110.web.portal;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.linkage110.intake.IncidentSummary;
import org.linkage110.intake.Incidents;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** The incident list: newest first, loaded a page at a time. */
@Named
@ViewScoped
public class IncidentsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Incidents incidents;

    private final LazyDataModel<IncidentSummary> model = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filters) {
            return Math.toIntExact(Math.min(Integer.MAX_VALUE, incidents.count()));
        }

        @Override
        public List<IncidentSummary> load(int first, int pageSize, Map<String, SortMeta> sort,
                                          Map<String, FilterMeta> filters) {
            return incidents.list(first, pageSize);
        }
    };

    public LazyDataModel<IncidentSummary> getModel() {
        return model;
    }
}
