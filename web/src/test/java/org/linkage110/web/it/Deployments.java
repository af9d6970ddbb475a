package org.linkage110.web.it;

import java.io.File;
import java.net.URISyntaxException;
import java.util.Objects;
import org.assertj.core.api.Assertions;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The WAR the build produced, as an Arquillian deployment. */
final class Deployments {

    private Deployments() {
    }

    /** Exactly what ships: for tests that talk to the server from outside. */
    static WebArchive application() {
        String war = Objects.requireNonNull(System.getProperty("linkage.war"), "system property linkage.war");
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(war));
    }

    /** What ships plus the test class and its assertion library, for tests that run inside the server. */
    static WebArchive withInContainerTest(Class<?> test) {
        return application().addClass(test).addAsLibrary(jarOf(Assertions.class));
    }

    /** The same, with the jars of further test libraries (one class of each). */
    static WebArchive withInContainerTest(Class<?> test, Class<?>... libraries) {
        WebArchive archive = withInContainerTest(test);
        for (Class<?> library : libraries) {
            archive.addAsLibrary(jarOf(library));
        }
        return archive;
    }

    private static File jarOf(Class<?> type) {
        try {
            return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
