package org.linkage110.web.it;

import static org.awaitility.Awaitility.await;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.lang.reflect.Field;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestInstancePostProcessor;

/**
 * One Payara Micro with exactly the WAR that ships, shared by the test classes that only talk to it
 * from outside (over HTTP and in the browser), instead of one start per class. It is started as the
 * container adapter starts it for the in-container tests (same JVM options, context root
 * {@code /linkage}, the database and settings from this JVM's environment), when the first such
 * class needs it, and stopped before any other test class runs ({@link SharedServerBoundaries}), so
 * it never runs beside a server another test starts for itself. Its console is copied to this JVM's
 * standard output line by line, where {@link ServerOutput} can read it.
 */
public final class SharedServer implements TestInstancePostProcessor {

    /** The field of a test that takes the shared server's application address ({@code http://…/linkage/}). */
    @Target(ElementType.FIELD)
    @Retention(RetentionPolicy.RUNTIME)
    public @interface Base {
    }

    /** A test class that runs against the shared server. */
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    @ExtendWith(SharedServer.class)
    public @interface Uses {
    }

    private static Process server;
    private static URL base;

    @Override
    public void postProcessTestInstance(Object test, ExtensionContext context) throws Exception {
        for (Class<?> type = test.getClass(); type != null; type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                if (field.isAnnotationPresent(Base.class)) {
                    field.setAccessible(true);
                    field.set(test, base());
                }
            }
        }
    }

    /** The application's address, starting the server if it is not running. */
    static synchronized URL base() throws IOException {
        if (server == null || !server.isAlive()) {
            start();
        }
        return base;
    }

    /** Stops the server if it runs (before a class that starts servers of its own, and at the end). */
    static synchronized void stop() {
        if (server != null && server.isAlive()) {
            server.destroy();
            try {
                if (!server.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
                    server.destroyForcibly().waitFor();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                server.destroyForcibly();
            }
        }
        server = null;
    }

    private static void start() throws IOException {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        server = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g", "-XX:TieredStopAtLevel=1", "-jar", System.getProperty("payara.micro.jar"),
                "--nocluster", "--port", String.valueOf(port), "--deploy", System.getProperty("linkage.war")))
                .redirectErrorStream(true).start();
        Process started = server;
        Thread copy = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(started.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    System.out.println(line);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, "shared-server-console");
        copy.setDaemon(true);
        copy.start();
        URI ready = URI.create("http://127.0.0.1:" + port + "/health/ready");
        URI application = URI.create("http://127.0.0.1:" + port + "/linkage/");
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        await("the shared server to start").atMost(Duration.ofMinutes(4)).pollInterval(Duration.ofMillis(500))
                .failFast("the shared server stopped while starting", () -> !started.isAlive())
                .ignoreExceptions().until(() -> status(client, ready) == 200 && status(client, application) != 404);
        base = application.toURL();
        Runtime.getRuntime().addShutdownHook(new Thread(started::destroyForcibly));
    }

    private static int status(HttpClient client, URI uri) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).GET().build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
