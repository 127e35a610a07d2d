package dev.inboundscim.bootstrap;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.logging.FileHandler;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * Runs the test classes of SAP's scimono compliance suite (its shaded jar from Maven Central) with this JVM's JUnit
 * Platform Launcher and Jupiter engine. The jar lives in a class loader of its own, because it carries Jersey 2,
 * Jackson 2.12 and Logback, which would clash with the test classpath; only JUnit's own packages are shared, so
 * that its annotations and extension interfaces are the engine's. Its log goes to {@code log}, not the console.
 */
final class ScimonoLauncher {

    private static final String PACKAGE = "com/sap/scimono/scim/system/tests/";
    private static final List<String> SHARED = List.of("org.junit.", "org.opentest4j.", "org.apiguardian.");

    private ScimonoLauncher() {
    }

    /** Every top-level {@code *Test} class of the jar, run with {@code properties} set as system properties. */
    static Results run(Path jar, Map<String, String> properties, Path log) throws IOException {
        properties.forEach(System::setProperty);
        System.setProperty("scimono.log", log.toString());
        ClassLoader own = Thread.currentThread().getContextClassLoader();
        try (Isolated loader = new Isolated(jar, ScimonoLauncher.class.getClassLoader());
             JulToFile traffic = new JulToFile(log.resolveSibling(log.getFileName() + ".http"))) {
            LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                    .selectors(testClasses(jar, loader)).build();
            Results results = new Results();
            Thread.currentThread().setContextClassLoader(loader);
            try {
                LauncherFactory.create().execute(request, results);
            } finally {
                Thread.currentThread().setContextClassLoader(own);
            }
            return results;
        } finally {
            properties.keySet().forEach(System::clearProperty);
            System.clearProperty("scimono.log");
        }
    }

    private static List<DiscoverySelector> testClasses(Path jar, ClassLoader loader) throws IOException {
        List<DiscoverySelector> selectors = new ArrayList<>();
        try (JarFile file = new JarFile(jar.toFile())) {
            for (JarEntry entry : file.stream().toList()) {
                String name = entry.getName();
                if (name.startsWith(PACKAGE) && name.endsWith("Test.class") && name.indexOf('/', PACKAGE.length()) < 0
                        && !name.contains("$")) {
                    String className = name.substring(0, name.length() - ".class".length()).replace('/', '.');
                    try {
                        selectors.add(DiscoverySelectors.selectClass(loader.loadClass(className)));
                    } catch (ClassNotFoundException e) {
                        throw new IllegalStateException(e);
                    }
                }
            }
        }
        return selectors;
    }

    /** What ran: every test and class that failed (with the reason), passed or was skipped, by its test id. */
    static final class Results implements TestExecutionListener {
        final Map<String, String> failed = new TreeMap<>();
        final Set<String> passed = new TreeSet<>();
        final Map<String, String> skipped = new TreeMap<>();

        @Override
        public void executionSkipped(TestIdentifier test, String reason) {
            skipped.put(id(test), reason);
        }

        @Override
        public void executionFinished(TestIdentifier test, TestExecutionResult result) {
            String id = id(test);
            if (result.getStatus() == TestExecutionResult.Status.SUCCESSFUL) {
                if (test.isTest()) {
                    passed.add(id);
                }
            } else if (test.getSource().isPresent()) {
                failed.put(id, result.getThrowable().map(Throwable::toString).orElse(result.getStatus().name()));
            }
        }

        /** {@code E2EUserComplianceTest.testGetUser()}, {@code …testPaging(int)[2]}, or a class's simple name. */
        static String id(TestIdentifier test) {
            TestSource source = test.getSource().orElse(null);
            if (source instanceof MethodSource method) {
                return simpleName(method.getClassName()) + "." + test.getLegacyReportingName();
            }
            if (source instanceof ClassSource type) {
                return simpleName(type.getClassName());
            }
            return test.getDisplayName();
        }

        private static String simpleName(String className) {
            return className.substring(className.lastIndexOf('.') + 1);
        }
    }

    /**
     * Sends what scimono's Jersey clients log through java.util.logging (every request and response, at WARNING) to
     * a file instead of the console, for the time of the run; the loggers are held so their settings stay.
     */
    private static final class JulToFile implements AutoCloseable {
        private final List<Logger> loggers = List.of(Logger.getLogger("com.sap.scimono"),
                Logger.getLogger("org.glassfish.jersey"));
        private final FileHandler handler;

        JulToFile(Path file) throws IOException {
            handler = new FileHandler(file.toString());
            handler.setFormatter(new SimpleFormatter());
            for (Logger logger : loggers) {
                logger.setUseParentHandlers(false);
                logger.addHandler(handler);
            }
        }

        @Override
        public void close() {
            for (Logger logger : loggers) {
                logger.removeHandler(handler);
                logger.setUseParentHandlers(true);
            }
            handler.close();
        }
    }

    /**
     * The jar's classes over the JDK's, except JUnit's, which come from the test classpath; its {@code logback.xml}
     * (a log file in the working directory) is replaced by one that writes to the system property scimono.log.
     */
    private static final class Isolated extends URLClassLoader {
        private final ClassLoader tests;

        Isolated(Path jar, ClassLoader tests) {
            super("scimono", new URL[] {url(jar)}, ClassLoader.getPlatformClassLoader());
            this.tests = tests;
        }

        private static URL url(Path jar) {
            try {
                return jar.toUri().toURL();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (SHARED.stream().anyMatch(name::startsWith)) {
                return tests.loadClass(name);
            }
            return super.loadClass(name, resolve);
        }

        @Override
        public URL getResource(String name) {
            if ("logback.xml".equals(name)) {
                return tests.getResource("conformance/scimono-logback.xml");
            }
            return super.getResource(name);
        }
    }
}
