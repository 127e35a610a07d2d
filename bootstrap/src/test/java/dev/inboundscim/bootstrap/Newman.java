package dev.inboundscim.bootstrap;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** Installs the newman CLI (npm) once into a build directory, so the conformance run needs only Node.js and npm. */
final class Newman {

    static final String VERSION = "6.2.2";

    private Newman() {
    }

    static Path install(Path directory) throws IOException, InterruptedException {
        Path binary = directory.resolve("node_modules/.bin/newman");
        if (Files.isExecutable(binary)) {
            return binary.toAbsolutePath();
        }
        Files.createDirectories(directory);
        Process npm = new ProcessBuilder("npm", "install", "--no-audit", "--no-fund", "--loglevel=error",
                "--prefix", directory.toAbsolutePath().toString(), "newman@" + VERSION)
                .redirectErrorStream(true).redirectOutput(directory.resolve("npm-install.log").toFile()).start();
        if (!npm.waitFor(5, TimeUnit.MINUTES) || npm.exitValue() != 0 || !Files.isExecutable(binary)) {
            throw new AssertionError("could not install newman with npm (Node.js and npm are required):\n"
                    + Files.readString(directory.resolve("npm-install.log")));
        }
        return binary.toAbsolutePath();
    }
}
