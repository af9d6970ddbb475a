package org.linkage110.ear;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Why there are two artifacts: Payara Micro does not deploy an EAR. Kept as a test so that the day
 * a Micro release accepts EARs, this fails and the packaging can be simplified.
 */
class PayaraMicroRefusesEarIT {

    @Test
    void payaraMicroRejectsTheEar() throws Exception {
        Path micro = Path.of(System.getProperty("payara.micro.jar"));
        Path ear = Path.of(System.getProperty("linkage.ear"));
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", micro.toString(), "--nocluster", "--port", "28180", "--deploy", ear.toString())
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(3, TimeUnit.MINUTES)).isTrue();
        output.lines().filter(line -> line.contains("not valid type")).forEach(System.out::println);
        assertThat(output).contains("is a not valid type of deployment archive");
        assertThat(process.exitValue()).isNotZero();
    }
}
