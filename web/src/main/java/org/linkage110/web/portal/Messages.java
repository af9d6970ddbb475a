package org.linkage110.web.portal;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.util.ResourceBundle;

/** Faces messages in the user's language, from the portal's resource bundle. */
@RequestScoped
public class Messages {

    static final String BUNDLE = "org.linkage110.web.i18n.messages";

    @Inject
    FacesContext faces;

    public void error(String key) {
        add(FacesMessage.SEVERITY_ERROR, key);
    }

    public void info(String key) {
        add(FacesMessage.SEVERITY_INFO, key);
    }

    private void add(FacesMessage.Severity severity, String key) {
        String text = ResourceBundle.getBundle(BUNDLE, faces.getViewRoot().getLocale()).getString(key);
        faces.addMessage(null, new FacesMessage(severity, text, null));
    }
}
