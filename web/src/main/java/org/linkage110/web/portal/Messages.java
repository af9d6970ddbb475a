package org.linkage110.web.portal;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import java.util.Locale;
import java.util.Map;
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

    /** A success or notice naming what was done: the key's text with its values. */
    public void info(String key, Object... args) {
        String text = text(key, key);
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                args.length == 0 ? text : new java.text.MessageFormat(text, bundle().getLocale()).format(args), null));
    }

    /**
     * An error shown beside its field (the component with this client id) and in the page's summary;
     * with no field it is shown in the summary only.
     */
    public void errorFor(String clientId, String text) {
        faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
    }

    /** A message whose text is already in the user's language (or is the data's own words). */
    public void errorText(String text) {
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }

    /** The text of a key in the user's language, or the fallback when the bundle has none. */
    public String text(String key, String fallback) {
        ResourceBundle bundle = bundle();
        return bundle.containsKey(key) ? bundle.getString(key) : fallback;
    }

    /**
     * A module's refusal (in English, for API clients) in the user's language: a known message in the
     * portal's words with its values; an unknown one as it is in English, and in Chinese as a general
     * "not accepted" (never English in the Chinese portal).
     */
    public String problem(String english) {
        ResourceBundle bundle = bundle();
        return ProblemTexts.recognise(english).map(known -> format(bundle, known))
                .orElseGet(() -> english(bundle) ? english : bundle.getString("problem.other"));
    }

    /**
     * A module's refusal of a field in the user's language: by its stable code when it has one (and
     * the portal words for it), else by its English words as {@link #problem(String)}.
     */
    public String problem(org.linkage110.intake.FieldProblem problem) {
        ResourceBundle bundle = bundle();
        return ProblemTexts.ofCode(problem.code(), problem.args()).filter(known -> bundle.containsKey(known.key()))
                .map(known -> format(bundle, known)).orElseGet(() -> problem(problem.message()));
    }

    /** The detail of a refused move in the user's words, or null when the portal has no words for it. */
    public String moveDetail(String english) {
        ResourceBundle bundle = bundle();
        return ProblemTexts.recognise(english).map(known -> format(bundle, known))
                .orElse(english(bundle) ? english : null);
    }

    /** A Bean Validation violation of a facade's parameter, "field: what is wrong", in the user's language. */
    public String violation(ConstraintViolation<?> violation, String fieldLabel) {
        return fieldLabel + separator() + constraintText(violation);
    }

    String constraintText(ConstraintViolation<?> violation) {
        String template = violation.getMessageTemplate();
        if (template != null && !template.startsWith("{")) {
            return problem(template); // a message the constraint spells out (a pattern's rule)
        }
        String key = "constraint." + violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
        String text = text(key, text("constraint.other", key));
        for (Map.Entry<String, Object> attribute : violation.getConstraintDescriptor().getAttributes().entrySet()) {
            text = text.replace("{" + attribute.getKey() + "}", String.valueOf(attribute.getValue()));
        }
        return text;
    }

    /** The colon between a field's name and what is wrong with it: full-width in Chinese. */
    public String separator() {
        return english(bundle()) ? ": " : "：";
    }

    private static String format(ResourceBundle bundle, ProblemTexts.Known known) {
        if (known.args().isEmpty()) {
            return bundle.getString(known.key());
        }
        Object[] args = new Object[known.args().size()];
        for (int i = 0; i < args.length; i++) {
            String value = known.args().get(i);
            String prefix = i < known.argPrefixes().length ? known.argPrefixes()[i] : null;
            args[i] = prefix != null && bundle.containsKey(prefix + value) ? bundle.getString(prefix + value) : value;
        }
        return new java.text.MessageFormat(bundle.getString(known.key()), bundle.getLocale()).format(args);
    }

    private static boolean english(ResourceBundle bundle) {
        return Locale.ENGLISH.getLanguage().equals(bundle.getLocale().getLanguage());
    }

    private ResourceBundle bundle() {
        return ResourceBundle.getBundle(BUNDLE, faces.getViewRoot().getLocale());
    }

    private void add(FacesMessage.Severity severity, String key) {
        faces.addMessage(null, new FacesMessage(severity, text(key, key), null));
    }
}
