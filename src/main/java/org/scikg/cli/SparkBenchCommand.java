package org.scikg.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;

@Command(name = "bench", mixinStandardHelpOptions = true, description = "placeholder")
final class SparkBenchCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        return Main.OK;
    }
}
