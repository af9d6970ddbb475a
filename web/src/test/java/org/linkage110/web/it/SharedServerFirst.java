package org.linkage110.web.it;

import java.util.Comparator;
import org.junit.jupiter.api.ClassDescriptor;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;

/**
 * Runs the test classes that use the {@link SharedServer} before the others, each group in the
 * order it was found, so the shared server starts once.
 */
public final class SharedServerFirst implements ClassOrderer {

    @Override
    public void orderClasses(ClassOrdererContext context) {
        context.getClassDescriptors().sort(Comparator.comparing((ClassDescriptor c) ->
                !usesSharedServer(c.getTestClass())));
    }

    static boolean usesSharedServer(Class<?> type) {
        return type.isAnnotationPresent(SharedServer.Uses.class);
    }
}
