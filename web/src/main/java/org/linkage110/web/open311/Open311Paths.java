package org.linkage110.web.open311;

import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.Paths;

/**
 * The OpenAPI document names the Open311 calls where clients call them: /open311/v2/, not
 * /api/open311/v2/, with plain path parameters.
 */
public class Open311Paths implements OASFilter {

    private static final String INTERNAL = "/api/open311/";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Paths paths = openAPI.getPaths();
        if (paths == null || paths.getPathItems() == null) {
            return;
        }
        Map<String, PathItem> renamed = new LinkedHashMap<>();
        paths.getPathItems().forEach((path, item) -> {
            int at = path.indexOf(INTERNAL);
            // and {format: json|xml} as OpenAPI writes a path parameter: {format}
            renamed.put(at < 0 ? path : (path.substring(0, at) + path.substring(at + 4)).replaceAll("\\{(\\w+):[^}]*}", "{$1}"),
                    item);
        });
        Paths replacement = OASFactory.createPaths();
        renamed.forEach(replacement::addPathItem);
        openAPI.setPaths(replacement);
    }
}
