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

    /** A message whose text is already in the user's language (or is the data's own words). */
    public void errorText(String text) {
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }

    /** The text of a key in the user's language, or the fallback when the bundle has none. */
    public String text(String key, String fallback) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, faces.getViewRoot().getLocale());
        return bundle.containsKey(key) ? bundle.getString(key) : fallback;
    }

    private void add(FacesMessage.Severity severity, String key) {
        faces.addMessage(null, new FacesMessage(severity, text(key, key), null));
    }
}
