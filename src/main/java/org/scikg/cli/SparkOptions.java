package org.scikg.cli;

import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.spark.SparkConf;
import org.scikg.ScikgException;
import picocli.CommandLine.Option;

/**
 * The Spark options shared by {@code scikg-spark} commands: the master and extra settings. Under
 * {@code spark-submit} both come from it and neither is needed.
 */
public final class SparkOptions {
    @Option(names = "--master", paramLabel = "URL",
            description = "Spark master, e.g. local[*], local[2], spark://host:7077 (default: the one spark-submit gives).")
    String master;

    @Option(names = "--conf", paramLabel = "KEY=VALUE", description = "A Spark setting, e.g. spark.ui.enabled=false. Repeatable.")
    Map<String, String> settings = new LinkedHashMap<>();

    /**
     * The Spark configuration: spark-submit's settings (system properties), then these options. A local master
     * binds to 127.0.0.1.
     *
     * @throws ScikgException when no master is given either way
     */
    SparkConf conf(String appName) {
        SparkConf conf = new SparkConf().setIfMissing("spark.app.name", appName);
        if (master != null) conf.setMaster(master);
        settings.forEach(conf::set);
        if (!conf.contains("spark.master")) {
            throw new ScikgException("no Spark master: run under spark-submit, or pass --master 'local[*]' (or a cluster's URL)");
        }
        if (conf.get("spark.master").startsWith("local")) {
            conf.setIfMissing("spark.driver.host", "127.0.0.1").setIfMissing("spark.driver.bindAddress", "127.0.0.1");
        }
        return conf;
    }
}
