package org.linkage110.web.portal;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;
import org.linkage110.routing.LinkageUnits;

/** Units' names as pages show them, read once per request however many rows name a unit. */
@Named
@RequestScoped
public class UnitNames {

    @Inject
    LinkageUnits units;

    private Map<String, String> names;

    @Inject
    LanguageBacking language;

    /** The unit's name in the user's language (Chinese when it has no English one); the code itself for a code that is not a unit's. */
    public String of(String code) {
        if (names == null) {
            names = new java.util.HashMap<>();
            boolean english = language.isEnglish();
            units.all().forEach(u -> names.put(u.code(),
                    english && u.nameEn() != null && !u.nameEn().isBlank() ? u.nameEn() : u.nameZh()));
        }
        return names.getOrDefault(code, code);
    }
}
