package org.scikg.spark;

import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * One Spark context in local mode for all the Spark tests (tagged "spark": they run in a JVM of their own, see
 * pom.xml): two worker threads, no UI, bound to the loopback address. Stopped when the JVM ends.
 */
final class SparkTestSupport {
    private static JavaSparkContext context;

    private SparkTestSupport() {
    }

    static synchronized JavaSparkContext context() {
        if (context == null) {
            SparkConf conf = new SparkConf().setMaster("local[2]").setAppName("scikg tests")
                    .set("spark.ui.enabled", "false")
                    .set("spark.driver.host", "127.0.0.1")
                    .set("spark.driver.bindAddress", "127.0.0.1");
            context = new JavaSparkContext(conf);
            Runtime.getRuntime().addShutdownHook(new Thread(context::stop, "stop-spark"));
        }
        return context;
    }
}
