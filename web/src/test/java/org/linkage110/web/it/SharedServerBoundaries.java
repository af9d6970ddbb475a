package org.linkage110.web.it;

import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Stops the {@link SharedServer} when a test class that does not use it begins (it may start
 * servers of its own against the same database and peers), and when all tests are done.
 */
public final class SharedServerBoundaries implements TestExecutionListener {

    @Override
    public void executionStarted(TestIdentifier test) {
        TestSource source = test.getSource().orElse(null);
        if (source instanceof ClassSource type) {
            Class<?> topLevel = type.getJavaClass();
            while (topLevel.getEnclosingClass() != null) {
                topLevel = topLevel.getEnclosingClass();
            }
            if (!SharedServerFirst.usesSharedServer(topLevel)) {
                SharedServer.stop();
            }
        }
    }

    @Override
    public void testPlanExecutionFinished(TestPlan plan) {
        SharedServer.stop();
    }
}
