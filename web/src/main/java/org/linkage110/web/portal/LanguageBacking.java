package org.linkage110.web.portal;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;

/** The language of the portal for this session: Chinese unless the user switches to English. */
@Named
@SessionScoped
public class LanguageBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    private Locale locale = Locale.SIMPLIFIED_CHINESE;

    public Locale getLocale() {
        return locale;
    }

    public boolean isEnglish() {
        return locale.getLanguage().equals(Locale.ENGLISH.getLanguage());
    }

    /** Switches the language and reloads the same page with its parameters (an incident's id). */
    public String toggle() {
        locale = isEnglish() ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getViewRoot().setLocale(locale);
        return faces.getViewRoot().getViewId() + "?faces-redirect=true&includeViewParams=true";
    }
}
